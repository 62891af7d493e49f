/**
 * Moments for the panel and the timeline: a moment's role for a country
 * (held there, concerns it) and the year's moments in calendar order under
 * all three filters. Pure; the panel and the Tijdlijn view only render.
 */
import type { Moment, ProgrammeRecord } from '../data/types';
import type { FilterContext } from './filterContext';
import { momentsInYear } from './selectors';

/** How a moment relates to a country: where it took place, and/or a country it concerns. */
export type MomentRole = 'held-here' | 'concerns';

export function momentRoles(m: Pick<Moment, 'place' | 'countries'>, iso3: string): MomentRole[] {
  const roles: MomentRole[] = [];
  if (m.place?.iso3 === iso3) roles.push('held-here');
  if (m.countries.includes(iso3)) roles.push('concerns');
  return roles;
}

/** Where a moment sorts in its year: its month; no month 13; no date at all (year null) 14. */
const monthRank = (m: Moment) => (m.year === null ? 14 : (m.month ?? 13));

/** Calendar order: by month, moments without a month and then without a date last, then by id for a stable list. */
export function byMonth(a: Moment, b: Moment): number {
  return monthRank(a) - monthRank(b) || a.id.localeCompare(b.id);
}

/**
 * The goal filter for moments: a moment tied to programmes shows under the
 * goals of those programmes; one tied to none (a European Council, a
 * ministerial conference) cannot be assigned a goal and shows under every goal.
 */
export function momentMatchesGoal(
  m: Pick<Moment, 'programmes'>,
  goal: FilterContext['goal'],
  goalsOf: ReadonlyMap<string, readonly string[]>,
): boolean {
  if (goal === 'both' || m.programmes.length === 0) return true;
  return m.programmes.some((id) => goalsOf.get(id)?.includes(goal) ?? false);
}

/** The year's moments under the year, programme and goal filters, in calendar order. */
export function timelineMoments<M extends Moment & { edition?: number }>(
  moments: M[],
  programmes: readonly Pick<ProgrammeRecord, 'id' | 'goals'>[],
  filters: Pick<FilterContext, 'year' | 'selectedProgrammes' | 'goal'>,
): M[] {
  const goalsOf = new Map(programmes.map((p) => [p.id, p.goals]));
  return momentsInYear(moments, filters)
    .filter((m) => momentMatchesGoal(m, filters.goal, goalsOf))
    .sort(byMonth);
}

/** A timeline group: a month, 'no-month' (the year only) or 'undated' (the report gives no date). */
export type MonthKey = number | 'no-month' | 'undated';

/** Moments grouped by month, in calendar order. */
export function groupByMonth<M extends Moment>(moments: M[]): { month: MonthKey; moments: M[] }[] {
  const groups: { month: MonthKey; moments: M[] }[] = [];
  for (const m of [...moments].sort(byMonth)) {
    const month: MonthKey = m.year === null ? 'undated' : (m.month ?? 'no-month');
    const last = groups[groups.length - 1];
    if (last && last.month === month) last.moments.push(m);
    else groups.push({ month, moments: [m] });
  }
  return groups;
}
