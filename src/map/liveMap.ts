/** The on-screen map, for actions that need its current view (export, add scene). */
import type { SceneCamera } from '../briefing/sceneState';
import type { MapController } from './MapController';

let live: MapController | null = null;

export function setLiveMap(c: MapController | null): void {
  live = c;
}

/** The visible area as scene bounds; null before the map exists. */
export function liveBounds(): SceneCamera | null {
  if (!live) return null;
  const b = live.map.getBounds();
  const r = (x: number) => Number(x.toFixed(3));
  return { bounds: [r(b.getWest()), r(b.getSouth()), r(b.getEast()), r(b.getNorth())] };
}

export function liveCamera() {
  return live?.camera() ?? null;
}
