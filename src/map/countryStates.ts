/**
 * Filters + data -> the state of every country. Pure, so the map's look can be
 * tested without WebGL. MapController applies the fill part (class, dimmed) as
 * feature-state and the outline roles as the small outline source (outlines.ts).
 */
import type { CountriesGeo, ProgrammeRecord } from '../data/types';
import type { FilterContext } from '../state/filterContext';
import {
  type ActivityValue,
  activityValue,
  focusInYear,
  matchingCountries,
  programmesByCountry,
} from '../state/selectors';
import { programmeClass, yearMetric } from '../state/selectorsYearMetric';
import { ACTIVITY_CLASSES } from '../theme/palette';

/**
 * The fill's class, one number for both metrics so the fill reads one
 * feature-state: -1 no data for the year, 0 nothing (land colour), 1..5 an
 * activity-count class, PROGRAMME_CLASS_BASE + 1..4 a programme-count class.
 */
export const PROGRAMME_CLASS_BASE = 10;

export interface CountryState {
  fillClass: number;
  match: boolean;
  dim: boolean;
  focusReception: boolean;
  focusMigration: boolean;
}

export function classOf(a: ActivityValue): number {
  if (a.kind === 'no-data-year') return -1;
  if (a.kind === 'none') return 0;
  const i = ACTIVITY_CLASSES.findIndex((k) => a.value >= k.min && a.value <= k.max);
  return i + 1;
}

/** The fill class of a number of active programmes (0 stays 0: land colour). */
export function programmeFillClass(n: number): number {
  const k = programmeClass(n);
  return k === 0 ? 0 : PROGRAMME_CLASS_BASE + k;
}

/**
 * Countries the programme filter does not match are faded: painted in the
 * land colour with their focus outlines hidden (design review, change 5), so
 * what stays coloured or outlined is exactly what the summary counts.
 */
export function computeCountryStates(
  countries: CountriesGeo,
  programmes: ProgrammeRecord[],
  filters: Omit<FilterContext, 'years'>,
): Map<string, CountryState> {
  const { goal } = filters;
  const metric = yearMetric(filters);
  const matching = matchingCountries(programmes, filters);
  const byCountry = programmesByCountry(programmes, filters);
  const out = new Map<string, CountryState>();
  for (const f of countries.features) {
    const p = f.properties;
    if (!p.iso3) continue;
    const match = !!matching && matching.has(p.iso3);
    const dim = !!matching && !match;
    const focus = p.neutral || dim ? [] : (focusInYear(p, filters) ?? []);
    const fillClass =
      p.neutral || dim
        ? 0
        : metric === 'activities'
          ? classOf(activityValue(p, filters))
          : programmeFillClass(byCountry.get(p.iso3)?.length ?? 0);
    out.set(p.iso3, {
      fillClass,
      match,
      dim,
      focusReception: (goal === 'both' || goal === 'reception-in-region') && focus.includes('reception-in-region'),
      focusMigration: (goal === 'both' || goal === 'migration-cooperation') && focus.includes('migration-cooperation'),
    });
  }
  return out;
}

/** The part of a country's state its fill reads through feature-state. */
export type FillState = Pick<CountryState, 'fillClass' | 'dim'>;

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
    if (!p || p.fillClass !== s.fillClass || p.dim !== s.dim)
      changed.push([iso3, { fillClass: s.fillClass, dim: s.dim }]);
  }
  return changed;
}

/** What the countries show, for the legend: the fill classes in use and the outline roles drawn. */
export interface DrawnCountries {
  fillClasses: Set<number>;
  focusReception: boolean;
  focusMigration: boolean;
  /** Some country carries both roles (the legend explains the two-line border). */
  focusBoth: boolean;
  match: boolean;
}

export function drawnCountries(states: ReadonlyMap<string, CountryState>): DrawnCountries {
  const out: DrawnCountries = {
    fillClasses: new Set(),
    focusReception: false,
    focusMigration: false,
    focusBoth: false,
    match: false,
  };
  for (const s of states.values()) {
    out.fillClasses.add(s.fillClass);
    out.focusReception ||= s.focusReception;
    out.focusMigration ||= s.focusMigration;
    out.focusBoth ||= s.focusReception && s.focusMigration;
    out.match ||= s.match;
  }
  return out;
}
