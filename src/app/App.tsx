import { lazy, Suspense, useRef, useState } from 'react';
import { CountrySearch } from '../components/CountrySearch';
import { DetailPanel } from '../components/DetailPanel';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { FilterSheet } from '../components/FilterSheet';
import { FiltersPanel } from '../components/FiltersPanel';
import { Footer } from '../components/Footer';
import { Header } from '../components/Header';
import { Legend } from '../components/Legend';
import { MapFilterChip } from '../components/MapFilterChip';
import { Notices } from '../components/Notices';
import { Presentation } from '../components/Presentation';
import { usePhoneLayout } from '../components/phoneLayout';
import { TableView } from '../components/TableView';
import { TimelineView } from '../components/TimelineView';
import { MapView } from '../map/MapView';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';

// Plot is only loaded when someone opens the figures.
const ChartsView = lazy(() => import('../components/charts/ChartsView'));

/**
 * The page: header, filters | map | panel, footer. On a phone (components/phoneLayout.ts)
 * the filters are a chip that opens a sheet and the panel is a bottom sheet over the
 * map, both inside `.stage-body` (which is `display: contents` on a desktop).
 */
export function App() {
  const t = useT();
  const phone = usePhoneLayout();
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.view);
  const mapError = useAppStore((s) => s.mapError);
  const presenting = useAppStore((s) => s.scene !== null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const chip = useRef<HTMLButtonElement>(null);
  const showCharts = view === 'charts';
  const showTimeline = view === 'timeline';
  const showTable = view === 'table' || (mapError !== null && !showCharts && !showTimeline);
  const hideMap = showTable || showCharts || showTimeline;
  const closeFilters = () => {
    setFiltersOpen(false);
    // After the dialog has closed and given focus back itself.
    setTimeout(() => chip.current?.focus(), 0);
  };
  const filterChip = (onMap: boolean) => (
    <MapFilterChip open={filtersOpen} onOpen={() => setFiltersOpen(true)} buttonRef={chip} onMap={onMap} />
  );
  const panel = (
    <ErrorBoundary name="panel-frame">
      <DetailPanel />
    </ErrorBoundary>
  );
  return (
    <div className={presenting ? 'app presenting' : 'app'} lang={lang}>
      <Header search={<CountrySearch />} />
      <Notices />
      <div className="layout">
        {!phone && (
          <ErrorBoundary name="filters">
            <FiltersPanel />
          </ErrorBoundary>
        )}
        <main className="stage" id="main">
          <div className="stage-body">
            {phone && hideMap && filterChip(false)}
            <div className={hideMap ? 'map-area is-hidden' : 'map-area'}>
              <ErrorBoundary name="map">
                <MapView hidden={hideMap} />
              </ErrorBoundary>
              {!hideMap && phone && !presenting && filterChip(true)}
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
            {phone && panel}
          </div>
          <Footer />
        </main>
        {!phone && panel}
      </div>
      {phone && filtersOpen && <FilterSheet onClose={closeFilters} />}
    </div>
  );
}
