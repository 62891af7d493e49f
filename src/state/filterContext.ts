/**
 * What the filters mean once the data are known, as one object with named
 * fields: `year` and `latestEdition` are both numbers and easy to swap when
 * passed by position. Selectors take the part they need (`Pick<...>`).
 */
import type { CountriesGeo, EditionsIndex } from '../data/types';
import type { FillMetric, GoalFilter, ViewState } from './types';

export interface YearContext {
  /** The year shown: the filter's year, or the latest edition's when none is set. */
  year: number;
  /** The latest edition's reporting year: open-ended phases run to it, not beyond. */
  latestEdition: number;
  /** Years with an edition: counts and focus roles exist only for these. */
  reportingYears: number[];
  /** Every year the year control offers. */
  years: number[];
}

export interface FilterContext extends YearContext {
  goal: GoalFilter;
  /** Ids of the selected programmes; empty: no programme filter. */
  selectedProgrammes: string[];
  /** The fill the user chose (see yearMetric for what the map shows). */
  fill: FillMetric;
}

/** The year a filter state means: null is the latest edition's reporting year. */
export function effectiveYear(year: number | null, latestEdition: number): number {
  return year ?? latestEdition;
}

/** Reporting years: the editions' years. */
export function reportingYearsOf(editions: { editions: { year: number }[] }): number[] {
  return editions.editions.map((e) => e.year);
}

export function editionsYearContext(editions: EditionsIndex, year: number | null): YearContext {
  return {
    year: effectiveYear(year, editions.latest),
    latestEdition: editions.latest,
    reportingYears: reportingYearsOf(editions),
    years: editions.years,
  };
}

/**
 * The year filter's context. Without editions.json (failed to load) the
 * reporting years are read off the countries' counts, so the map still works.
 * null until one of the two is there.
 */
export function yearContextOf(
  editions: EditionsIndex | undefined,
  countries: CountriesGeo | undefined,
  year: number | null,
): YearContext | null {
  if (editions) return editionsYearContext(editions, year);
  if (!countries) return null;
  const reporting = [
    ...new Set(countries.features.flatMap((f) => Object.keys(f.properties.activities_by_year).map(Number))),
  ].sort((a, b) => a - b);
  const latest = reporting[reporting.length - 1];
  if (latest === undefined) return null;
  return { year: effectiveYear(year, latest), latestEdition: latest, reportingYears: reporting, years: reporting };
}

/** A year context plus the view's goal, programme filter and chosen fill (activities unless given). */
export function filterContextOf(
  yc: YearContext,
  view: Pick<ViewState, 'goal' | 'programmes'> & Partial<Pick<ViewState, 'fill'>>,
): FilterContext {
  return { ...yc, goal: view.goal, selectedProgrammes: view.programmes, fill: view.fill ?? 'activities' };
}
