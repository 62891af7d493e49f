/**
 * The panel of a cluster of posts (a click on a cluster, or the legend's
 * cluster entry): every post in it, as the country panel lists posts, each
 * opening its own panel. The list holds only shown posts: the map's posts
 * source has none the programme filter hides (map/postVisibility.ts).
 */
import type { RefObject } from 'react';
import { compareNames } from '../i18n/lists';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { SourceRef } from './SourceRef';
import { useCountryName } from './useCountryName';

export function ClusterDetails({
  ids,
  headingRef,
}: {
  ids: string[];
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const select = useAppStore((s) => s.select);
  const byId = new Map(data.posts?.features.map((f) => [f.properties.id, f.properties]));
  const countryName = useCountryName();
  // As a reader looks for them: by country name, then post name, in the reading language.
  const byName = (a: string, b: string) => compareNames(a, b, lang);
  const posts = ids
    .flatMap((id) => byId.get(id) ?? [])
    .sort((a, b) => byName(countryName(a.iso3), countryName(b.iso3)) || byName(a[`name_${lang}`], b[`name_${lang}`]));
  return (
    <div className="details" data-cluster={posts.length}>
      <h2 id="panel-heading" ref={headingRef} tabIndex={-1}>
        {t('clusterHeading', { n: posts.length })}
      </h2>
      <p className="help">{t('clusterHelp')}</p>
      <ul className="cluster-posts">
        {posts.map((p) => (
          <li key={p.id} data-post={p.id}>
            <button type="button" className="link" onClick={() => select({ kind: 'post', id: p.id })}>
              {p[`name_${lang}`]}
            </button>{' '}
            ({countryName(p.iso3)}, {p.status === 'closed' ? t('postClosed') : t('postOpen')}){' '}
            <SourceRef source={p.source} />
          </li>
        ))}
      </ul>
    </div>
  );
}
