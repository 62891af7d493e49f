/**
 * Filters + data -> the feature-state of every country. Pure, so the map's
 * look can be tested without WebGL; MapController only applies the diff.
 */
import type { CountriesGeo, ProgrammeRecord } from '../data/types';
import { type ActivityValue, activityValue, focusInYear, matchingCountries } from '../state/selectors';
import type { GoalFilter } from '../state/types';
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
  selectedProgrammes: string[],
  goal: GoalFilter,
  year: number,
  reportingYears: number[],
  latestEdition: number,
): Map<string, CountryState> {
  const matching = matchingCountries(programmes, selectedProgrammes, year, latestEdition);
  const out = new Map<string, CountryState>();
  for (const f of countries.features) {
    const p = f.properties;
    if (!p.iso3) continue;
    const focus = p.neutral ? [] : (focusInYear(p, year, reportingYears) ?? []);
    const match = !!matching && matching.has(p.iso3);
    out.set(p.iso3, {
      cls: p.neutral ? 0 : classOf(activityValue(p, goal, year, reportingYears)),
      match,
      dim: !!matching && !match,
      focusR: (goal === 'both' || goal === 'reception-in-region') && focus.includes('reception-in-region'),
      focusM: (goal === 'both' || goal === 'migration-cooperation') && focus.includes('migration-cooperation'),
    });
  }
  return out;
}

/** Only the countries whose state changed, so a filter click sets few states. */
export function diffStates(prev: Map<string, CountryState>, next: Map<string, CountryState>): [string, CountryState][] {
  const changed: [string, CountryState][] = [];
  for (const [iso3, s] of next) {
    const p = prev.get(iso3);
    if (
      !p ||
      p.cls !== s.cls ||
      p.match !== s.match ||
      p.dim !== s.dim ||
      p.focusR !== s.focusR ||
      p.focusM !== s.focusM
    ) {
      changed.push([iso3, s]);
    }
  }
  return changed;
}
