/**
 * Fetches the compiled files from the app's own origin. Each file loads and
 * fails on its own, so a missing routes file costs the routes, not the app.
 */
import type { AppData } from './types';

export type DataKey = keyof AppData;

export const DATA_PATHS: Record<DataKey, string> = {
  countries: 'geo/countries.geojson',
  labels: 'geo/labels.geojson',
  posts: 'geo/posts.geojson',
  routes: 'geo/routes.geojson',
  context: 'geo/context.geojson',
  programmes: 'data/programmes.json',
  moments: 'data/moments.json',
  statistics: 'data/statistics.json',
  notes: 'data/notes.json',
  dialogues: 'data/dialogues.json',
  editions: 'data/editions.json',
  scenes: 'data/scenes.json',
};

/** Files without which nothing sensible can be shown. */
export const ESSENTIAL: DataKey[] = ['countries', 'editions', 'programmes'];

export class DataLoadError extends Error {
  constructor(
    readonly key: DataKey,
    readonly path: string,
    readonly reason: 'http' | 'network' | 'parse' | 'shape',
    detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}

/** Minimal structural check: enough to fail with a clear message instead of a crash later. */
function hasShape(key: DataKey, value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  switch (key) {
    case 'countries':
    case 'labels':
    case 'posts':
    case 'routes':
    case 'context':
      return v.type === 'FeatureCollection' && Array.isArray(v.features);
    case 'statistics':
      return Array.isArray(v.figures);
    case 'editions':
      return Array.isArray(v.years) && typeof v.latest === 'number';
    default:
      return Array.isArray(value);
  }
}

export async function loadDataFile<K extends DataKey>(
  key: K,
  fetchImpl: typeof fetch = fetch,
  base: string = import.meta.env?.BASE_URL ?? '/',
): Promise<AppData[K]> {
  const path = DATA_PATHS[key];
  let response: Response;
  try {
    response = await fetchImpl(`${base}${path}`);
  } catch (e) {
    throw new DataLoadError(key, path, 'network', (e as Error).message);
  }
  if (!response.ok) throw new DataLoadError(key, path, 'http', `HTTP ${response.status}`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new DataLoadError(key, path, 'parse', 'not valid JSON');
  }
  if (!hasShape(key, value)) throw new DataLoadError(key, path, 'shape', 'unexpected content');
  return value as AppData[K];
}
