/**
 * ViewState + camera <-> readable query string, e.g.
 *   ?prog=prospects,compass&year=2024&goal=reception-in-region&fill=programmes&country=NGA&lang=en&map=4/9.1/8.7
 * Defaults are left out, so the plain URL is the default view. Decoding never
 * throws: a value its reader (urlParams.ts) rejects falls back to the default and
 * its parameter name is reported in `ignored`, for a short notice.
 */
import { DEFAULT_VIEW_STATE, type Selection, type ViewState } from './types';
import { LAYER_IDS, type ParamName, type ParamValue, READERS } from './urlParams';

export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

export interface Decoded {
  state: ViewState;
  camera: Camera | null;
  /** Parameters present but unreadable (or unknown), in order. */
  ignored: string[];
}

const KNOWN = new Set<string>(Object.keys(READERS));

export function decodeUrl(search: string): Decoded {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const ignored: string[] = [];
  const read = <K extends ParamName>(key: K): ParamValue<K> | undefined => {
    const raw = q.get(key);
    if (raw === null) return undefined;
    const value = READERS[key](raw) as ParamValue<K> | undefined;
    if (value === undefined) ignored.push(key);
    return value;
  };
  for (const key of new Set(q.keys())) if (!KNOWN.has(key)) ignored.push(key);

  const d = DEFAULT_VIEW_STATE;
  const country = read('country');
  const post = read('post');
  const route = read('route');
  const selection: Selection | null = country
    ? { kind: 'country', iso3: country }
    : post
      ? { kind: 'post', id: post }
      : route
        ? { kind: 'route', id: route }
        : null;
  const layerList = read('layers');
  const layers = layerList
    ? (Object.fromEntries(LAYER_IDS.map((l) => [l, layerList.includes(l)])) as ViewState['layers'])
    : d.layers;
  const map = read('map');
  return {
    state: {
      lang: read('lang') ?? d.lang,
      programmes: [...new Set(read('prog') ?? d.programmes)],
      year: read('year') ?? d.year,
      goal: read('goal') ?? d.goal,
      fill: read('fill') ?? d.fill,
      selection,
      layers,
      view: read('view') ?? d.view,
      scene: read('scene') ?? d.scene,
    },
    camera: map ? { zoom: map[0], lat: map[1], lon: map[2] } : null,
    ignored,
  };
}

const fixed = (x: number, digits: number) => String(Number(x.toFixed(digits)));

export function encodeUrl(state: ViewState, camera: Camera | null): string {
  const d = DEFAULT_VIEW_STATE;
  const q: [string, string][] = [];
  if (state.programmes.length > 0) q.push(['prog', state.programmes.join(',')]);
  if (state.year !== d.year && state.year !== null) q.push(['year', String(state.year)]);
  if (state.goal !== d.goal) q.push(['goal', state.goal]);
  if (state.fill !== d.fill) q.push(['fill', state.fill]);
  const s = state.selection;
  if (s?.kind === 'country') q.push(['country', s.iso3]);
  if (s?.kind === 'post') q.push(['post', s.id]);
  if (s?.kind === 'route') q.push(['route', s.id]);
  if (LAYER_IDS.some((l) => state.layers[l] !== d.layers[l])) {
    const on = LAYER_IDS.filter((l) => state.layers[l]);
    q.push(['layers', on.length ? on.join(',') : 'none']);
  }
  if (state.view !== d.view) q.push(['view', state.view]);
  if (state.scene !== null) q.push(['scene', String(state.scene)]);
  if (state.lang !== d.lang) q.push(['lang', state.lang]);
  if (camera) q.push(['map', `${fixed(camera.zoom, 2)}/${fixed(camera.lat, 4)}/${fixed(camera.lon, 4)}`]);
  // Commas and slashes stay readable; everything else is encoded.
  return q.length === 0
    ? ''
    : `?${q.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%2F/g, '/')}`).join('&')}`;
}

/** What the data know, for checking a decoded state against it. */
export interface Known {
  programmes: Set<string>;
  years: number[];
  countries: Set<string>;
  posts: Set<string>;
  routes: Set<string>;
  /** Number of scenes in the story. */
  scenes: number;
}

/** Drops ids and years the data do not know; reports which parameters it dropped. */
export function sanitize(state: ViewState, known: Known): { state: ViewState; ignored: string[] } {
  const ignored: string[] = [];
  const programmes = state.programmes.filter((p) => known.programmes.has(p));
  if (programmes.length !== state.programmes.length) ignored.push('prog');
  let year = state.year;
  if (year !== null && !known.years.includes(year)) {
    ignored.push('year');
    year = null;
  }
  let selection = state.selection;
  if (
    (selection?.kind === 'country' && !known.countries.has(selection.iso3)) ||
    (selection?.kind === 'post' && !known.posts.has(selection.id)) ||
    (selection?.kind === 'route' && !known.routes.has(selection.id))
  ) {
    ignored.push(selection.kind);
    selection = null;
  }
  let scene = state.scene;
  if (scene !== null && scene > known.scenes) {
    ignored.push('scene');
    scene = null;
  }
  return { state: { ...state, programmes, year, selection, scene }, ignored };
}
