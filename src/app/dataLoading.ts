/** Loads every data file into the store; a failed file can be retried alone. */
import { DATA_PATHS, type DataKey, DataLoadError, loadDataFile } from '../data/loadAppData';
import type { AppStore } from '../state/store';

export function loadOne(store: AppStore, key: DataKey, fetchImpl: typeof fetch = fetch): Promise<void> {
  const s = store.getState();
  s.setLoading(key);
  return loadDataFile(key, fetchImpl).then(
    (value) => store.getState().setLoaded(key, value as never),
    (e: unknown) =>
      store.getState().setLoadError(key, e instanceof DataLoadError ? e.message : `${DATA_PATHS[key]}: ${String(e)}`),
  );
}

export function startDataLoading(store: AppStore, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  return Promise.all((Object.keys(DATA_PATHS) as DataKey[]).map((k) => loadOne(store, k, fetchImpl)));
}
