/**
 * The MapLibre map with the options every Migratiekaart map shares (screen,
 * PNG export, fiche inset); only MapController calls it.
 */
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import type { Camera } from '../state/urlCodec';

export function createMapLibreMap(
  container: HTMLElement,
  style: StyleSpecification,
  cam: Camera,
  /** Off-screen rendering for export: sharper pixels, no interaction, no fades. */
  render: { pixelRatio?: number; interactive?: boolean },
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
    // Needed for PNG export: otherwise the canvas reads back transparent.
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  if (render.interactive !== false) {
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
  }
  return map;
}
