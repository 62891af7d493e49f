/**
 * The embed page (embed.html): the map of one view with its legend and source
 * line, nothing else. The map is a picture here, not a tool: the whole of it
 * links to the full app at the same view, in a new tab (a map that pans under
 * a host page's scrolling gets in the reader's way).
 */

import { ErrorBoundary } from '../components/ErrorBoundary';
import { fullAppUrl } from '../components/embedLink';
import './embed.css';
import { Legend } from '../components/Legend';
import { MapView } from '../map/MapView';
import { useT, useYearContext } from '../state/hooks';
import { useAppStore } from '../state/store';

/** The link follows the URL, which the app keeps in step with the view (ids it dropped, the camera). */
const refresh = (e: { currentTarget: HTMLAnchorElement }) => {
  e.currentTarget.href = fullAppUrl(window.location.href);
};

export function EmbedApp() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const yc = useYearContext();
  const href = fullAppUrl(window.location.href);
  return (
    <div className="app embed" lang={lang}>
      <div className="map-area">
        <ErrorBoundary name="map">
          <MapView hidden={false} />
        </ErrorBoundary>
        <a
          className="embed-open-map"
          href={href}
          target="_blank"
          rel="noopener"
          onClick={refresh}
          onFocus={refresh}
          onMouseEnter={refresh}
        >
          <span className="visually-hidden">{t('embedOpenLabel')}</span>
        </a>
        <ErrorBoundary name="legend">
          <Legend />
        </ErrorBoundary>
      </div>
      <footer className="footer embed-footer">
        <p className="source-line">{t('sourceLine', { year: yc?.latestEdition ?? 2023 })}</p>
        <a className="embed-open" href={href} target="_blank" rel="noopener" onClick={refresh} onFocus={refresh}>
          {t('embedOpen')}
        </a>
      </footer>
    </div>
  );
}
