/**
 * Programme, year and policy-goal filters, the active-filter chips and the
 * layer switches. At phone width the panel collapses behind one button.
 */
import { useState } from 'react';
import { GOAL_IDS } from '../model/ids';
import { useFilterContext, useT } from '../state/hooks';
import { countryRows } from '../state/selectors';
import { isSettled, useAppStore } from '../state/store';
import type { GoalFilter, LayerId } from '../state/types';
import { FillControl } from './FillControl';
import { FilterChips } from './FilterChips';
import { ProgrammeList } from './ProgrammeList';
import { YearControl } from './YearControl';

export function FiltersPanel() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const programmes = useAppStore((s) => s.data.programmes);
  const countries = useAppStore((s) => s.data.countries);
  const goal = useAppStore((s) => s.goal);
  const layers = useAppStore((s) => s.layers);
  const setGoal = useAppStore((s) => s.setGoal);
  const toggleLayer = useAppStore((s) => s.toggleLayer);
  const filters = useFilterContext();
  const programmesSettled = useAppStore((s) => isSettled(s.status.programmes));

  const rows = countries && programmes && filters ? countryRows(countries, programmes, filters) : [];

  return (
    <aside className={open ? 'filters is-open' : 'filters'} aria-labelledby="filters-heading">
      <div className="filters-head">
        <h2 id="filters-heading">{t('filters')}</h2>
        <output className="match-count" aria-live="polite">
          {t('matchingCount', { n: rows.length })}
        </output>
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={open}
          aria-controls="filters-body"
          onClick={() => setOpen(!open)}
        >
          {open ? t('hideFilters') : t('showFilters')}
        </button>
      </div>
      <FilterChips />
      <div id="filters-body" className="filters-body">
        <fieldset>
          <legend>{t('goal')}</legend>
          {(['both', ...GOAL_IDS] as GoalFilter[]).map((g) => (
            <label key={g} className="radio">
              <input type="radio" name="goal" value={g} checked={goal === g} onChange={() => setGoal(g)} />
              {g === 'both' ? t('goalBoth') : t(g)}
            </label>
          ))}
        </fieldset>
        <FillControl />
        {/* Until the editions are in, an empty box of the control's height keeps the list below in place. */}
        {filters ? <YearControl /> : <div className="year-control-placeholder" aria-hidden="true" />}
        <ProgrammeList />
        {/* Below the programme list, so it appears once the list has its length instead of being pushed down by it. */}
        {programmesSettled && (
          <fieldset>
            <legend>{t('layers')}</legend>
            {(Object.keys(layers) as LayerId[]).map((id) => (
              <label key={id} className="check">
                <input type="checkbox" checked={layers[id]} onChange={() => toggleLayer(id)} />
                {t(`layer_${id}`)}
              </label>
            ))}
          </fieldset>
        )}
      </div>
    </aside>
  );
}
