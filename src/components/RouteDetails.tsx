import type { RefObject } from 'react';
import { formatList, formatNumber } from '../i18n/format';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { SourceRef } from './SourceRef';

export function RouteDetails({ id, headingRef }: { id: string; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const route = data.routes?.features.find((f) => f.properties.id === id)?.properties;
  const name = (iso3: string) =>
    data.countries?.features.find((f) => f.properties.iso3 === iso3)?.properties[`name_${lang}`] ?? iso3;
  const dialogue = data.dialogues?.find((d) => d.id === route?.dialogue);
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
              : `${route.qualifier === 'approx' ? `${t('approx')} ` : route.qualifier === 'more-than' ? `${t('moreThan')} ` : ''}${formatNumber(route.detections_2023, lang)}`}
            {route.share_of_total_pct !== null && ` (${t('shareOfTotal', { pct: route.share_of_total_pct })})`}
            {route[`partial_${lang}`] && ` – ${route[`partial_${lang}`]}`}
          </p>
          <p>
            <span className="label">{t('departure')}:</span> {formatList(route.from.map(name), lang)}
          </p>
          <p>
            <span className="label">{t('destination')}:</span> {formatList(route.to.map(name), lang)}
          </p>
          {dialogue && (
            <p>
              <span className="label">{t('dialogue')}:</span> {dialogue[`name_${lang}`]}
            </p>
          )}
          <p className="caveat">{t('routesCaveat')}</p>
          <SourceRef source={route.source} />
        </>
      )}
    </div>
  );
}
