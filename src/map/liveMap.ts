/**
 * The on-screen map, for actions that need its current view (export, add
 * scene). A module-level singleton on purpose: there is one screen map, and
 * the briefing's actions run from menus far from MapView, outside React; a
 * context or the store would put a mutable class instance in React or state.
 * MapView sets it on mount and clears it on unmount.
 */
import type { MapController } from './MapController';

let live: MapController | null = null;

export function setLiveMap(c: MapController | null): void {
  live = c;
}

export function liveCamera() {
  return live?.camera() ?? null;
}
