/**
 * When the first load is over: every data file loaded or failed, and the map
 * drawn (or failed). Work that only pays later, like the service worker's
 * precache (~420 KB gzip, 63 files), starts then and on an idle main thread.
 * Started at "data settled", the precache ran while the map was still
 * waiting for its worker, and slowed the first load by ~450 ms (bench, with
 * service workers allowed as users have them: docs/performance.md).
 */
import { DATA_PATHS, type DataKey } from '../data/loadAppData';
import { type AppState, type AppStore, isSettled } from '../state/store';

/** If the map never draws (a view without it, a failure not reported), the work starts anyway after this. */
export const FIRST_LOAD_FALLBACK_MS = 15_000;

export function firstLoadOver(s: AppState): boolean {
  const data = (Object.keys(DATA_PATHS) as DataKey[]).every((k) => isSettled(s.status[k]));
  return data && (s.mapDrawn || s.mapError !== null);
}

export function afterFirstLoad(store: AppStore, win: Window, run: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    unsubscribe();
    win.clearTimeout(fallback);
    // Safari has no requestIdleCallback.
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: 5000 });
    else win.setTimeout(run, 2000);
  };
  const unsubscribe = store.subscribe((s) => {
    if (firstLoadOver(s)) start();
  });
  const fallback = win.setTimeout(start, FIRST_LOAD_FALLBACK_MS);
  if (firstLoadOver(store.getState())) start();
}
