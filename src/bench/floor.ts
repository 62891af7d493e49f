/**
 * The bench's floor (floor.html, built only with BENCH=1): the same MapLibre
 * build and worker as the app, the same countries file and camera, one fill
 * layer on a background and nothing else. `npm run bench` compares the app's
 * load and filter-change times with this page's.
 *
 * ?w=&h= size the map (CSS px) like the app's map container; default: the window.
 * ?pdb=1 turns on preserveDrawingBuffer, as the app does for its PNG export.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// The bundled worker must be named explicitly, as in src/main.tsx.
setWorkerUrl(workerUrl);

/** The app's start view (src/map/MapController.ts DEFAULT_CAMERA). */
const CAMERA = { zoom: 2.2, lat: 22, lon: 22 };
const FILTERS = [
  ['==', ['get', 'neutral'], false],
  ['!=', ['get', 'neutral'], true],
] as const;

export interface Floor {
  map: MapLibreMap;
  /** One setFilter on the fill layer; resolves with ms to the next rendered frame. */
  setFilterOnce: () => Promise<number>;
}

declare global {
  interface Window {
    floor?: Floor;
  }
}

/** ms from t0 to the map's next `render` event, then the next animation frame. */
function nextFrame(map: MapLibreMap, t0: number): Promise<number> {
  return new Promise((resolve) => {
    map.once('render', () => requestAnimationFrame(() => resolve(performance.now() - t0)));
  });
}

async function start() {
  const box = document.getElementById('floor')!;
  const params = new URLSearchParams(location.search);
  const w = Number(params.get('w'));
  const h = Number(params.get('h'));
  Object.assign(document.body.style, { margin: '0' });
  // Over the map, so both pages' maps start at the same size (CSSOM, allowed by the CSP).
  const title = document.getElementById('floor-title');
  if (title)
    Object.assign(title.style, { position: 'absolute', zIndex: '1', margin: '4px 8px', font: '12px sans-serif' });
  Object.assign(box.style, { width: w > 0 ? `${w}px` : '100vw', height: h > 0 ? `${h}px` : '100vh' });

  const response = await fetch(`${import.meta.env.BASE_URL}geo/countries.geojson`);
  const countries = await response.json();
  const map = new MapLibreMap({
    container: box,
    center: [CAMERA.lon, CAMERA.lat],
    zoom: CAMERA.zoom,
    attributionControl: false,
    ...(params.get('pdb') === '1' ? { canvasContextAttributes: { preserveDrawingBuffer: true } } : {}),
    style: {
      version: 8,
      sources: { countries: { type: 'geojson', data: countries, promoteId: 'iso3' } },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#dbe8f0' } },
        {
          id: 'countries-fill',
          type: 'fill',
          source: 'countries',
          filter: FILTERS[0] as never,
          paint: { 'fill-color': '#f4f1ea', 'fill-outline-color': '#9a9a9a' },
        },
      ],
    },
  });
  let flip = 0;
  window.floor = {
    map,
    setFilterOnce: () => {
      flip = 1 - flip;
      const t0 = performance.now();
      const frame = nextFrame(map, t0);
      map.setFilter('countries-fill', FILTERS[flip] as never);
      return frame;
    },
  };
  map.on('load', () => {
    document.body.dataset.ready = 'true';
  });
}

void start();
