/**
 * What a country's panel shows for the current filters, as plain data:
 * programmes (with the results of the edition the year shows), posts, moments
 * and data notes, each with its derived values' marks. CountryDetails renders
 * it; unit tests check every country and year for duplicates and marks.
 */
import type { AppData, CountryProperties, GoalId, Moment, Note, ProgrammeRecord } from '../data/types';
import { type DerivedMark, derivedMarks, phaseMarks } from '../model/derived';
import { GOAL_IDS } from '../model/ids';
import { ofShownEdition } from './editions';
import type { FilterContext } from './filterContext';
import {
  type ActivityValue,
  activityValue,
  focusInYear,
  momentsInYear,
  phasesInYear,
  programmesByCountry,
} from './selectors';

type Post = NonNullable<AppData['posts']>['features'][number]['properties'];
type Phase = ProgrammeRecord['phases'][number];
type Result = ProgrammeRecord['results'][number];
type Edition = AppData['editions']['editions'][number];

export interface PhaseView {
  phase: Phase;
  /** false: the report gives no start year ("start niet vermeld"). */
  startStated: boolean;
  marks: DerivedMark[];
}

export interface ProgrammeView {
  programme: ProgrammeRecord;
  /** Derived values of the programme itself that concern this country. */
  marks: DerivedMark[];
  phases: PhaseView[];
  results: { result: Result; marks: DerivedMark[] }[];
}

export interface CountryPanelModel {
  iso3: string;
  props: CountryProperties;
  edition: Edition | undefined;
  goals: readonly GoalId[];
  /** null: no edition for the year. */
  focus: GoalId[] | null;
  activity: ActivityValue;
  programmes: ProgrammeView[];
  posts: { post: Post; marks: DerivedMark[] }[];
  moments: { moment: Moment; marks: DerivedMark[] }[];
  notes: { note: Note; marks: DerivedMark[] }[];
  /** Nothing at all to show (not a neutral area). */
  nothing: boolean;
}

/** One programme as a card shows it in a year, for one country (or for none: the programme list). */
export function programmeView(
  p: ProgrammeRecord,
  filters: Pick<FilterContext, 'year' | 'latestEdition' | 'reportingYears'>,
  iso3?: string,
): ProgrammeView {
  return {
    programme: p,
    marks: derivedMarks(p, iso3),
    phases: phasesInYear(p, filters).map((phase) => ({
      phase,
      startStated: phase.from !== null,
      marks: phaseMarks(phase),
    })),
    results: ofShownEdition(p.results, filters).map((result) => ({ result, marks: derivedMarks(result) })),
  };
}

type PanelData = Pick<AppData, 'countries' | 'programmes' | 'posts' | 'moments' | 'notes' | 'editions'>;

export function countryPanelModel(
  data: Partial<PanelData>,
  filters: FilterContext,
  iso3: string,
): CountryPanelModel | null {
  const props = data.countries?.features.find((f) => f.properties.iso3 === iso3)?.properties;
  if (!props) return null;
  const { year, goal } = filters;
  const edition = data.editions?.editions.find((e) => e.year === year);
  const goals = goal === 'both' ? GOAL_IDS : [goal];
  const focus = focusInYear(props, filters);
  const activity = activityValue(props, filters);
  // The same memoised index the table and the summary use: no scan of every programme per panel.
  const programmes = data.programmes ? (programmesByCountry(data.programmes, filters).get(iso3) ?? []) : [];
  const posts = data.posts?.features.filter((f) => f.properties.iso3 === iso3).map((f) => f.properties) ?? [];
  const moments = data.moments ? momentsInYear(data.moments, filters, iso3) : [];
  const notes = ofShownEdition(data.notes ?? [], filters).filter((n) => n.iso3.includes(iso3));
  const nothing =
    !props.neutral &&
    (focus?.length ?? 0) === 0 &&
    activity.kind !== 'count' &&
    programmes.length === 0 &&
    posts.length === 0 &&
    moments.length === 0 &&
    notes.length === 0;
  return {
    iso3,
    props,
    edition,
    goals,
    focus,
    activity,
    programmes: programmes.map((p) => programmeView(p, filters, iso3)),
    posts: posts.map((post) => ({ post, marks: derivedMarks(post) })),
    moments: moments.map((moment) => ({ moment, marks: derivedMarks(moment) })),
    notes: notes.map((note) => ({ note, marks: derivedMarks(note) })),
    nothing,
  };
}
