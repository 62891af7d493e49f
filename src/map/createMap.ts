/**
 * The MapLibre map with the options every Migratiekaart map shares (screen,
 * PNG export, fiche inset); only MapController calls it.
 */
import { Map as MapLibreMap, type StyleSpecification, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// With the map's chunk, not the page's first stylesheet: nothing else uses it (map/loadMapController.ts).
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Camera } from '../state/urlCodec';

// The bundled worker must be named explicitly, or the map never loads. Here, with the only code that
// makes a map, so MapLibre stays out of the page's first render (map/loadMapController.ts).
setWorkerUrl(workerUrl);

export interface MapRender {
  pixelRatio?: number;
  interactive?: boolean;
  /** The canvas is copied after drawing (PNG export, fiche inset). */
  readBack?: boolean;
}

export function createMapLibreMap(
  container: HTMLElement,
  style: StyleSpecification,
  cam: Camera,
  /** Off-screen rendering for export: sharper pixels, no interaction, a canvas that can be read back. */
  render: MapRender,
): MapLibreMap {
  const map = new MapLibreMap({
    container,
    // Spread, not `undefined`: MapLibre would take an explicit undefined over its default.
    ...(render.pixelRatio ? { pixelRatio: render.pixelRatio } : {}),
    ...(render.interactive === false ? { interactive: false } : {}),
    // No label cross-fades: a filter change settles in one frame instead of several (docs/performance.md).
    fadeDuration: 0,
    style,
    center: [cam.lon, cam.lat],
    zoom: cam.zoom,
    minZoom: 0.8,
    maxZoom: 9,
    // One world: a framing never shows a country twice (the review saw Colombia twice in scene 1).
    renderWorldCopies: false,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // Only the off-screen maps (PNG export, fiche inset) are read back, and they need the drawing buffer
    // kept or the canvas reads back transparent. The screen map skips it: keeping the buffer costs a copy
    // per frame, which software WebGL pays on every frame of the load (docs/performance.md).
    ...(render.readBack ? { canvasContextAttributes: { preserveDrawingBuffer: true } } : {}),
  });
  if (render.interactive !== false) {
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
  }
  return map;
}
