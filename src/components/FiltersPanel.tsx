/**
 * Programme, year and policy-goal filters, the active-filter chips and the
 * layer switches. At phone width the panel collapses behind one button.
 */
import { useState } from 'react';
import { useT, useYearContext } from '../app/hooks';
import { GOAL_IDS } from '../model/schema';
import { countryRows, isActiveInYear, programmeHasGoal } from '../state/selectors';
import { useAppStore } from '../state/store';
import type { GoalFilter, LayerId } from '../state/types';
import { FilterChips } from './FilterChips';
import { YearControl } from './YearControl';

export function FiltersPanel() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const lang = useAppStore((s) => s.lang);
  const programmes = useAppStore((s) => s.data.programmes);
  const countries = useAppStore((s) => s.data.countries);
  const selected = useAppStore((s) => s.programmes);
  const goal = useAppStore((s) => s.goal);
  const layers = useAppStore((s) => s.layers);
  const toggleProgramme = useAppStore((s) => s.toggleProgramme);
  const setGoal = useAppStore((s) => s.setGoal);
  const toggleLayer = useAppStore((s) => s.toggleLayer);
  const yc = useYearContext();

  const rows =
    countries && programmes && yc
      ? countryRows(countries, programmes, selected, goal, yc.year, yc.reportingYears, yc.latest)
      : [];
  const listed = (programmes ?? []).filter((p) => programmeHasGoal(p, goal) || selected.includes(p.id));

  return (
    <aside className={open ? 'filters is-open' : 'filters'} aria-labelledby="filters-heading">
      <div className="filters-head">
        <h2 id="filters-heading">{t('filters')}</h2>
        <output className="match-count" aria-live="polite">
          {rows.length === 1 ? t('matchingCountOne') : t('matchingCount', { n: rows.length })}
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
        {yc && <YearControl />}
        <fieldset className="programme-list">
          <legend>{t('programmes')}</legend>
          <p className="help">{t('programmeFilterHelp')}</p>
          {listed.map((p) => {
            const active = yc ? isActiveInYear(p, yc.year, yc.latest) : true;
            return (
              <label key={p.id} className={active ? 'check' : 'check inactive'}>
                <input type="checkbox" checked={selected.includes(p.id)} onChange={() => toggleProgramme(p.id)} />
                <span>
                  {p[`name_${lang}`]}
                  {!active && yc && (
                    <span className="inactive-note">
                      {' '}
                      ({lang === 'nl' ? `niet actief in ${yc.year}` : `not active in ${yc.year}`})
                    </span>
                  )}
                </span>
              </label>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>{t('layers')}</legend>
          {(Object.keys(layers) as LayerId[]).map((id) => (
            <label key={id} className="check">
              <input type="checkbox" checked={layers[id]} onChange={() => toggleLayer(id)} />
              {t(`layer_${id}`)}
            </label>
          ))}
        </fieldset>
      </div>
    </aside>
  );
}
