/**
 * Mounts the MapLibre map once the geometry is loaded and hands every store
 * change to `applyView` (the same call the PNG export makes). Filters become
 * feature-state, never new sources, layers or filters.
 */
import { useEffect, useRef, useState } from 'react';
import { useFilterContext, useProgrammes, useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { onUrlCamera, takeInitialCamera, writeCamera } from '../state/urlSync';
import { applyView, initialViewOf } from './applyView';
import { type CameraRequest, onCameraRequest } from './cameraRequests';
import { setClustersOnScreen } from './clustersOnScreen';
import { HoverTooltip } from './HoverTooltip';
import type { HoverInfo } from './interaction';
import { setLiveMap } from './liveMap';
import { loadMapController } from './loadMapController';
import type { MapController } from './MapController';
import { MapEmptyNote } from './MapEmptyNote';
import { measurePadding, OVERLAY_ATTRIBUTE, watchOverlays } from './overlays';

function perform(controller: MapController, r: CameraRequest) {
  if ('exact' in r) controller.jumpTo(r.exact, r.pinned);
  else if ('data' in r) controller.fitData(r.animate);
  else controller.moveTo(r.camera, r.animate);
}

declare global {
  interface Window {
    /** Test hook, present only under WebDriver automation: tests query the MapLibre map for what is drawn. */
    migratiekaart?: { controller: MapController; map: ReturnType<MapController['mapForTests']> };
  }
}

export function MapView({ hidden }: { hidden: boolean }) {
  const t = useT();
  const container = useRef<HTMLElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const [ready, setReady] = useState(false);
  // The view goes to the map as soon as its style exists, so the first complete frame
  // already shows it (instead of a second pass after 'load').
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
  const presenting = useAppStore((s) => s.scene !== null);

  // What the map starts with when its chunk arrives: this render's data, not the first effect's.
  const latest = useRef({ countries, labels, posts, routes, context, programmes, filters });
  latest.current = { countries, labels, posts, routes, context, programmes, filters };

  // Mount once the geometry and MapLibre are there. Missing posts/routes files only cost those layers.
  const geometryReady = Boolean(countries && labels);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map mounts once; `mount` reads the latest data from a ref, and later data arrive through setSourceData below.
  useEffect(() => {
    if (!container.current || !geometryReady || controllerRef.current) return;
    const el = container.current;
    let unmount: (() => void) | null = null;
    let gone = false;
    loadMapController().then(
      ({ MapController }) => {
        if (!gone) unmount = mount(el, MapController);
      },
      (e: unknown) => {
        // The chunk could not be fetched (offline before the service worker had it): said, with the table
        // instead and a retry (which clears the error, so this effect runs again on a new container).
        if (!gone) {
          console.warn('map:', (e as Error).message);
          useAppStore.getState().setMapError({ kind: 'not-loaded' });
        }
      },
    );
    return () => {
      gone = true;
      unmount?.();
    };
  }, [geometryReady, mapError]);

  /** Makes the map in `el`; returns what undoes it. */
  function mount(el: HTMLElement, Controller: typeof MapController): (() => void) | null {
    const store = useAppStore.getState();
    const { countries, labels, posts, routes, context, programmes, filters } = latest.current;
    if (!countries || !labels) return null;
    // No separate WebGL probe (a throwaway context costs ~0.2 s at load): without
    // WebGL, MapLibre's constructor throws, and that lands in the catch below.
    const empty = { type: 'FeatureCollection' as const, features: [] };
    let controller: MapController;
    try {
      controller = new Controller(
        el,
        { countries, labels, posts: posts ?? empty, routes: routes ?? empty, context: context ?? empty },
        store.lang,
        takeInitialCamera(),
        {
          onSelect: (s) => useAppStore.getState().select(s),
          onHover: setHover,
          onMoveEnd: (c, kind) => writeCamera(c, kind),
          onStyleReady: () => setStyleReady(true),
          onReady: () => {
            setReady(true);
            useAppStore.getState().setMapDrawn();
          },
          // For the bench's "time to usable map" and for tests: set on the element at once, not through a
          // React render, so the time it appears is the time of the frame.
          onUsable: () => el.setAttribute('data-usable', 'true'),
          onError: (m) => console.warn('map:', m),
          onClustersDrawn: (n) => setClustersOnScreen(n, () => controller.clusteredPostsOnScreen()),
        },
        {},
        // Usually known by now (the programmes and editions load before the larger country shapes).
        filters ? initialViewOf({ countries, programmes, filters }) : undefined,
      );
    } catch (e) {
      // MapLibre's own text is a long English paragraph with a link; the notice says it in the user's language.
      const message = (e as Error).message;
      store.setMapError(/webgl/i.test(message) ? { kind: 'no-webgl' } : { kind: 'failed', message });
      return null;
    }
    controllerRef.current = controller;
    setLiveMap(controller);
    if (navigator.webdriver) window.migratiekaart = { controller, map: controller.mapForTests() };
    const offCamera = onUrlCamera((c) => controller.jumpTo(c));
    const offRequests = onCameraRequest((r) => perform(controller, r));
    // Panel, sheet, scene card, legend and controls: every framing keeps clear of them.
    const offOverlays = watchOverlays(el, (p) => controller.setOverlayPadding(p));
    return () => {
      offCamera();
      offRequests();
      offOverlays();
      setLiveMap(null);
      setClustersOnScreen(0, null);
      controller.destroy();
      controllerRef.current = null;
      el.removeAttribute('data-usable');
      setReady(false);
      setStyleReady(false);
    };
  }

  // Posts or routes that arrive after the map (or after a retry) are set as data once.
  useEffect(() => {
    const c = controllerRef.current;
    if (!c || !styleReady) return;
    if (posts) c.setSourceData('posts', posts);
    if (routes) c.setSourceData('routes', routes);
    if (context) c.setSourceData('context', context);
  }, [styleReady, posts, routes, context]);

  // Filters, selection, language and layers -> feature-state, outline sources and layout (each only when changed).
  useEffect(() => {
    const c = controllerRef.current;
    if (!c || !styleReady || !countries || !filters) return;
    applyView(c, { countries, programmes, filters, selection, lang, layers, largeLabels: presenting });
  }, [styleReady, countries, programmes, filters, selection, lang, layers, presenting]);

  // The first view frames the countries with data for the filters, unless the link names a camera,
  // a country (fitted below) or a scene (the presenter moves the camera).
  const framedFirst = useRef(false);
  useEffect(() => {
    const c = controllerRef.current;
    if (!c || !styleReady || !filters || framedFirst.current) return;
    framedFirst.current = true;
    const s = useAppStore.getState();
    if (takeInitialCamera() !== null || s.scene !== null || s.selection?.kind === 'country') return;
    c.fitData(false);
  }, [styleReady, filters]);

  // A name tooltip left over the map would sit over another country once the panel opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every selection change.
  useEffect(() => setHover(null), [selection]);

  // Fit a selected country into view (explicit camera move; the URL follows on moveend).
  const selectedIso3 = selection?.kind === 'country' ? selection.iso3 : null;
  // A link's own camera wins over fitting its selection on first load.
  const linkCamera = useRef(takeInitialCamera() !== null);
  useEffect(() => {
    const c = controllerRef.current;
    if (!c || !ready || !selectedIso3 || useAppStore.getState().scene !== null) return;
    if (linkCamera.current) {
      linkCamera.current = false;
      return;
    }
    // The panel or phone sheet this selection opens is already in the page, but the overlay
    // watcher measures it only in the next frame: decide with its padding, not the last one.
    if (container.current) c.setOverlayPadding(measurePadding(container.current));
    c.fitCountry(selectedIso3);
  }, [ready, selectedIso3]);

  useEffect(() => {
    if (!hidden) controllerRef.current?.resize();
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
      {ready && <MapEmptyNote />}
      {ready && (
        <div className="map-controls" {...{ [OVERLAY_ATTRIBUTE]: '' }}>
          <button type="button" onClick={() => controllerRef.current?.fitData(true)}>
            {t('fitToData')}
          </button>
        </div>
      )}
    </div>
  );
}
