/**
 * Explicit camera moves (a scene change, "fit to selection") requested from
 * outside the map. The camera itself is never stored: MapView performs the
 * move and the URL follows on moveend. A module-level channel on purpose: the
 * presenter runs outside React and must not import MapView, and a camera in
 * the store would be written per frame; requests made while no map listens
 * are dropped.
 */
import type { SceneCamera } from './camera';

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
