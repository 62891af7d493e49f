import { lazy, Suspense } from 'react';
import { CountrySearch } from '../components/CountrySearch';
import { DetailPanel } from '../components/DetailPanel';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { FiltersPanel } from '../components/FiltersPanel';
import { Footer } from '../components/Footer';
import { Header } from '../components/Header';
import { Legend } from '../components/Legend';
import { Notices } from '../components/Notices';
import { Presentation } from '../components/Presentation';
import { TableView } from '../components/TableView';
import { TimelineView } from '../components/TimelineView';
import { MapView } from '../map/MapView';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';

// Plot is only loaded when someone opens the figures.
const ChartsView = lazy(() => import('../components/charts/ChartsView'));

export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.view);
  const mapError = useAppStore((s) => s.mapError);
  const presenting = useAppStore((s) => s.scene !== null);
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
            {!hideMap && (
              <ErrorBoundary name="presentation">
                <Presentation />
              </ErrorBoundary>
            )}
          </div>
          {showTable && (
            <ErrorBoundary name="table">
              <TableView />
            </ErrorBoundary>
          )}
          {showTimeline && (
            <ErrorBoundary name="timeline">
              <TimelineView />
            </ErrorBoundary>
          )}
          {showCharts && (
            <ErrorBoundary name="charts">
              <Suspense fallback={<p>{t('loading')}</p>}>
                <ChartsView />
              </Suspense>
            </ErrorBoundary>
          )}
          <Footer />
        </main>
        <ErrorBoundary name="panel-frame">
          <DetailPanel />
        </ErrorBoundary>
      </div>
    </div>
  );
}
