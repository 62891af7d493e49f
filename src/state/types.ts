import type { Lang } from '../i18n/locale';
import type { GoalId, LAYER_IDS } from '../model/ids';

export type { Lang };
/** Policy-goal filter: one goal, or both combined. */
export type GoalFilter = 'both' | GoalId;
export type Selection =
  | { kind: 'country'; iso3: string }
  | { kind: 'post'; id: string }
  | { kind: 'route'; id: string }
  /** Posts drawn as one cluster (or every cluster on screen): not in the URL, clusters depend on the zoom. */
  | { kind: 'posts'; ids: string[] };
export type LayerId = (typeof LAYER_IDS)[number];
export type Layers = Record<LayerId, boolean>;
export type View = 'map' | 'table' | 'charts' | 'timeline';
/**
 * What the countries' fill shows: the report's activity counts (only in a
 * reporting year) or the number of programmes active in the year (any year).
 */
export type FillMetric = 'activities' | 'programmes';

/** Everything that a link reproduces, apart from the camera. */
export interface ViewState {
  programmes: string[];
  /** null: the latest edition's reporting year. */
  year: number | null;
  goal: GoalFilter;
  /** The fill the user chose; outside a reporting year the map shows programmes whatever this says. */
  fill: FillMetric;
  selection: Selection | null;
  lang: Lang;
  layers: Layers;
  view: View;
  /** 1-based scene of the story being presented; null when not presenting. */
  scene: number | null;
}

export const DEFAULT_LAYERS: Layers = { posts: true, routes: true, labels: true, context: false };

export const DEFAULT_VIEW_STATE: ViewState = {
  programmes: [],
  year: null,
  goal: 'both',
  fill: 'activities',
  selection: null,
  lang: 'nl',
  layers: DEFAULT_LAYERS,
  view: 'map',
  scene: null,
};

/** The link's fields, listed once (from the defaults): picking, applying and comparing use this list. */
export const VIEW_STATE_KEYS = Object.keys(DEFAULT_VIEW_STATE) as (keyof ViewState)[];

/** The part of a (larger) state that a link reproduces. */
export function viewStateOf(s: ViewState): ViewState {
  return Object.fromEntries(VIEW_STATE_KEYS.map((k) => [k, s[k]])) as unknown as ViewState;
}
