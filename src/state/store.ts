/**
 * The one app store, built from slices. It holds what the user chose and what
 * was loaded; everything shown is derived by the selectors in selectors.ts.
 * Side effects (URL, map) subscribe from outside React.
 */
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { DataKey } from '../data/loadAppData';
import type { AppData, Scene } from '../data/types';
import {
  DEFAULT_VIEW_STATE,
  type GoalFilter,
  type Lang,
  type LayerId,
  type Selection,
  type View,
  type ViewState,
} from './types';

export interface FiltersSlice {
  programmes: string[];
  year: number | null;
  goal: GoalFilter;
  toggleProgramme: (id: string) => void;
  setProgrammes: (ids: string[]) => void;
  setYear: (year: number | null) => void;
  setGoal: (goal: GoalFilter) => void;
  resetFilters: () => void;
}

export interface SelectionSlice {
  selection: Selection | null;
  select: (selection: Selection | null) => void;
}

export interface UiSlice {
  lang: Lang;
  layers: ViewState['layers'];
  view: View;
  /** Short message for the user, e.g. about a link that could not be read. */
  notice: string | null;
  setLang: (lang: Lang) => void;
  toggleLayer: (id: LayerId) => void;
  setView: (view: View) => void;
  /** 1-based scene being presented, null when not presenting. */
  scene: number | null;
  setScene: (scene: number | null) => void;
  /** A story the user extended ("add current view"); null: the edition's default story. */
  story: Scene[] | null;
  setStory: (story: Scene[] | null) => void;
  setNotice: (notice: string | null) => void;
  /** Applies a decoded link or scene in one update. */
  applyViewState: (state: ViewState) => void;
  /** Network and service-worker state, for the header's indicator. */
  connectivity: Connectivity;
  setConnectivity: (patch: Partial<Connectivity>) => void;
}

export interface Connectivity {
  online: boolean;
  /** Everything needed to work offline is cached. */
  offlineReady: boolean;
  /** A newer version is waiting; calling this reloads into it. */
  updateReady: (() => void) | null;
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
  /** WebGL unavailable or the map failed: the table view takes over. */
  mapError: string | null;
  setMapError: (message: string | null) => void;
}

export type AppState = FiltersSlice & SelectionSlice & UiSlice & DataSlice;
type Set = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;

const filtersSlice = (set: Set): FiltersSlice => ({
  programmes: DEFAULT_VIEW_STATE.programmes,
  year: DEFAULT_VIEW_STATE.year,
  goal: DEFAULT_VIEW_STATE.goal,
  toggleProgramme: (id) =>
    set((s) => ({
      programmes: s.programmes.includes(id) ? s.programmes.filter((p) => p !== id) : [...s.programmes, id],
    })),
  setProgrammes: (ids) => set({ programmes: [...new Set(ids)] }),
  setYear: (year) => set({ year }),
  setGoal: (goal) => set({ goal }),
  resetFilters: () =>
    set({ programmes: DEFAULT_VIEW_STATE.programmes, year: DEFAULT_VIEW_STATE.year, goal: DEFAULT_VIEW_STATE.goal }),
});

const selectionSlice = (set: Set): SelectionSlice => ({
  selection: null,
  select: (selection) => set({ selection }),
});

const uiSlice = (set: Set): UiSlice => ({
  lang: DEFAULT_VIEW_STATE.lang,
  layers: DEFAULT_VIEW_STATE.layers,
  view: DEFAULT_VIEW_STATE.view,
  notice: null,
  connectivity: { online: true, offlineReady: false, updateReady: null },
  setConnectivity: (patch) => set((s) => ({ connectivity: { ...s.connectivity, ...patch } })),
  setLang: (lang) => set({ lang }),
  toggleLayer: (id) => set((s) => ({ layers: { ...s.layers, [id]: !s.layers[id] } })),
  setView: (view) => set({ view }),
  scene: null,
  setScene: (scene) => set({ scene }),
  story: null,
  setStory: (story) => set({ story }),
  setNotice: (notice) => set({ notice }),
  applyViewState: (v) =>
    set({
      programmes: v.programmes,
      year: v.year,
      goal: v.goal,
      selection: v.selection,
      lang: v.lang,
      layers: v.layers,
      view: v.view,
      scene: v.scene,
    }),
});

const dataSlice = (set: Set): DataSlice => ({
  data: {},
  status: {},
  loadErrors: {},
  mapError: null,
  setLoaded: (key, value) =>
    set((s) => ({
      data: { ...s.data, [key]: value },
      status: { ...s.status, [key]: 'ready' },
      loadErrors: { ...s.loadErrors, [key]: undefined },
    })),
  setLoading: (key) => set((s) => ({ status: { ...s.status, [key]: 'loading' } })),
  setLoadError: (key, message) =>
    set((s) => ({ status: { ...s.status, [key]: 'error' }, loadErrors: { ...s.loadErrors, [key]: message } })),
  setMapError: (mapError) => set({ mapError }),
});

export const createAppStore = () =>
  create<AppState>()(
    subscribeWithSelector((set) => ({
      ...filtersSlice(set as Set),
      ...selectionSlice(set as Set),
      ...uiSlice(set as Set),
      ...dataSlice(set as Set),
    })),
  );

export const useAppStore = createAppStore();
export type AppStore = typeof useAppStore;

/** The part of the state that a link reproduces. */
export function viewStateOf(s: AppState): ViewState {
  return {
    programmes: s.programmes,
    year: s.year,
    goal: s.goal,
    selection: s.selection,
    lang: s.lang,
    layers: s.layers,
    view: s.view,
    scene: s.scene,
  };
}
