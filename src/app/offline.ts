/**
 * Service worker registration (precache for offline briefings) and the
 * online/offline and "new version" signals the header shows.
 */
import { registerSW } from 'virtual:pwa-register';
import type { AppStore } from '../state/store';
import { afterFirstLoad } from './firstLoad';

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
