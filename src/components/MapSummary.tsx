/** A text summary of what the map shows, for screen readers (and anyone). */
import { useProgrammes, useT, useYearContext } from '../app/hooks';
import { formatList } from '../i18n/lists';
import { countryRows, matchingCountries, visiblePostIds } from '../state/selectors';
import { useAppStore } from '../state/store';

export function MapSummary() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const selected = useAppStore((s) => s.programmes);
  const goal = useAppStore((s) => s.goal);
  const yc = useYearContext();
  const programmes = useProgrammes();
  // The line is always there, so the map below does not jump when the data arrive.
  if (!yc || !data.countries) return <p className="map-summary" id="map-summary" aria-live="polite" />;
  const rows = countryRows(data.countries, programmes, selected, goal, yc.year, yc.reportingYears, yc.latest);
  const matching = matchingCountries(programmes, selected, yc.year, yc.latest);
  const posts = data.posts ? visiblePostIds(data.posts, matching).length : 0;
  const names = selected.map((id) => programmes.find((p) => p.id === id)?.[`name_${lang}`] ?? id);
  return (
    <p className="map-summary" aria-live="polite" id="map-summary">
      {t('mapSummary', {
        countries: rows.length,
        goal: goal === 'both' ? t('goalBoth').toLowerCase() : t(goal).toLowerCase(),
        year: yc.year,
        programmes: names.length ? t('mapSummaryProgrammes', { names: formatList(names, lang) }) : '',
        posts,
      })}
    </p>
  );
}
