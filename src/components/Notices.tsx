/** Load failures (with retry), unreadable links and a missing map, named plainly. */

import { useEffect, useState } from 'react';
import { DATA_PATHS, type DataKey } from '../data/loadAppData';
import { loadOne } from '../state/dataLoading';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';

/** After this long, a file still loading is named, so a slow network is not a mystery. */
const SLOW_MS = 4000;

function useSlowFiles(): DataKey[] {
  const status = useAppStore((s) => s.status);
  const [slow, setSlow] = useState<DataKey[]>([]);
  useEffect(() => {
    const loading = (Object.keys(status) as DataKey[]).filter((k) => status[k] === 'loading');
    if (loading.length === 0) {
      setSlow([]);
      return;
    }
    const timer = setTimeout(() => setSlow(loading), SLOW_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return slow;
}

export function Notices() {
  const t = useT();
  const slow = useSlowFiles();
  const loadErrors = useAppStore((s) => s.loadErrors);
  const notice = useAppStore((s) => s.notice);
  const mapError = useAppStore((s) => s.mapError);
  const setNotice = useAppStore((s) => s.setNotice);
  const setMapError = useAppStore((s) => s.setMapError);
  const failed = (Object.keys(loadErrors) as DataKey[]).filter((k) => loadErrors[k]);
  if (failed.length === 0 && !notice && !mapError && slow.length === 0) return null;
  return (
    <div className="notices">
      {slow.length > 0 && (
        <div className="notice" role="status" data-slow={slow.join(',')}>
          <span>{t('stillLoading', { what: slow.map((k) => DATA_PATHS[k]).join(', ') })}</span>
          <button
            type="button"
            onClick={() => {
              for (const key of slow) loadOne(useAppStore, key);
            }}
          >
            {t('retry')}
          </button>
        </div>
      )}
      {failed.map((key) => (
        <div key={key} className="notice notice-error" role="alert" data-failed={key}>
          <span>{t('loadFailed', { what: DATA_PATHS[key], why: loadErrors[key] ?? '' })}</span>
          <button type="button" onClick={() => loadOne(useAppStore, key)}>
            {t('retry')}
          </button>
        </div>
      ))}
      {mapError && (
        <div className="notice notice-error" role="alert" data-map-error="true">
          <span>
            {mapError.kind === 'not-loaded'
              ? t('mapNotLoaded')
              : t('mapUnavailable', { why: mapError.kind === 'no-webgl' ? t('noWebgl') : mapError.message })}
          </span>
          {/* Only a chunk that did not arrive can come on a second try; clearing the error mounts the map again. */}
          {mapError.kind === 'not-loaded' && (
            <button type="button" onClick={() => setMapError(null)}>
              {t('retry')}
            </button>
          )}
        </div>
      )}
      {notice && (
        <div className="notice" role="status">
          <span>
            {notice.kind === 'link-ignored' ? t('urlNotice', { params: notice.params.join(', ') }) : notice.text}
          </span>
          <button type="button" onClick={() => setNotice(null)}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
