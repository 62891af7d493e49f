import type { RefObject } from 'react';
import { hedge } from '../i18n/hedge';
import { formatList } from '../i18n/lists';
import { formatNumber } from '../i18n/numbers';
import { derivedMarks } from '../model/derived';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { DerivedMarks } from './DerivedMark';
import { SourceRef } from './SourceRef';
import { useCountryName } from './useCountryName';

export function RouteDetails({ id, headingRef }: { id: string; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const route = data.routes?.features.find((f) => f.properties.id === id)?.properties;
  const name = useCountryName();
  const dialogue = data.dialogues?.find((d) => d.id === route?.dialogue);
  const marks = route ? derivedMarks(route) : [];
  const marksOf = (field: string) => marks.filter((m) => m.field === field || m.field.startsWith(`${field}[`));
  return (
    <div className="details" data-route={id}>
      <h2 id="panel-heading" ref={headingRef} tabIndex={-1}>
        {route ? route[`name_${lang}`] : id}
      </h2>
      {route && (
        <>
          <p>{t('route')}</p>
          <p>
            <span className="label">{t('detections2023')}:</span>{' '}
            {route.detections_2023 === null
              ? t('noFigure')
              : hedge(formatNumber(route.detections_2023, lang), route.qualifier, lang)}
            {route.share_of_total_pct !== null && ` (${t('shareOfTotal', { pct: route.share_of_total_pct })})`}
            {route[`partial_${lang}`] && ` – ${route[`partial_${lang}`]}`}
          </p>
          <p>
            <span className="label">{t('departure')}:</span> {formatList(route.from.map(name), lang)}
            <DerivedMarks marks={marksOf('from')} />
          </p>
          <p>
            <span className="label">{t('destination')}:</span> {formatList(route.to.map(name), lang)}
            <DerivedMarks marks={marksOf('to')} />
          </p>
          {dialogue && (
            <p>
              <span className="label">{t('dialogue')}:</span> {dialogue[`name_${lang}`]}
            </p>
          )}
          <DerivedMarks
            marks={marks.filter((m) =>
              marksOf('from')
                .concat(marksOf('to'))
                .every((x) => x !== m),
            )}
          />
          <p className="caveat">{t('routesCaveat')}</p>
          <SourceRef source={route.source} />
        </>
      )}
    </div>
  );
}
