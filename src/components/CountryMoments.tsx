/** A country's moments in the panel: by month, each with its role for this country and, if elsewhere, its place. */
import type { Moment } from '../data/types';
import { formatMonthYear } from '../i18n/dates';
import { derivedBasis } from '../model/derived';
import { useT } from '../state/hooks';
import { byMonth, momentRoles } from '../state/moments';
import { useAppStore } from '../state/store';
import { DerivedMark } from './DerivedMark';
import { SourceRef } from './SourceRef';
import { useCountryName } from './useCountryName';

export function CountryMoments({ iso3, year, moments }: { iso3: string; year: number; moments: Moment[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const countryName = useCountryName();
  return (
    <section aria-labelledby="mom-h">
      <h3 id="mom-h">{t('moments', { year })}</h3>
      {moments.length === 0 ? (
        <p>{t('noMoments')}</p>
      ) : (
        <ul className="moments">
          {[...moments].sort(byMonth).map((m) => {
            const roles = momentRoles(m, iso3).map((r) => t(r === 'held-here' ? 'momentHeldHere' : 'momentConcerns'));
            const elsewhere = m.place?.iso3 && m.place.iso3 !== iso3 ? countryName(m.place.iso3) : null;
            return (
              <li key={m.id} data-moment={m.id}>
                <strong>{m.year !== null ? formatMonthYear(m.year, m.month, lang) : t('momentsUndated')}</strong>
                <DerivedMark basis={derivedBasis(m.derived, 'year')} />: {m[`title_${lang}`]}{' '}
                <span className="moment-role">
                  ({roles.join(', ')}
                  {elsewhere && `; ${t('momentPlace', { place: elsewhere })}`}
                  {m.place?.[`city_${lang}`] && `; ${m.place[`city_${lang}`]}`})
                </span>
                <DerivedMark basis={derivedBasis(m.derived, 'place')} /> <SourceRef source={m.source} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
