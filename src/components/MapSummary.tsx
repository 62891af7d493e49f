/**
 * A text summary of what the map shows, for screen readers (and anyone). The
 * number of countries is the number the map draws (countryRows follows the
 * year's metric, see state/selectorsYearMetric.ts).
 */

import { formatList, formatYears } from '../i18n/lists';
import { useFilterContext, useProgrammes, useT } from '../state/hooks';
import { countryRows, matchingCountries, visiblePostIds } from '../state/selectors';
import { yearMetric } from '../state/selectorsYearMetric';
import { useAppStore } from '../state/store';

export function MapSummary() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const filters = useFilterContext();
  const programmes = useProgrammes();
  // The line is always there, so the map below does not jump when the data arrive.
  if (!filters || !data.countries) return <p className="map-summary" id="map-summary" aria-live="polite" />;
  const { goal, year, selectedProgrammes: selected, reportingYears } = filters;
  const rows = countryRows(data.countries, programmes, filters);
  const matching = matchingCountries(programmes, filters);
  const posts = data.posts ? visiblePostIds(data.posts, matching).length : 0;
  const names = selected.map((id) => programmes.find((p) => p.id === id)?.[`name_${lang}`] ?? id);
  const goalName = goal === 'both' ? t('goalBoth').toLowerCase() : t(goal).toLowerCase();
  const vars = { countries: rows.length, goal: goalName, year, posts };
  const line =
    names.length > 0
      ? t('mapSummaryFiltered', { ...vars, names: formatList(names, lang) })
      : yearMetric(filters) === 'activities'
        ? t('mapSummary', vars)
        : t('mapSummaryProgrammeFill', vars);
  const noCounts = reportingYears.includes(year)
    ? ''
    : ` ${t('mapSummaryNoCounts', { years: formatYears(reportingYears, lang) })}`;
  return (
    <p className="map-summary" aria-live="polite" id="map-summary" data-countries={rows.length}>
      {line}
      {noCounts}
    </p>
  );
}
