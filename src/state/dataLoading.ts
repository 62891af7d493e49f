/** Loads every data file into the store; a failed or slow file can be retried alone. */
import { DATA_PATHS, type DataKey, DataLoadError, loadDataFile } from '../data/loadAppData';
import type { AppStore } from '../state/store';

/** The request in flight per file, so a retry cancels the stalled one and its late answer is ignored. */
const inFlight = new Map<DataKey, AbortController>();

export function loadOne(store: AppStore, key: DataKey, fetchImpl: typeof fetch = fetch): Promise<void> {
  inFlight.get(key)?.abort();
  const controller = new AbortController();
  inFlight.set(key, controller);
  store.getState().setLoading(key);
  const current = () => inFlight.get(key) === controller;
  return loadDataFile(key, { fetchImpl, signal: controller.signal })
    .then(
      (value) => {
        if (current()) store.getState().setLoaded(key, value as never);
      },
      (e: unknown) => {
        if (!current()) return;
        store.getState().setLoadError(key, e instanceof DataLoadError ? e.message : `${DATA_PATHS[key]}: ${String(e)}`);
      },
    )
    .finally(() => {
      if (current()) inFlight.delete(key);
    });
}

export function startDataLoading(store: AppStore, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  return Promise.all((Object.keys(DATA_PATHS) as DataKey[]).map((k) => loadOne(store, k, fetchImpl)));
}
