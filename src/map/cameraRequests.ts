/**
 * Explicit camera moves (a scene change, "fit to selection") requested from
 * outside the map. The camera itself is never stored: MapView performs the
 * move and the URL follows on moveend.
 */
import type { SceneCamera } from '../briefing/sceneState';

export interface CameraRequest {
  camera: SceneCamera;
  /** Smooth flight (scene changes) or a jump (print, export). */
  animate: boolean;
}

type Listener = (r: CameraRequest) => void;
const listeners = new Set<Listener>();

export function requestCamera(r: CameraRequest): void {
  for (const l of listeners) l(r);
}

export function onCameraRequest(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
