/**
 * Pure derivations from filters + data: which programmes are active, which
 * countries match, what the choropleth shows. What each filter means is
 * decided here and nowhere else ("Year semantics" in docs/architecture.md).
 *
 * Every selector takes the part of the FilterContext it needs, by name; the
 * memoised ones are keyed on those fields, not on the context object.
 */
import type { CountriesGeo, CountryProperties, GoalId, Moment, PostsGeo, ProgrammeRecord } from '../data/types';
import { GOAL_IDS } from '../model/ids';
import type { FilterContext } from './filterContext';
import { memoOn } from './memo';
import { yearMetric } from './selectorsYearMetric';
import type { FillMetric, GoalFilter } from './types';

/** A year and the edition that bounds open-ended phases. */
export type YearSpan = Pick<FilterContext, 'year' | 'latestEdition'>;
/** What counts and focus roles depend on. */
export type ReportingContext = Pick<FilterContext, 'year' | 'reportingYears'>;

/**
 * A phase covers a year from `from` to `to`; an open end (`to: null`) runs to
 * the latest reporting year (or its own start, if that is later): beyond the
 * report we do not know.
 */
export function phaseCovers(phase: { from: number; to: number | null }, { year, latestEdition }: YearSpan) {
  const to = phase.to ?? Math.max(phase.from, latestEdition);
  return phase.from <= year && year <= to;
}

export function isActiveInYear(p: ProgrammeRecord, span: YearSpan): boolean {
  return p.phases.some((ph) => phaseCovers(ph, span));
}

/** Phases of a programme that cover a year (usually one). */
export function phasesInYear(p: ProgrammeRecord, span: YearSpan) {
  return p.phases.filter((ph) => phaseCovers(ph, span));
}

/** Countries where a programme works in a year (a country may join later). */
export function programmeCountriesInYear(p: ProgrammeRecord, span: YearSpan): string[] {
  if (!isActiveInYear(p, span)) return [];
  return p.countries.filter((c) => c.from === undefined || c.from <= span.year).map((c) => c.iso3);
}

export function programmeHasGoal(p: ProgrammeRecord, goal: GoalFilter): boolean {
  return goal === 'both' || p.goals.includes(goal);
}

type GoalYear = Pick<FilterContext, 'year' | 'latestEdition' | 'goal'>;
const goalYearKey = (programmes: ProgrammeRecord[], f: GoalYear) => [programmes, f.year, f.latestEdition, f.goal];

/** Programmes listed for a goal and year, in data order. */
export const activeProgrammes = memoOn(goalYearKey, (programmes: ProgrammeRecord[], f: GoalYear) =>
  programmes.filter((p) => isActiveInYear(p, f) && programmeHasGoal(p, f.goal)),
);

/**
 * The programmes listed for a goal and year, by country, in data order:
 * built once per (programmes, year, goal) so a table or summary of every
 * country does not scan every programme per country (2,200 x 240 at 100x data).
 */
export const programmesByCountry = memoOn(goalYearKey, (programmes: ProgrammeRecord[], f: GoalYear) => {
  const index = new Map<string, ProgrammeRecord[]>();
  for (const p of activeProgrammes(programmes, f)) {
    for (const iso3 of new Set(programmeCountriesInYear(p, f))) {
      const listed = index.get(iso3);
      if (listed) listed.push(p);
      else index.set(iso3, [p]);
    }
  }
  return index;
});

type Matching = Pick<FilterContext, 'year' | 'latestEdition' | 'selectedProgrammes'>;

/**
 * Countries highlighted by the programme filter: where any selected programme
 * is active in the year. null when no programme is selected (nothing dims).
 */
export const matchingCountries = memoOn(
  (programmes: ProgrammeRecord[], f: Matching) => [programmes, f.selectedProgrammes, f.year, f.latestEdition],
  (programmes: ProgrammeRecord[], f: Matching): Set<string> | null => {
    if (f.selectedProgrammes.length === 0) return null;
    const out = new Set<string>();
    for (const p of programmes) {
      if (!f.selectedProgrammes.includes(p.id)) continue;
      for (const iso3 of programmeCountriesInYear(p, f)) out.add(iso3);
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
  { goal, year, reportingYears }: ReportingContext & Pick<FilterContext, 'goal'>,
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
  { year, reportingYears }: ReportingContext,
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
 * Whether a country is drawn (so listed) without a programme filter: a focus
 * role, or a value of the metric the fill shows. A country with programmes
 * but no count is not drawn under the activity fill, so it is not counted
 * either: the summary counts exactly the countries the map draws.
 */
export function drawnByMetric(metric: FillMetric, r: Pick<CountryRow, 'focus' | 'activity' | 'programmes'>): boolean {
  if ((r.focus?.length ?? 0) > 0) return true;
  return metric === 'activities' ? r.activity.kind === 'count' : r.programmes.length > 0;
}

type RowsContext = Omit<FilterContext, 'years'>;

/**
 * One row per country the current filters show: with a programme filter, the
 * matching countries; without one, every country with a focus role or a value
 * of the year's metric (activity count, or an active programme for the goal).
 */
export const countryRows = memoOn(
  (countries: CountriesGeo, programmes: ProgrammeRecord[], f: RowsContext) => [
    countries,
    programmes,
    f.selectedProgrammes,
    f.goal,
    f.year,
    f.reportingYears,
    f.latestEdition,
    f.fill,
  ],
  (countries: CountriesGeo, programmes: ProgrammeRecord[], f: RowsContext): CountryRow[] => {
    const metric = yearMetric(f);
    const byCountry = programmesByCountry(programmes, f);
    const matching = matchingCountries(programmes, f);
    const rows: CountryRow[] = [];
    for (const feature of countries.features) {
      const p = feature.properties;
      if (!p.iso3 || p.neutral) continue;
      const iso3 = p.iso3;
      const progs = byCountry.get(iso3)?.map((pr) => pr.id) ?? [];
      const focusAll = focusInYear(p, f);
      const focus = focusAll && f.goal !== 'both' ? focusAll.filter((g) => g === f.goal) : focusAll;
      const activity = activityValue(p, f);
      const matched = matching ? matching.has(iso3) : false;
      const relevant = matching ? matched : drawnByMetric(metric, { focus, activity, programmes: progs });
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

/**
 * Moments of a year; with a programme filter, only moments of those
 * programmes; with a country, only its own (momentConcerns). A moment the
 * report does not date (year null) belongs to the year of its edition.
 */
export function momentsInYear<M extends Moment & { edition?: number }>(
  moments: M[],
  { year, selectedProgrammes }: Pick<FilterContext, 'year' | 'selectedProgrammes'>,
  iso3?: string,
): M[] {
  return moments.filter(
    (m) =>
      (m.year ?? m.edition) === year &&
      (iso3 === undefined || momentConcerns(m, iso3)) &&
      (selectedProgrammes.length === 0 || m.programmes.some((p) => selectedProgrammes.includes(p))),
  );
}

/** A moment belongs in a country's panel when it took place there or concerns it. */
export function momentConcerns(m: Pick<Moment, 'place' | 'countries'>, iso3: string): boolean {
  return m.place?.iso3 === iso3 || m.countries.includes(iso3);
}
