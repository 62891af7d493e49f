/**
 * Scenes are URL states: a scene's filters, selection and layers map onto the
 * same ViewState a link carries, plus a camera. Pure, so scene <-> URL round
 * trips are unit-tested.
 */
import type { Scene } from '../data/types';
import { LAYER_IDS } from '../model/ids';
import { DEFAULT_VIEW_STATE, type Lang, type Layers, type ViewState } from '../state/types';
import type { Camera } from '../state/urlCodec';

export type SceneCamera = Scene['camera'];

export function sceneToViewState(scene: Scene, lang: Lang): ViewState {
  return {
    ...DEFAULT_VIEW_STATE,
    programmes: scene.programmes,
    year: scene.year,
    goal: scene.goal,
    selection: scene.country ? { kind: 'country', iso3: scene.country } : null,
    layers: Object.fromEntries(LAYER_IDS.map((l) => [l, scene.layers.includes(l)])) as Layers,
    lang,
    view: 'map',
  };
}

/** The current view as a scene, e.g. for "add current view to story". */
export function viewStateToScene(
  state: ViewState,
  camera: Camera,
  meta: { id: string; title_nl: string; title_en: string; text_nl: string; text_en: string; source: string },
): Scene {
  return {
    ...meta,
    camera: { center: [round(camera.lon, 4), round(camera.lat, 4)], zoom: round(camera.zoom, 2) },
    programmes: state.programmes,
    year: state.year,
    goal: state.goal,
    country: state.selection?.kind === 'country' ? state.selection.iso3 : null,
    layers: LAYER_IDS.filter((l) => state.layers[l]),
  };
}

const round = (x: number, d: number) => Number(x.toFixed(d));

/** Clamp a 1-based scene number from a URL to the story's range. */
export function clampScene(n: number, total: number): number {
  return Math.min(Math.max(1, Math.round(n)), Math.max(1, total));
}
