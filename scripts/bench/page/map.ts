/** The map on the page (the app's or the floor's) and waiting for its events. */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The app's map (window.migratiekaart.map under automation, as the browser tests use it) or the floor page's, once there. */
export function findMap(): MapLibreMap | undefined {
  const app = (window as unknown as { migratiekaart?: { map: MapLibreMap } }).migratiekaart;
  return app?.map ?? window.floor?.map;
}

export function mapOf(): MapLibreMap {
  const m = findMap();
  if (!m) throw new Error('no map on this page');
  return m;
}

export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Resolves on the map's next event of this type, or after `timeout` ms with `fallback`. */
export function nextMapEvent<T>(m: MapLibreMap, type: 'idle' | 'render', timeout: number, value: () => T, fallback: T) {
  return new Promise<T>((resolve) => {
    const t = setTimeout(() => resolve(fallback), timeout);
    m.once(type, () => {
      clearTimeout(t);
      resolve(value());
    });
  });
}

/**
 * The GPU programs the map has compiled so far (MapLibre's program cache,
 * internal: one key per shader variant, e.g. "fill", "lineSDF" with the paint
 * properties that are per-feature attributes). Each costs a compile in
 * SwiftShader; empty when MapLibre's internals change.
 */
export function programsOf(m: MapLibreMap): string[] {
  const cache = (m as unknown as { painter?: { programCache?: { programs?: Record<string, unknown> } } }).painter
    ?.programCache?.programs;
  return Object.keys(cache ?? {}).sort();
}
