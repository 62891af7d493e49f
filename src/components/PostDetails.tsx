import type { RefObject } from 'react';
import { derivedMarks } from '../model/derived';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { DerivedMarks } from './DerivedMark';
import { SourceRef } from './SourceRef';

export function PostDetails({ id, headingRef }: { id: string; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const select = useAppStore((s) => s.select);
  const post = data.posts?.features.find((f) => f.properties.id === id)?.properties;
  const country = data.countries?.features.find((f) => f.properties.iso3 === post?.iso3)?.properties;
  return (
    <div className="details" data-post={id}>
      <h2 id="panel-heading" ref={headingRef} tabIndex={-1}>
        {post ? post[`name_${lang}`] : id}
      </h2>
      {post && (
        <>
          <p>
            {t('post')} ({post.status === 'closed' ? t('postClosed') : t('postOpen')}) · {t('legendPostOpen')}
          </p>
          {country && (
            <p>
              {t('country')}:{' '}
              <button type="button" className="link" onClick={() => select({ kind: 'country', iso3: post.iso3 })}>
                {country[`name_${lang}`]}
              </button>
              <DerivedMarks marks={derivedMarks(post).filter((m) => m.field === 'iso3')} />
            </p>
          )}
          <p>
            <DerivedMarks marks={derivedMarks(post).filter((m) => m.field !== 'iso3')} />
          </p>
          <SourceRef source={post.source} />
        </>
      )}
    </div>
  );
}
