/**
 * Fetches the compiled files from the app's own origin. Each file loads and
 * fails on its own, so a missing routes file costs the routes, not the app.
 */
import { OUTPUT_FILES, type OutputKey } from '../model/outputFiles';
import type { AppData } from './types';

export type DataKey = OutputKey;

/** Where each file lives under the app's base URL. */
export const DATA_PATHS: Record<DataKey, string> = OUTPUT_FILES;

export class DataLoadError extends Error {
  constructor(
    readonly key: DataKey,
    readonly path: string,
    readonly reason: 'http' | 'network' | 'parse' | 'shape' | 'timeout',
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

/**
 * A file that has not arrived after this long fails with a retry button. Well
 * above the countries file on a slow 3G line (150 KB gzip in ~4 s), far below
 * a user's patience in a briefing.
 */
const LOAD_TIMEOUT_MS = 30_000;

export interface LoadOptions {
  fetchImpl?: typeof fetch;
  base?: string;
  /** Aborts the request, e.g. when the user retries a slow file. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

export async function loadDataFile<K extends DataKey>(key: K, options: LoadOptions = {}): Promise<AppData[K]> {
  const { fetchImpl = fetch, base = import.meta.env?.BASE_URL ?? '/', signal, timeoutMs = LOAD_TIMEOUT_MS } = options;
  const path = DATA_PATHS[key];
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const failure = (e: unknown, reason: 'network' | 'parse') => {
    if (timeout.aborted) return new DataLoadError(key, path, 'timeout', `no answer after ${timeoutMs / 1000} s`);
    if (signal?.aborted) return new DataLoadError(key, path, 'network', 'cancelled');
    return new DataLoadError(key, path, reason, reason === 'parse' ? 'not valid JSON' : (e as Error).message);
  };
  let response: Response;
  try {
    response = await fetchImpl(`${base}${path}`, { signal: combined });
  } catch (e) {
    throw failure(e, 'network');
  }
  if (!response.ok) throw new DataLoadError(key, path, 'http', `HTTP ${response.status}`);
  let value: unknown;
  try {
    // The body can stall too; the same signal covers it.
    value = await response.json();
  } catch (e) {
    throw failure(e, 'parse');
  }
  if (!hasShape(key, value)) throw new DataLoadError(key, path, 'shape', 'unexpected content');
  return value as AppData[K];
}
