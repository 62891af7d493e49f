/** A text summary of what the map shows, for screen readers (and anyone). */

import { formatList } from '../i18n/format';
import { useFilterContext, useProgrammes, useT } from '../state/hooks';
import { countryRows, matchingCountries, visiblePostIds } from '../state/selectors';
import { useAppStore } from '../state/store';

export function MapSummary() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const filters = useFilterContext();
  const programmes = useProgrammes();
  // The line is always there, so the map below does not jump when the data arrive.
  if (!filters || !data.countries) return <p className="map-summary" id="map-summary" aria-live="polite" />;
  const { goal, year, selectedProgrammes: selected } = filters;
  const rows = countryRows(data.countries, programmes, filters);
  const matching = matchingCountries(programmes, filters);
  const posts = data.posts ? visiblePostIds(data.posts, matching).length : 0;
  const names = selected.map((id) => programmes.find((p) => p.id === id)?.[`name_${lang}`] ?? id);
  return (
    <p className="map-summary" aria-live="polite" id="map-summary">
      {t('mapSummary', {
        countries: rows.length,
        goal: goal === 'both' ? t('goalBoth').toLowerCase() : t(goal).toLowerCase(),
        year,
        programmes: names.length ? t('mapSummaryProgrammes', { names: formatList(names, lang) }) : '',
        posts,
      })}
    </p>
  );
}
