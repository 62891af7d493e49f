/**
 * Explicit camera moves (a scene change, "fit to data", leaving a
 * presentation) requested from outside the map. The camera itself is never
 * stored: MapView performs the move and the URL follows on moveend. A
 * module-level channel on purpose: the presenter runs outside React and must
 * not import MapView, and a camera in the store would be written per frame;
 * requests made while no map listens are dropped.
 */
import type { Camera } from '../state/urlCodec';
import type { SceneCamera } from './camera';

export type CameraRequest =
  /** A scene's camera, framed into the area the interface leaves free; a smooth flight or a jump. */
  | { camera: SceneCamera; animate: boolean }
  /** The countries with data for the current filters, framed into the free area. */
  | { data: true; animate: boolean }
  /**
   * A camera taken exactly as it was (the view before a presentation);
   * `pinned` when the URL held it then (the user's own move), so the URL
   * holds it again, and not when the app had framed it.
   */
  | { exact: Camera; pinned: boolean };

type Listener = (r: CameraRequest) => void;
const listeners = new Set<Listener>();

export function requestCamera(r: CameraRequest): void {
  for (const l of listeners) l(r);
}

export function onCameraRequest(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
