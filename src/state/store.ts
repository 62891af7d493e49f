/**
 * The one app store, built from slices. It holds what the user chose and what
 * was loaded; everything shown is derived by the selectors in selectors.ts.
 * Side effects (URL, map) subscribe from outside React.
 */
import { create, type StateCreator } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { DataKey } from '../data/loadAppData';
import type { AppData, Scene } from '../data/types';
import {
  DEFAULT_VIEW_STATE,
  type FillMetric,
  type GoalFilter,
  type Lang,
  type LayerId,
  type Selection,
  type View,
  type ViewState,
  viewStateOf,
} from './types';

/** What the filters panel sets. */
export interface FiltersSlice {
  programmes: string[];
  year: number | null;
  goal: GoalFilter;
  fill: FillMetric;
  toggleProgramme: (id: string) => void;
  setProgrammes: (ids: string[]) => void;
  setYear: (year: number | null) => void;
  setGoal: (goal: GoalFilter) => void;
  setFill: (fill: FillMetric) => void;
  resetFilters: () => void;
}

export interface SelectionSlice {
  selection: Selection | null;
  select: (selection: Selection | null) => void;
}

/** How the same content is shown: language, map layers, map / table / charts. */
export interface DisplaySlice {
  lang: Lang;
  layers: ViewState['layers'];
  view: View;
  setLang: (lang: Lang) => void;
  toggleLayer: (id: LayerId) => void;
  setView: (view: View) => void;
}

/** The story being presented, scene by scene. */
export interface PresentationSlice {
  /** 1-based scene being presented, null when not presenting. */
  scene: number | null;
  setScene: (scene: number | null) => void;
  /** A story the user extended ("add current view"); null: the edition's default story. */
  story: Scene[] | null;
  setStory: (story: Scene[] | null) => void;
}

/** Short messages for the user. A link's unreadable parameters are kept as data, so they are worded per language. */
export type Notice = { kind: 'link-ignored'; params: string[] } | { kind: 'text'; text: string };

/**
 * Why there is no map: no WebGL (worded per language) or MapLibre's own message, both for good; or
 * MapLibre's chunk did not arrive (not-loaded), which can be tried again.
 */
export type MapError = { kind: 'no-webgl' } | { kind: 'failed'; message: string } | { kind: 'not-loaded' };

export interface Connectivity {
  online: boolean;
  /** Everything needed to work offline is cached. */
  offlineReady: boolean;
  /** A newer version is waiting; calling this reloads into it. */
  updateReady: (() => void) | null;
}

/** What the app tells the user about itself: a notice, a missing map, the network. */
export interface StatusSlice {
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
  /** WebGL unavailable or the map failed: the table view takes over. */
  mapError: MapError | null;
  setMapError: (error: MapError | null) => void;
  /** The screen map has drawn its first complete frame (the service worker waits for it: app/firstLoad.ts). */
  mapDrawn: boolean;
  setMapDrawn: () => void;
  /** Network and service-worker state, for the header's indicator. */
  connectivity: Connectivity;
  setConnectivity: (patch: Partial<Connectivity>) => void;
}

export type LoadStatus = 'loading' | 'ready' | 'error';

/** Loaded or failed: nothing more will arrive for this file until a retry. */
export const isSettled = (s: LoadStatus | undefined): boolean => s === 'ready' || s === 'error';

export interface DataSlice {
  data: Partial<AppData>;
  status: Partial<Record<DataKey, LoadStatus>>;
  loadErrors: Partial<Record<DataKey, string>>;
  setLoaded: <K extends DataKey>(key: K, value: AppData[K]) => void;
  setLoading: (key: DataKey) => void;
  setLoadError: (key: DataKey, message: string) => void;
}

/** Spans the slices: a decoded link or a scene sets every link field at once. */
export interface LinkActions {
  applyViewState: (state: ViewState) => void;
}

export type AppState = FiltersSlice &
  SelectionSlice &
  DisplaySlice &
  PresentationSlice &
  StatusSlice &
  DataSlice &
  LinkActions;
type Slice<T> = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], T>;

const filtersSlice: Slice<FiltersSlice> = (set) => ({
  programmes: DEFAULT_VIEW_STATE.programmes,
  year: DEFAULT_VIEW_STATE.year,
  goal: DEFAULT_VIEW_STATE.goal,
  fill: DEFAULT_VIEW_STATE.fill,
  toggleProgramme: (id) =>
    set((s) => ({
      programmes: s.programmes.includes(id) ? s.programmes.filter((p) => p !== id) : [...s.programmes, id],
    })),
  setProgrammes: (ids) => set({ programmes: [...new Set(ids)] }),
  setYear: (year) => set({ year }),
  setGoal: (goal) => set({ goal }),
  setFill: (fill) => set({ fill }),
  resetFilters: () =>
    set({
      programmes: DEFAULT_VIEW_STATE.programmes,
      year: DEFAULT_VIEW_STATE.year,
      goal: DEFAULT_VIEW_STATE.goal,
      fill: DEFAULT_VIEW_STATE.fill,
    }),
});

const selectionSlice: Slice<SelectionSlice> = (set) => ({
  selection: DEFAULT_VIEW_STATE.selection,
  select: (selection) => set({ selection }),
});

const displaySlice: Slice<DisplaySlice> = (set) => ({
  lang: DEFAULT_VIEW_STATE.lang,
  layers: DEFAULT_VIEW_STATE.layers,
  view: DEFAULT_VIEW_STATE.view,
  setLang: (lang) => set({ lang }),
  toggleLayer: (id) => set((s) => ({ layers: { ...s.layers, [id]: !s.layers[id] } })),
  setView: (view) => set({ view }),
});

const presentationSlice: Slice<PresentationSlice> = (set) => ({
  scene: DEFAULT_VIEW_STATE.scene,
  setScene: (scene) => set({ scene }),
  story: null,
  setStory: (story) => set({ story }),
});

const statusSlice: Slice<StatusSlice> = (set) => ({
  notice: null,
  setNotice: (notice) => set({ notice }),
  mapError: null,
  setMapError: (mapError) => set({ mapError }),
  mapDrawn: false,
  setMapDrawn: () => set({ mapDrawn: true }),
  connectivity: { online: true, offlineReady: false, updateReady: null },
  setConnectivity: (patch) => set((s) => ({ connectivity: { ...s.connectivity, ...patch } })),
});

const dataSlice: Slice<DataSlice> = (set) => ({
  data: {},
  status: {},
  loadErrors: {},
  setLoaded: (key, value) =>
    set((s) => ({
      data: { ...s.data, [key]: value },
      status: { ...s.status, [key]: 'ready' },
      loadErrors: { ...s.loadErrors, [key]: undefined },
    })),
  setLoading: (key) => set((s) => ({ status: { ...s.status, [key]: 'loading' } })),
  setLoadError: (key, message) =>
    set((s) => ({ status: { ...s.status, [key]: 'error' }, loadErrors: { ...s.loadErrors, [key]: message } })),
});

const linkActions: Slice<LinkActions> = (set) => ({
  applyViewState: (v) => set(viewStateOf(v)),
});

export const createAppStore = () =>
  create<AppState>()(
    subscribeWithSelector((...a) => ({
      ...filtersSlice(...a),
      ...selectionSlice(...a),
      ...displaySlice(...a),
      ...presentationSlice(...a),
      ...statusSlice(...a),
      ...dataSlice(...a),
      ...linkActions(...a),
    })),
  );

export const useAppStore = createAppStore();
export type AppStore = typeof useAppStore;
