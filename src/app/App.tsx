import { Suspense, useRef, useState } from 'react';
import { CountrySearch } from '../components/CountrySearch';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { FilterSheet } from '../components/FilterSheet';
import { FiltersPanel } from '../components/FiltersPanel';
import { Footer } from '../components/Footer';
import { Header } from '../components/Header';
import { Legend } from '../components/Legend';
import { LazyBoundary, lazyPart, usePreloadOnFirstUse } from '../components/lazyPart';
import { MapFilterChip } from '../components/MapFilterChip';
import { Notices } from '../components/Notices';
import { usePhoneLayout } from '../components/phoneLayout';
import { usePresentationKeys } from '../components/usePresentationKeys';
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
  const selected = useAppStore((s) => s.selection !== null);
  // The panel's chunk is fetched at the first pointer, key or focus, so a click does not wait for it.
  usePreloadOnFirstUse(DetailPanel);
  usePresentationKeys();
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
  const panel = selected && (
    <ErrorBoundary name="panel-frame">
      <Suspense
        fallback={
          <aside className={phone ? 'panel is-sheet' : 'panel'} aria-busy="true" data-map-overlay="">
            <p className="part-loading">{t('loading')}</p>
          </aside>
        }
      >
        <DetailPanel />
      </Suspense>
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
              {!hideMap && presenting && (
                <ErrorBoundary name="presentation">
                  <Suspense fallback={null}>
                    <Presentation />
                  </Suspense>
                </ErrorBoundary>
              )}
            </div>
            {showTable && (
              <LazyBoundary name="table">
                <TableView />
              </LazyBoundary>
            )}
            {showTimeline && (
              <LazyBoundary name="timeline">
                <TimelineView />
              </LazyBoundary>
            )}
            {showCharts && (
              <LazyBoundary name="charts">
                <ChartsView />
              </LazyBoundary>
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
