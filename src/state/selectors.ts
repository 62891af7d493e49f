/**
 * Pure derivations from filters + data: which programmes are active, which
 * countries match, what the choropleth shows. The brief's "Filters: exact
 * meaning" is implemented here and nowhere else.
 */
import type { CountriesGeo, CountryProperties, GoalId, Moment, PostsGeo, ProgrammeRecord } from '../data/types';
import { GOAL_IDS } from '../model/schema';
import { memoLast } from './memo';
import type { GoalFilter } from './types';

/** The year a filter state means: null is the latest edition's reporting year. */
export function effectiveYear(year: number | null, latestEdition: number): number {
  return year ?? latestEdition;
}

/**
 * A phase covers a year from `from` to `to`; an open end (`to: null`) runs to
 * the latest reporting year (or its own start, if that is later): beyond the
 * report we do not know.
 */
export function phaseCovers(phase: { from: number; to: number | null }, year: number, latestEdition: number) {
  const to = phase.to ?? Math.max(phase.from, latestEdition);
  return phase.from <= year && year <= to;
}

export function isActiveInYear(p: ProgrammeRecord, year: number, latestEdition: number): boolean {
  return p.phases.some((ph) => phaseCovers(ph, year, latestEdition));
}

/** Phases of a programme that cover a year (usually one). */
export function phasesInYear(p: ProgrammeRecord, year: number, latestEdition: number) {
  return p.phases.filter((ph) => phaseCovers(ph, year, latestEdition));
}

/** Countries where a programme works in a year (a country may join later). */
export function programmeCountriesInYear(p: ProgrammeRecord, year: number, latestEdition: number): string[] {
  if (!isActiveInYear(p, year, latestEdition)) return [];
  return p.countries.filter((c) => c.from === undefined || c.from <= year).map((c) => c.iso3);
}

export function programmeHasGoal(p: ProgrammeRecord, goal: GoalFilter): boolean {
  return goal === 'both' || p.goals.includes(goal);
}

/** Programmes listed for a goal and year, in data order. */
export const activeProgrammes = memoLast(
  (programmes: ProgrammeRecord[], year: number, latestEdition: number, goal: GoalFilter): ProgrammeRecord[] =>
    programmes.filter((p) => isActiveInYear(p, year, latestEdition) && programmeHasGoal(p, goal)),
);

/**
 * The programmes listed for a goal and year, by country, in data order:
 * built once per (programmes, year, goal) so a table or summary of every
 * country does not scan every programme per country (2,200 x 240 at 100x data).
 */
export const programmesByCountry = memoLast(
  (
    programmes: ProgrammeRecord[],
    year: number,
    latestEdition: number,
    goal: GoalFilter,
  ): Map<string, ProgrammeRecord[]> => {
    const index = new Map<string, ProgrammeRecord[]>();
    for (const p of activeProgrammes(programmes, year, latestEdition, goal)) {
      for (const iso3 of new Set(programmeCountriesInYear(p, year, latestEdition))) {
        const listed = index.get(iso3);
        if (listed) listed.push(p);
        else index.set(iso3, [p]);
      }
    }
    return index;
  },
);

/**
 * Countries highlighted by the programme filter: where any selected programme
 * is active in the year. null when no programme is selected (nothing dims).
 */
export const matchingCountries = memoLast(
  (programmes: ProgrammeRecord[], selected: string[], year: number, latestEdition: number): Set<string> | null => {
    if (selected.length === 0) return null;
    const out = new Set<string>();
    for (const p of programmes) {
      if (!selected.includes(p.id)) continue;
      for (const iso3 of programmeCountriesInYear(p, year, latestEdition)) out.add(iso3);
    }
    return out;
  },
);

/** What the choropleth and the panel say about a country's activity count. */
export type ActivityValue =
  | { kind: 'no-data-year' }
  | { kind: 'none' }
  | { kind: 'count'; value: number; byGoal: Partial<Record<GoalId, number>> };

/**
 * Counts exist only for reporting years: another year says "no data for this
 * year", never zero. Within a reporting year, a country without a count has
 * none (not zero either: the report simply does not list it).
 */
export function activityValue(
  props: Pick<CountryProperties, 'activities_by_year'>,
  goal: GoalFilter,
  year: number,
  reportingYears: number[],
): ActivityValue {
  if (!reportingYears.includes(year)) return { kind: 'no-data-year' };
  const counts = props.activities_by_year[String(year)] ?? {};
  const goals = goal === 'both' ? GOAL_IDS : [goal];
  const byGoal: Partial<Record<GoalId, number>> = {};
  let total = 0;
  for (const g of goals) {
    const n = counts[g];
    if (n !== undefined) {
      byGoal[g] = n;
      total += n;
    }
  }
  return Object.keys(byGoal).length === 0 ? { kind: 'none' } : { kind: 'count', value: total, byGoal };
}

/** Focus roles in a year; null when that year has no edition. */
export function focusInYear(
  props: Pick<CountryProperties, 'focus_by_year'>,
  year: number,
  reportingYears: number[],
): GoalId[] | null {
  if (!reportingYears.includes(year)) return null;
  return props.focus_by_year[String(year)] ?? [];
}

export interface CountryRow {
  iso3: string;
  name_nl: string;
  name_en: string;
  focus: GoalId[] | null;
  activity: ActivityValue;
  programmes: string[];
  matched: boolean;
}

/**
 * One row per country the current filters show: with a programme filter, the
 * matching countries; without one, every country with a focus role, a count
 * or an active programme for the goal.
 */
export const countryRows = memoLast(
  (
    countries: CountriesGeo,
    programmes: ProgrammeRecord[],
    selectedProgrammes: string[],
    goal: GoalFilter,
    year: number,
    reportingYears: number[],
    latestEdition: number,
  ): CountryRow[] => {
    const byCountry = programmesByCountry(programmes, year, latestEdition, goal);
    const matching = matchingCountries(programmes, selectedProgrammes, year, latestEdition);
    const rows: CountryRow[] = [];
    for (const f of countries.features) {
      const p = f.properties;
      if (!p.iso3 || p.neutral) continue;
      const iso3 = p.iso3;
      const progs = byCountry.get(iso3)?.map((pr) => pr.id) ?? [];
      const focusAll = focusInYear(p, year, reportingYears);
      const focus = focusAll && goal !== 'both' ? focusAll.filter((g) => g === goal) : focusAll;
      const activity = activityValue(p, goal, year, reportingYears);
      const matched = matching ? matching.has(iso3) : false;
      const relevant = matching ? matched : (focus?.length ?? 0) > 0 || activity.kind === 'count' || progs.length > 0;
      if (relevant)
        rows.push({ iso3, name_nl: p.name_nl, name_en: p.name_en, focus, activity, programmes: progs, matched });
    }
    return rows;
  },
);

/** A post shows when there is no programme filter (null) or it is in a country the filter matches. */
export function isPostShown(post: { iso3: string }, matching: ReadonlySet<string> | null): boolean {
  return !matching || matching.has(post.iso3);
}

/** Posts shown, as the summary counts them; the map hides the others (map/postVisibility.ts). */
export function visiblePostIds(posts: PostsGeo, matching: ReadonlySet<string> | null): string[] {
  return posts.features.filter((f) => isPostShown(f.properties, matching)).map((f) => f.properties.id);
}

/** Moments of a year; with a programme filter, only moments of those programmes. */
export function momentsInYear(moments: Moment[], year: number, selectedProgrammes: string[], iso3?: string): Moment[] {
  return moments.filter(
    (m) =>
      m.year === year &&
      (iso3 === undefined || m.iso3 === iso3) &&
      (selectedProgrammes.length === 0 || m.programmes.some((p) => selectedProgrammes.includes(p))),
  );
}

/** Reporting years: the editions' years. */
export function reportingYearsOf(editions: { editions: { year: number }[] }): number[] {
  return editions.editions.map((e) => e.year);
}
