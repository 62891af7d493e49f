/**
 * Service worker registration (precache for offline briefings) and the
 * online/offline and "new version" signals the header shows.
 */
import { registerSW } from 'virtual:pwa-register';
import { DATA_PATHS, type DataKey } from '../data/loadAppData';
import { type AppState, type AppStore, isSettled } from '../state/store';

const allSettled = (s: AppState) => (Object.keys(DATA_PATHS) as DataKey[]).every((k) => isSettled(s.status[k]));

/**
 * Precaching downloads every file once more (~640 KB gzip): start it once the
 * first load has its data and the main thread is idle, so it never competes
 * with the map's first draw.
 */
function afterFirstLoad(store: AppStore, win: Window, run: () => void): void {
  // Safari has no requestIdleCallback.
  const idle = () =>
    typeof win.requestIdleCallback === 'function'
      ? win.requestIdleCallback(run, { timeout: 5000 })
      : setTimeout(run, 2000);
  if (allSettled(store.getState())) {
    idle();
    return;
  }
  const unsubscribe = store.subscribe((s) => {
    if (!allSettled(s)) return;
    unsubscribe();
    idle();
  });
}

export function startOffline(store: AppStore, win: Window = window): void {
  const setOnline = () => store.getState().setConnectivity({ online: win.navigator.onLine });
  win.addEventListener('online', setOnline);
  win.addEventListener('offline', setOnline);
  setOnline();
  if (!('serviceWorker' in win.navigator) || import.meta.env.DEV) return;
  afterFirstLoad(store, win, () => {
    const update = registerSW({
      immediate: true,
      onNeedRefresh: () => store.getState().setConnectivity({ updateReady: () => update(true) }),
      onOfflineReady: () => store.getState().setConnectivity({ offlineReady: true }),
    });
  });
}
