/** Offline indicator and "new version available" prompt in the header. */
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';

export function ConnectivityBadge() {
  const t = useT();
  const { online, updateReady } = useAppStore((s) => s.connectivity);
  return (
    <>
      {!online && (
        <output className="badge badge-offline" aria-live="polite">
          {t('offline')}
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
