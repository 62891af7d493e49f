/**
 * Filters + data -> the state of every country. Pure, so the map's look can be
 * tested without WebGL. MapController applies the fill part (class, dimmed) as
 * feature-state and the outline roles as the small outline source (outlines.ts).
 */
import type { CountriesGeo, ProgrammeRecord } from '../data/types';
import type { FilterContext } from '../state/filterContext';
import { type ActivityValue, activityValue, focusInYear, matchingCountries } from '../state/selectors';
import { ACTIVITY_CLASSES } from './palette';

export interface CountryState {
  /** -1 no data for the year, 0 no activity, 1..n choropleth class. */
  cls: number;
  match: boolean;
  dim: boolean;
  focusR: boolean;
  focusM: boolean;
}

export function classOf(a: ActivityValue): number {
  if (a.kind === 'no-data-year') return -1;
  if (a.kind === 'none') return 0;
  const i = ACTIVITY_CLASSES.findIndex((k) => a.value >= k.min && a.value <= k.max);
  return i + 1;
}

export function computeCountryStates(
  countries: CountriesGeo,
  programmes: ProgrammeRecord[],
  filters: Omit<FilterContext, 'years'>,
): Map<string, CountryState> {
  const { goal } = filters;
  const matching = matchingCountries(programmes, filters);
  const out = new Map<string, CountryState>();
  for (const f of countries.features) {
    const p = f.properties;
    if (!p.iso3) continue;
    const focus = p.neutral ? [] : (focusInYear(p, filters) ?? []);
    const match = !!matching && matching.has(p.iso3);
    out.set(p.iso3, {
      cls: p.neutral ? 0 : classOf(activityValue(p, filters)),
      match,
      dim: !!matching && !match,
      focusR: (goal === 'both' || goal === 'reception-in-region') && focus.includes('reception-in-region'),
      focusM: (goal === 'both' || goal === 'migration-cooperation') && focus.includes('migration-cooperation'),
    });
  }
  return out;
}

/** The part of a country's state its fill reads through feature-state. */
export type FillState = Pick<CountryState, 'cls' | 'dim'>;

/**
 * Only the countries whose fill changed, so a filter click sets few
 * feature-states. Outline roles travel in their own source (outlines.ts).
 */
export function fillStateChanges(
  prev: Map<string, CountryState>,
  next: Map<string, CountryState>,
): [string, FillState][] {
  const changed: [string, FillState][] = [];
  for (const [iso3, s] of next) {
    const p = prev.get(iso3);
    if (!p || p.cls !== s.cls || p.dim !== s.dim) changed.push([iso3, { cls: s.cls, dim: s.dim }]);
  }
  return changed;
}
