/**
 * Tijdlijn / Timeline: the year's moments in calendar order under the
 * year, programme and goal filters, grouped by month. Each moment names where
 * it took place and the countries it concerns; a country opens its panel.
 */
import { Fragment } from 'react';
import type { Moment } from '../data/types';
import { formatMonthYear } from '../i18n/dates';
import { derivedBasis } from '../model/derived';
import { useFilterContext, useProgrammes, useT } from '../state/hooks';
import { groupByMonth, type MonthKey, timelineMoments } from '../state/moments';
import { useAppStore } from '../state/store';
import { DerivedMark } from './DerivedMark';
import { SourceRef } from './SourceRef';
import { useCountryName } from './useCountryName';

export function TimelineView() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const moments = useAppStore((s) => s.data.moments);
  const programmes = useProgrammes();
  const filters = useFilterContext();
  if (!filters || !moments) return <p>{t('loading')}</p>;
  const groups = groupByMonth(timelineMoments(moments, programmes, filters));
  return (
    <section className="timeline-view" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t('timelineHeading', { year: filters.year })}</h2>
      {groups.length === 0 && <p>{t('noMoments')}</p>}
      {groups.map((g) => (
        <section key={g.month} className="timeline-month" aria-label={monthLabel(g.month)}>
          <h3>{monthLabel(g.month)}</h3>
          <ul>
            {g.moments.map((m) => (
              <TimelineItem key={m.id} moment={m} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );

  function monthLabel(month: MonthKey): string {
    if (!filters) return '';
    if (month === 'undated') return t('timelineUndated', { year: filters.year });
    if (month === 'no-month') return t('timelineNoMonth', { year: filters.year });
    return formatMonthYear(filters.year, month, lang);
  }
}

function TimelineItem({ moment: m }: { moment: Moment }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const countryName = useCountryName();
  const countryButton = (iso3: string) => (
    <button type="button" className="link" onClick={() => select({ kind: 'country', iso3 })}>
      {countryName(iso3)}
    </button>
  );
  const city = m.place?.[`city_${lang}`];
  return (
    <li data-moment={m.id}>
      <span className="timeline-title">{m[`title_${lang}`]}</span>
      <DerivedMark basis={derivedBasis(m.derived, 'year')} />
      <dl className="timeline-facts">
        <dt>{t('timelinePlace')}</dt>
        <dd>
          {m.place === null ? (
            t('timelinePlaceNotNamed')
          ) : (
            <>
              {city}
              {city && m.place.iso3 && ', '}
              {m.place.iso3 && countryButton(m.place.iso3)}
              <DerivedMark basis={derivedBasis(m.derived, 'place')} />
            </>
          )}
        </dd>
        {m.countries.length > 0 && (
          <>
            <dt>{t('timelineConcerns')}</dt>
            <dd>
              {m.countries.map((iso3, i) => (
                <Fragment key={iso3}>
                  {i > 0 && ', '}
                  {countryButton(iso3)}
                </Fragment>
              ))}
            </dd>
          </>
        )}
      </dl>
      <SourceRef source={m.source} />
    </li>
  );
}
