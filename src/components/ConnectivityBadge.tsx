/** Offline indicator and "new version available" prompt in the header. */
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';

/** Offline use is promised only where a service worker controls the page (never on the dev server, nor before the first install). */
const controlled = () => typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;

export function ConnectivityBadge() {
  const t = useT();
  const { online, updateReady } = useAppStore((s) => s.connectivity);
  return (
    <>
      {!online && (
        <output className="badge badge-offline" aria-live="polite">
          {controlled() ? t('offlineStored') : t('offlineNotStored')}
        </output>
      )}
      {updateReady && (
        <button type="button" className="badge badge-update" onClick={updateReady}>
          {t('updateAvailable')}
        </button>
      )}
    </>
  );
}
