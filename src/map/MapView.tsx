/**
 * Mounts the MapLibre map once the geometry is loaded and wires store changes
 * to MapController calls. Filters become feature-state, never new sources,
 * layers or filters.
 */
import { useEffect, useRef, useState } from 'react';
import { useFilterContext, useProgrammes, useT } from '../state/hooks';
import { matchingCountries } from '../state/selectors';
import { useAppStore } from '../state/store';
import { onUrlCamera, takeInitialCamera, writeCamera } from '../state/urlSync';
import { countryBounds } from './bounds';
import { onCameraRequest } from './cameraRequests';
import { computeCountryStates } from './countryStates';
import { HoverTooltip } from './HoverTooltip';
import { setLiveMap } from './liveMap';
import { type HoverInfo, MapController } from './MapController';

declare global {
  interface Window {
    /** Test hook, present only under WebDriver automation. */
    migratiekaart?: { controller: MapController };
  }
}

export function MapView({ hidden }: { hidden: boolean }) {
  const t = useT();
  const container = useRef<HTMLElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const [ready, setReady] = useState(false);
  // Filters, selection, language and layers go to the map as soon as its style exists, so the first
  // complete frame already shows them (instead of a second pass after 'load').
  const [styleReady, setStyleReady] = useState(false);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const countries = useAppStore((s) => s.data.countries);
  const labels = useAppStore((s) => s.data.labels);
  const posts = useAppStore((s) => s.data.posts);
  const routes = useAppStore((s) => s.data.routes);
  const context = useAppStore((s) => s.data.context);
  const programmes = useProgrammes();
  const selection = useAppStore((s) => s.selection);
  const lang = useAppStore((s) => s.lang);
  const layers = useAppStore((s) => s.layers);
  const mapError = useAppStore((s) => s.mapError);
  const filters = useFilterContext();

  // Mount once the geometry is there. Missing posts/routes files only cost those layers.
  const geometryReady = countries && labels;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map mounts once; later data arrives through setSourceData below.
  useEffect(() => {
    if (!container.current || !geometryReady || controllerRef.current) return;
    const store = useAppStore.getState();
    // No separate WebGL probe (a throwaway context costs ~0.2 s at load): without
    // WebGL, MapLibre's constructor throws, and that lands in the catch below.
    const empty = { type: 'FeatureCollection' as const, features: [] };
    let controller: MapController;
    try {
      controller = new MapController(
        container.current,
        { countries, labels, posts: posts ?? empty, routes: routes ?? empty, context: context ?? empty },
        store.lang,
        takeInitialCamera(),
        {
          onSelect: (s) => useAppStore.getState().select(s),
          onHover: setHover,
          onMoveEnd: (c) => writeCamera(c),
          onStyleReady: () => setStyleReady(true),
          onReady: () => setReady(true),
          onError: (m) => console.warn('map:', m),
        },
      );
    } catch (e) {
      // MapLibre's own text is a long English paragraph with a link; the notice says it in the user's language.
      const message = (e as Error).message;
      store.setMapError(/webgl/i.test(message) ? { kind: 'no-webgl' } : { kind: 'failed', message });
      return;
    }
    controllerRef.current = controller;
    setLiveMap(controller);
    if (navigator.webdriver) window.migratiekaart = { controller };
    const offCamera = onUrlCamera((c) => controller.jumpTo(c));
    const offRequests = onCameraRequest((r) => controller.moveTo(r.camera, r.animate));
    return () => {
      offCamera();
      offRequests();
      setLiveMap(null);
      controller.destroy();
      controllerRef.current = null;
      setReady(false);
      setStyleReady(false);
    };
  }, [geometryReady]);

  // Posts or routes that arrive after the map (or after a retry) are set as data once.
  useEffect(() => {
    const c = controllerRef.current;
    if (!c || !styleReady) return;
    if (posts) c.setSourceData('posts', posts);
    if (routes) c.setSourceData('routes', routes);
    if (context) c.setSourceData('context', context);
  }, [styleReady, posts, routes, context]);

  // Filters -> feature-state (choropleth class, focus roles, match, dim).
  useEffect(() => {
    const c = controllerRef.current;
    if (!c || !styleReady || !countries || !filters) return;
    c.applyCountryStates(computeCountryStates(countries, programmes, filters));
    if (posts) c.setPostCountries(matchingCountries(programmes, filters));
  }, [styleReady, countries, programmes, posts, filters]);

  useEffect(() => {
    const c = controllerRef.current;
    if (!c || !styleReady) return;
    c.setSelectedCountry(selection?.kind === 'country' ? selection.iso3 : null);
  }, [styleReady, selection]);

  // Fit a selected country into view (explicit camera move; the URL follows on moveend).
  const selectedIso3 = selection?.kind === 'country' ? selection.iso3 : null;
  // A link's own camera wins over fitting its selection on first load.
  const linkCamera = useRef(takeInitialCamera() !== null);
  useEffect(() => {
    const c = controllerRef.current;
    if (!c || !ready || !selectedIso3 || !countries || useAppStore.getState().scene !== null) return;
    if (linkCamera.current) {
      linkCamera.current = false;
      return;
    }
    const b = countryBounds(countries, selectedIso3);
    if (b && !c.boundsVisible(b)) c.fitBounds(b);
  }, [ready, selectedIso3, countries]);

  useEffect(() => {
    if (styleReady) controllerRef.current?.setLang(lang);
  }, [styleReady, lang]);

  useEffect(() => {
    if (styleReady) controllerRef.current?.setLayers(layers);
  }, [styleReady, layers]);

  useEffect(() => {
    if (!hidden) controllerRef.current?.map.resize();
  }, [hidden]);

  if (mapError) return null;
  return (
    <div className="map-wrap" hidden={hidden}>
      <section
        ref={container}
        className="map"
        aria-label={t('mapLabel')}
        aria-describedby="map-summary"
        data-ready={ready ? 'true' : 'false'}
      />
      {hover && <HoverTooltip hover={hover} />}
    </div>
  );
}
