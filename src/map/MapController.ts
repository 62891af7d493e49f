/**
 * Owns the MapLibre map: mounts sources and layers once, then only applies
 * feature-state, filters and layout changes. React never touches the map
 * directly; MapView wires store changes to these methods.
 */
import {
  type LayerSpecification,
  type MapGeoJSONFeature,
  Map as MapLibreMap,
  type StyleSpecification,
} from 'maplibre-gl';
import type { SceneCamera } from '../briefing/sceneState';
import type { ContextGeo, CountriesGeo, LabelsGeo, PostsGeo, RoutesGeo } from '../data/types';
import type { Lang, Layers, Selection } from '../state/types';
import type { Camera } from '../state/urlCodec';
import { type CountryState, fillStateChanges } from './countryStates';
import { contextLabelField, labelField, postsFilter, routesFilter } from './expressions';
import { arrowIcon, closedPostIcon } from './icons';
import * as L from './layers';
import {
  countriesByIso3,
  EMPTY_COLLECTION,
  outlineCollection,
  outlineRolesChanged,
  pointerCollection,
} from './outlines';
import { POST_CLOSED, ROUTE } from './palette';
import { hiddenPostIds, visibilityChanges } from './postVisibility';

export interface MapSources {
  countries: CountriesGeo;
  labels: LabelsGeo;
  posts: PostsGeo;
  routes: RoutesGeo;
  context: ContextGeo;
}

export interface HoverInfo {
  kind: Selection['kind'];
  key: string;
  x: number;
  y: number;
}

export interface MapCallbacks {
  onSelect: (s: Selection | null) => void;
  onHover: (h: HoverInfo | null) => void;
  onMoveEnd: (c: Camera) => void;
  /** The style and its sources exist: filters can be applied before the first full frame. */
  onStyleReady?: () => void;
  /** The first complete frame is drawn. */
  onReady: () => void;
  onError: (message: string) => void;
}

export const DEFAULT_CAMERA: Camera = { zoom: 2.2, lat: 22, lon: 22 };

/** A layer with its dynamic parts (filters, label language) at their start values. */
function withInitialState(layer: LayerSpecification, lang: Lang): LayerSpecification {
  switch (layer.id) {
    case L.labels.id:
      return { ...L.labels, layout: { ...L.labels.layout, 'text-field': labelField(lang) } };
    case L.contextLabels.id:
      return { ...L.contextLabels, layout: { ...L.contextLabels.layout, 'text-field': contextLabelField(lang) } };
    case L.routesLine.id:
      return { ...L.routesLine, filter: routesFilter(true) };
    case L.routesLineNoFigure.id:
      return { ...L.routesLineNoFigure, filter: routesFilter(false) };
    case L.postsOpen.id:
      return { ...L.postsOpen, filter: postsFilter('open') };
    case L.postsClosed.id:
      return { ...L.postsClosed, filter: postsFilter('closed') };
    default:
      return layer;
  }
}

/**
 * Deepest zoom the GeoJSON sources are cut into tiles at; deeper views
 * overzoom these. The boundaries are 1:50m shapes with 15% of their points, so
 * z6 tiles hold all their detail; without a cap the worker would cut (and
 * keep) new tiles at every zoom down to the map's maxZoom (9).
 */
const SOURCE_MAXZOOM = 6;

export function buildStyle(src: MapSources, lang: Lang): StyleSpecification {
  const geojson = { type: 'geojson', maxzoom: SOURCE_MAXZOOM } as const;
  return {
    version: 8,
    sources: {
      [L.SOURCES.countries]: { ...geojson, data: src.countries, promoteId: 'iso3' },
      // Filled by MapController once the filters are known.
      [L.SOURCES.outlines]: { ...geojson, data: EMPTY_COLLECTION },
      [L.SOURCES.pointer]: { ...geojson, data: EMPTY_COLLECTION },
      [L.SOURCES.labels]: { ...geojson, data: src.labels },
      [L.SOURCES.posts]: { ...geojson, data: src.posts, promoteId: 'id' },
      [L.SOURCES.routes]: { ...geojson, data: src.routes },
      [L.SOURCES.context]: { ...geojson, data: src.context },
    },
    layers: L.LAYERS.map((layer) => withInitialState(layer, lang)),
  };
}

export class MapController {
  readonly map: MapLibreMap;
  private states = new Map<string, CountryState>();
  private readonly countryShapes: ReturnType<typeof countriesByIso3>;
  private hovered: string | null = null;
  private selectedIso3: string | null = null;
  private posts: PostsGeo;
  /** The countries whose posts show; null: all. */
  private postCountries: ReadonlySet<string> | null = null;
  private hiddenPosts = new Set<string>();
  /** The data object each source was last given, so the same data is never sent (and re-tiled) twice. */
  private sourceData = new Map<string, unknown>();

  constructor(
    container: HTMLElement,
    sources: MapSources,
    lang: Lang,
    camera: Camera | null,
    private cb: MapCallbacks,
    /** Off-screen rendering for export: sharper pixels, no interaction, no fades. */
    render: { pixelRatio?: number; interactive?: boolean } = {},
  ) {
    const cam = camera ?? DEFAULT_CAMERA;
    this.posts = sources.posts;
    this.countryShapes = countriesByIso3(sources.countries);
    for (const id of ['posts', 'routes', 'context'] as const) this.sourceData.set(L.SOURCES[id], sources[id]);
    this.map = new MapLibreMap({
      container,
      // Spread, not `undefined`: MapLibre would take an explicit undefined over its default.
      ...(render.pixelRatio ? { pixelRatio: render.pixelRatio } : {}),
      ...(render.interactive === false ? { interactive: false } : {}),
      // No label cross-fades: a filter change settles in one frame instead of several (docs/performance.md).
      fadeDuration: 0,
      style: buildStyle(sources, lang),
      center: [cam.lon, cam.lat],
      zoom: cam.zoom,
      minZoom: 0.8,
      maxZoom: 9,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // Needed for PNG export: otherwise the canvas reads back transparent.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    if (render.interactive !== false) {
      this.map.touchZoomRotate.disableRotation();
      this.map.keyboard.disableRotation();
    }
    // Icons are drawn on demand; MapLibre 6 asks this resolver before warning.
    this.map.setMissingStyleImageResolver((id) => this.addIcon(id));
    this.map.once('style.load', () => cb.onStyleReady?.());
    this.map.on('load', () => cb.onReady());
    this.map.on('error', (e) => cb.onError(e.error?.message ?? 'map error'));
    this.map.on('click', (e) => cb.onSelect(this.hitAt(e.point.x, e.point.y)));
    this.map.on('mousemove', (e) => this.hoverAt(e.point.x, e.point.y));
    this.map.on('mouseout', () => this.hoverAt(-1, -1));
    this.map.on('moveend', () => cb.onMoveEnd(this.camera()));
  }

  camera(): Camera {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng };
  }

  private addIcon(id: string) {
    if (this.map.hasImage(id)) return;
    if (id === 'post-closed') this.map.addImage(id, closedPostIcon(POST_CLOSED), { pixelRatio: 2 });
    if (id === 'route-arrow') this.map.addImage(id, arrowIcon(ROUTE), { pixelRatio: 2 });
  }

  private featureAt(x: number, y: number): MapGeoJSONFeature | undefined {
    if (x < 0) return undefined;
    const layers = L.CLICKABLE.filter(
      (id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none',
    );
    const hits = this.map.queryRenderedFeatures([x, y], { layers });
    // queryRenderedFeatures returns top-most first; posts and routes sit above countries.
    // Posts hidden by the programme filter are still in the tiles: they are not there for the user.
    return hits.find(
      (f) => (f.properties?.iso3 !== null || f.layer.id !== L.countriesFill.id) && f.state?.hidden !== true,
    );
  }

  private toSelection(f: MapGeoJSONFeature | undefined): Selection | null {
    if (!f) return null;
    const p = f.properties ?? {};
    if (f.layer.id.startsWith('posts')) return { kind: 'post', id: String(p.id) };
    if (f.layer.id.startsWith('routes')) return { kind: 'route', id: String(p.id) };
    return typeof p.iso3 === 'string' ? { kind: 'country', iso3: p.iso3 } : null;
  }

  hitAt(x: number, y: number): Selection | null {
    return this.toSelection(this.featureAt(x, y));
  }

  private hoverAt(x: number, y: number) {
    const sel = this.toSelection(this.featureAt(x, y));
    const iso3 = sel?.kind === 'country' ? sel.iso3 : null;
    if (iso3 !== this.hovered) {
      this.hovered = iso3;
      this.drawPointer();
    }
    this.map.getCanvas().style.cursor = sel ? 'pointer' : '';
    this.cb.onHover(sel ? { kind: sel.kind, key: sel.kind === 'country' ? sel.iso3 : sel.id, x, y } : null);
  }

  private setSourceGeoJSON(id: string, data: unknown) {
    const source = this.map.getSource(id);
    if (source && 'setData' in source) (source as { setData: (d: unknown) => void }).setData(data);
  }

  private drawPointer() {
    this.setSourceGeoJSON(L.SOURCES.pointer, pointerCollection(this.countryShapes, this.hovered, this.selectedIso3));
  }

  /**
   * Applies the countries' filter-derived state: the fill's class and dimming
   * as feature-state on the countries that changed; the outline roles as new
   * data for the small outline source, only when a role changed.
   */
  applyCountryStates(next: Map<string, CountryState>) {
    for (const [iso3, s] of fillStateChanges(this.states, next))
      this.map.setFeatureState({ source: L.SOURCES.countries, id: iso3 }, { ...s });
    if (outlineRolesChanged(this.states, next))
      this.setSourceGeoJSON(L.SOURCES.outlines, outlineCollection(this.countryShapes, next));
    this.states = next;
  }

  setSelectedCountry(iso3: string | null) {
    if (iso3 === this.selectedIso3) return;
    this.selectedIso3 = iso3;
    this.drawPointer();
  }

  /** The countries drawn with this outline, from the map's own source (for tests and checks). */
  async outlinedCountries(role: 'focusR' | 'focusM' | 'match' | 'hover' | 'selected'): Promise<string[]> {
    const id = role === 'hover' || role === 'selected' ? L.SOURCES.pointer : L.SOURCES.outlines;
    const source = this.map.getSource(id) as { getData?: () => Promise<GeoJSON.GeoJSON> } | undefined;
    const data = await source?.getData?.();
    if (data?.type !== 'FeatureCollection') return [];
    return data.features
      .filter((f) => f.properties?.[role] === true)
      .map((f) => String(f.properties?.iso3))
      .sort();
  }

  /** Shows the posts in these countries (null: all posts); only posts that change are touched. */
  setPostCountries(countries: ReadonlySet<string> | null) {
    this.postCountries = countries;
    const next = hiddenPostIds(this.posts, countries);
    for (const [id, hidden] of visibilityChanges(this.hiddenPosts, next))
      this.map.setFeatureState({ source: L.SOURCES.posts, id }, { hidden });
    this.hiddenPosts = next;
  }

  setLang(lang: Lang) {
    this.map.setLayoutProperty(L.labels.id, 'text-field', labelField(lang));
    this.map.setLayoutProperty(L.contextLabels.id, 'text-field', contextLabelField(lang));
  }

  /** Shows or hides the toggled layers; only layers whose visibility changes are touched (each change re-tiles its source). */
  setLayers(layers: Layers) {
    for (const [key, ids] of Object.entries(L.TOGGLE_LAYERS) as [keyof Layers, readonly string[]][]) {
      const visibility = layers[key] ? 'visible' : 'none';
      for (const id of ids)
        if ((this.map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility)
          this.map.setLayoutProperty(id, 'visibility', visibility);
    }
  }

  setSourceData(id: 'posts' | 'routes' | 'context', data: PostsGeo | RoutesGeo | ContextGeo) {
    if (this.sourceData.get(L.SOURCES[id]) === data) return;
    this.sourceData.set(L.SOURCES[id], data);
    this.setSourceGeoJSON(L.SOURCES[id], data);
    if (id === 'posts') {
      // New posts (e.g. after a retry): start their visibility afresh.
      this.posts = data as PostsGeo;
      this.map.removeFeatureState({ source: L.SOURCES.posts });
      this.hiddenPosts = new Set();
      this.setPostCountries(this.postCountries);
    }
  }

  /** True when the box is already wholly on screen. */
  boundsVisible([w, s, e, n]: [number, number, number, number]): boolean {
    const b = this.map.getBounds();
    return b.contains([w, s]) && b.contains([e, n]);
  }

  fitBounds(bounds: [number, number, number, number]) {
    const small = Math.min(this.map.getContainer().clientWidth, this.map.getContainer().clientHeight) < 420;
    this.map.fitBounds(bounds, { padding: small ? 24 : 60, maxZoom: 5.5, duration: 600 });
  }

  /** A scene's camera: bounds or centre + zoom; flies when animated. */
  moveTo(camera: SceneCamera, animate: boolean) {
    const duration = animate ? 1400 : 0;
    if ('bounds' in camera) {
      const [w, s, e, n] = camera.bounds;
      this.map.fitBounds([w, s, e, n], { padding: 40, duration, essential: true });
    } else {
      const [lon, lat] = camera.center;
      this.map.flyTo({ center: [lon, lat], zoom: camera.zoom, duration, essential: true });
    }
  }

  jumpTo(c: Camera) {
    this.map.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom });
  }

  destroy() {
    this.map.remove();
  }
}
