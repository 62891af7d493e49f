/**
 * Presentation control, outside React: which story is told, and what showing
 * scene n means (its view state into the store, its camera to the map).
 */
import type { Scene } from '../data/types';
import { requestCamera } from '../map/cameraRequests';
import { liveCamera } from '../map/liveMap';
import type { AppState, AppStore } from '../state/store';
import { type ViewState, viewStateOf } from '../state/types';
import type { Camera } from '../state/urlCodec';
import { cameraPinned } from '../state/urlSync';
import { clampScene, sceneToViewState } from './sceneState';

export function storyOf(s: Pick<AppState, 'story' | 'data'>): Scene[] {
  return s.story ?? s.data.scenes ?? [];
}

const reducedMotion = () =>
  typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Shows scene n (1-based, clamped) of the current story. */
export function showScene(store: AppStore, n: number): void {
  const s = store.getState();
  const story = storyOf(s);
  if (story.length === 0) return;
  const number = clampScene(n, story.length);
  const scene = story[number - 1]!;
  s.applyViewState({ ...sceneToViewState(scene, s.lang), scene: number });
  requestCamera({ camera: scene.camera, animate: !reducedMotion() });
}

export function stepScene(store: AppStore, delta: number): void {
  const { scene } = store.getState();
  showScene(store, (scene ?? 0) + delta);
}

/** The presenter's own view before the first scene (camera, filters, layers, selection): leaving gives it back. */
let before: { view: ViewState; camera: Camera | null; pinned: boolean } | null = null;

export function startPresentation(store: AppStore, n = 1): void {
  if (store.getState().scene === null)
    before = { view: viewStateOf(store.getState()), camera: liveCamera(), pinned: cameraPinned() };
  showScene(store, n);
  // Full screen needs a user gesture; when refused the overlay still fills the window.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function stopPresentation(store: AppStore): void {
  const back = before;
  before = null;
  if (back) {
    // The language is the presenter's current one; everything else as it was.
    store.getState().applyViewState({ ...back.view, lang: store.getState().lang, scene: null });
    if (back.camera) requestCamera({ exact: back.camera, pinned: back.pinned });
  } else store.getState().setScene(null);
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}

/** Keys presentation clickers send, and the keyboard's own. */
export function sceneKeyAction(key: string): 'next' | 'previous' | 'first' | 'last' | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}
