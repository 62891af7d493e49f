/** Active filters as removable chips, with one reset for all. */
import { useT, useYearContext } from '../state/hooks';
import { useAppStore } from '../state/store';

export function FilterChips() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const programmes = useAppStore((s) => s.data.programmes);
  const selected = useAppStore((s) => s.programmes);
  const year = useAppStore((s) => s.year);
  const goal = useAppStore((s) => s.goal);
  const toggleProgramme = useAppStore((s) => s.toggleProgramme);
  const setYear = useAppStore((s) => s.setYear);
  const setGoal = useAppStore((s) => s.setGoal);
  const fill = useAppStore((s) => s.fill);
  const setFill = useAppStore((s) => s.setFill);
  const reset = useAppStore((s) => s.resetFilters);
  const yc = useYearContext();

  const chips: { key: string; label: string; remove: () => void }[] = [
    ...selected.map((id) => ({
      key: `prog-${id}`,
      label: programmes?.find((p) => p.id === id)?.[`name_${lang}`] ?? id,
      remove: () => toggleProgramme(id),
    })),
  ];
  // Shown from the link at once (before the editions load), so the chips row does not appear late and push the filters down.
  if (year !== null && (!yc || year !== yc.latestEdition))
    chips.push({ key: 'year', label: String(year), remove: () => setYear(null) });
  if (goal !== 'both') chips.push({ key: 'goal', label: t(goal), remove: () => setGoal('both') });
  // The fill choice counts where it changes the map: in a reporting year (elsewhere programmes show anyway).
  if (fill !== 'activities' && (!yc || yc.reportingYears.includes(yc.year)))
    chips.push({ key: 'fill', label: `${t('fill')}: ${t('fillProgrammes')}`, remove: () => setFill('activities') });
  if (chips.length === 0) return null;
  return (
    <fieldset className="chips">
      <legend className="visually-hidden">{t('activeFilters')}</legend>
      <ul>
        {chips.map((c) => (
          <li key={c.key} className="chip">
            <span>{c.label}</span>
            <button type="button" aria-label={t('removeFilter', { name: c.label })} onClick={c.remove}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="reset" onClick={reset}>
        {t('reset')}
      </button>
    </fieldset>
  );
}
