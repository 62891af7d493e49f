/**
 * What the countries' fill shows in a year ("Year semantics" in
 * docs/architecture.md): the report's activity counts exist only for a
 * reporting year, so every other year shows the programmes active in each
 * country; in a reporting year the user picks one of the two. Pure.
 */
import type { FilterContext } from './filterContext';
import type { FillMetric } from './types';

/** The metric the map, legend, summary and table show for these filters. */
export function yearMetric({
  year,
  reportingYears,
  fill,
}: Pick<FilterContext, 'year' | 'reportingYears' | 'fill'>): FillMetric {
  return fill === 'activities' && reportingYears.includes(year) ? 'activities' : 'programmes';
}

/** The user can choose between the two only where activity counts exist. */
export function canChooseFill({ year, reportingYears }: Pick<FilterContext, 'year' | 'reportingYears'>): boolean {
  return reportingYears.includes(year);
}

/**
 * Class of a number of active programmes on the 1 / 2 / 3 / 4+ scale: 0 for
 * none, 1-4 otherwise. Few countries have more than three programmes at once,
 * so a finer scale would only split single countries.
 */
export const PROGRAMME_CLASS_COUNT = 4;
export function programmeClass(n: number): number {
  if (n <= 0) return 0;
  return Math.min(Math.floor(n), PROGRAMME_CLASS_COUNT);
}
