import { type ReactNode, Suspense, useEffect } from 'react';
import { CountrySearch } from '../components/CountrySearch';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { FiltersPanel } from '../components/FiltersPanel';
import { Footer } from '../components/Footer';
import { Header } from '../components/Header';
import { Legend } from '../components/Legend';
import { lazyPart } from '../components/lazyPart';
import { Notices } from '../components/Notices';
import { MapView } from '../map/MapView';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';

// What the first view does not show is a chunk of its own, fetched when it is first shown
// (Plot, in the figures, alone is ~90 KB gzip). The service worker precaches every chunk.
const ChartsView = lazyPart(() => import('../components/charts/ChartsView').then((m) => m.default));
const TableView = lazyPart(() => import('../components/TableView').then((m) => m.TableView));
const TimelineView = lazyPart(() => import('../components/TimelineView').then((m) => m.TimelineView));
const Presentation = lazyPart(() => import('../components/Presentation').then((m) => m.Presentation));
const DetailPanel = lazyPart(() => import('../components/DetailPanel').then((m) => m.DetailPanel));

/** The panel is fetched at the first sign of use (a pointer over the page, a key, focus), so a click does not wait for it. */
function usePreloadOnFirstUse() {
  useEffect(() => {
    const events = ['pointermove', 'pointerdown', 'keydown', 'focusin'] as const;
    const preload = () => {
      for (const e of events) document.removeEventListener(e, preload, true);
      DetailPanel.preload();
    };
    for (const e of events) document.addEventListener(e, preload, { capture: true, passive: true });
    return preload;
  }, []);
}

/** A lazy part inside its error boundary, with a line of text while its chunk loads. */
function Part({ name, children }: { name: string; children: ReactNode }) {
  const t = useT();
  return (
    <ErrorBoundary name={name}>
      <Suspense fallback={<p className="part-loading">{t('loading')}</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.view);
  const mapError = useAppStore((s) => s.mapError);
  const presenting = useAppStore((s) => s.scene !== null);
  const selected = useAppStore((s) => s.selection !== null);
  usePreloadOnFirstUse();
  const showCharts = view === 'charts';
  const showTimeline = view === 'timeline';
  const showTable = view === 'table' || (mapError !== null && !showCharts && !showTimeline);
  const hideMap = showTable || showCharts || showTimeline;
  return (
    <div className={presenting ? 'app presenting' : 'app'} lang={lang}>
      <Header search={<CountrySearch />} />
      <Notices />
      <div className="layout">
        <ErrorBoundary name="filters">
          <FiltersPanel />
        </ErrorBoundary>
        <main className="stage" id="main">
          <div className={hideMap ? 'map-area is-hidden' : 'map-area'}>
            <ErrorBoundary name="map">
              <MapView hidden={hideMap} />
            </ErrorBoundary>
            {!hideMap && (
              <ErrorBoundary name="legend">
                <Legend />
              </ErrorBoundary>
            )}
            {!hideMap && presenting && (
              <ErrorBoundary name="presentation">
                <Suspense fallback={null}>
                  <Presentation />
                </Suspense>
              </ErrorBoundary>
            )}
          </div>
          {showTable && (
            <Part name="table">
              <TableView />
            </Part>
          )}
          {showTimeline && (
            <Part name="timeline">
              <TimelineView />
            </Part>
          )}
          {showCharts && (
            <Part name="charts">
              <ChartsView />
            </Part>
          )}
          <Footer />
        </main>
        {selected && (
          <ErrorBoundary name="panel-frame">
            <Suspense
              fallback={
                <aside className="panel" aria-busy="true" data-map-overlay="">
                  <p className="part-loading">{t('loading')}</p>
                </aside>
              }
            >
              <DetailPanel />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </div>
  );
}
