/**
 * Owns the MapLibre map: mounts sources and layers once, then only applies
 * feature-state, source data for the outlines and layout changes. Nothing
 * outside this class touches the MapLibre map (the WebDriver test hook
 * excepted): MapView and the PNG export go through `applyView` and the
 * methods below.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ContextGeo, PostsGeo, RoutesGeo } from '../data/types';
import type { Lang, Layers, Selection } from '../state/types';
import type { Camera } from '../state/urlCodec';
import type { Bounds, SceneCamera } from './camera';
import { CameraFraming, CHOSEN_EVENT, FRAMING_EVENT, moveKind, syncMapSize } from './cameraFraming';
import type { InitialView, MapCallbacks } from './controllerInput';
import { type CountryState, fillStateChanges } from './countryStates';
import { createMapLibreMap, type MapRender } from './createMap';
import { countriesBounds, dataCountries, type Padding } from './framing';
import { addMissingIcon } from './icons';
import { clusterOf, featureAt, pointerAt, selectionOf } from './interaction';
import { labelTextFields } from './labelLanguage';
import { labelSizeFor } from './layers/labels';
import { routeLabelSizeFor, routesMarks } from './layers/routes';
import { SOURCES } from './layers/sources';
import { TOGGLE_LAYERS } from './layers/stack';
import { countriesByIso3, outlineCollection, outlineRolesChanged, pointerCollection } from './outlines';
import { clusteredPostsOnScreen, clusterPosts, watchClusterCount } from './postClusters';
import { shownPosts } from './postVisibility';
import { routeMarks } from './routeMarks';
import { buildStyle, type MapSources } from './style';
import { watchUsable } from './usable';

export const DEFAULT_CAMERA: Camera = { zoom: 2.2, lat: 22, lon: 22 };

type OutlineRole = 'focusReception' | 'focusMigration' | 'match' | 'hover' | 'selected';

export class MapController {
  private readonly map: MapLibreMap;
  private states = new Map<string, CountryState>();
  /** The states whose roles the outline source holds. */
  private outlineStates = this.states;
  private readonly countryShapes: ReturnType<typeof countriesByIso3>;
  private readonly sourceCountries: MapSources['countries'];
  private hovered: string | null = null;
  private selectedIso3: string | null = null;
  private lang: Lang;
  private posts: PostsGeo;
  /** The countries whose posts show; null: all. */
  private postCountries: ReadonlySet<string> | null = null;
  /** The data object each source was last given, so the same data is never sent (and re-tiled) twice. */
  private sourceData = new Map<string, unknown>();
  private readonly framing: CameraFraming;
  private largeLabels = false;

  constructor(
    container: HTMLElement,
    sources: MapSources,
    lang: Lang,
    camera: Camera | null,
    private cb: MapCallbacks,
    /** Off-screen rendering for export: sharper pixels, no interaction, no fades. */
    render: MapRender = {},
    initial?: InitialView,
  ) {
    const cam = camera ?? DEFAULT_CAMERA;
    this.lang = lang;
    this.posts = sources.posts;
    this.countryShapes = countriesByIso3(sources.countries);
    this.sourceCountries = sources.countries;
    for (const id of ['routes', 'context'] as const) this.sourceData.set(SOURCES[id], sources[id]);
    if (initial) [this.outlineStates, this.postCountries] = [initial.states, initial.postCountries];
    const start = {
      outlines: outlineCollection(this.countryShapes, this.outlineStates),
      posts: shownPosts(this.posts, this.postCountries),
    };
    this.sourceData.set(SOURCES.posts, start.posts);
    this.map = createMapLibreMap(container, buildStyle(sources, lang, start), cam, render);
    // Icons are drawn on demand; MapLibre 6 asks this resolver before warning.
    this.map.setMissingStyleImageResolver((id) => addMissingIcon(this.map, id));
    this.map.once('style.load', () => cb.onStyleReady?.());
    this.map.on('load', () => cb.onReady());
    this.map.on('error', (e) => cb.onError(e.error?.message ?? 'map error'));
    // A cluster that vanished before its posts came back (the data changed) selects nothing.
    this.map.on('click', (e) => this.hitAt(e.point.x, e.point.y).then(cb.onSelect, () => cb.onSelect(null)));
    if (cb.onClustersDrawn) watchClusterCount(this.map, cb.onClustersDrawn);
    this.map.on('mousemove', (e) => this.hoverAt(e.point.x, e.point.y));
    this.map.on('mouseout', () => this.hoverAt(-1, -1));
    this.map.on('moveend', (e) => cb.onMoveEnd(this.camera(), moveKind(e)));
    this.framing = new CameraFraming(this.map);
    // "Usable" (usable.ts) also waits for the view's fill and outline roles (states applied) and for the posts.
    if (cb.onUsable) watchUsable(this.map, () => this.states.size > 0 && this.posts.features.length > 0, cb.onUsable);
  }

  /** The MapLibre map, for the WebDriver test hook only (window.migratiekaart.map): tests query what is drawn. */
  mapForTests(): MapLibreMap {
    return this.map;
  }

  camera(): Camera {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng };
  }

  /** What the map shows now, as [west, south, east, north] (a slide's legend lists only what is in it). */
  visibleBounds(): [number, number, number, number] {
    return this.map.getBounds().toArray().flat() as [number, number, number, number];
  }

  /** The container changed size (e.g. the map was hidden behind another view). */
  resize() {
    syncMapSize(this.map);
  }

  /** What a click here selects; a cluster of posts selects its posts (asked of the source's worker). */
  async hitAt(x: number, y: number): Promise<Selection | null> {
    const f = featureAt(this.map, x, y);
    const cluster = clusterOf(f);
    return cluster
      ? { kind: 'posts', ids: await clusterPosts(this.map, cluster.clusterId, this.posts, this.lang) }
      : selectionOf(f);
  }

  /** Every post inside a cluster drawn now: the keyboard's way to them (the legend's cluster entry). */
  clusteredPostsOnScreen(): Promise<string[]> {
    return clusteredPostsOnScreen(this.map, this.posts, this.lang);
  }

  private hoverAt(x: number, y: number) {
    const { iso3, hover } = pointerAt(featureAt(this.map, x, y), x, y);
    if (iso3 !== this.hovered) {
      this.hovered = iso3;
      this.drawPointer();
    }
    this.map.getCanvas().style.cursor = hover ? 'pointer' : '';
    this.cb.onHover(hover);
  }

  private setSourceGeoJSON(id: string, data: unknown) {
    const source = this.map.getSource(id);
    if (source && 'setData' in source) (source as { setData: (d: unknown) => void }).setData(data);
  }

  private drawPointer() {
    this.setSourceGeoJSON(SOURCES.pointer, pointerCollection(this.countryShapes, this.hovered, this.selectedIso3));
  }

  /**
   * Applies the countries' filter-derived state: the fill's class and dimming
   * as feature-state on the countries that changed; the outline roles as new
   * data for the small outline source, only when a role changed.
   */
  applyCountryStates(next: Map<string, CountryState>) {
    if (next === this.states) return;
    for (const [iso3, s] of fillStateChanges(this.states, next))
      this.map.setFeatureState({ source: SOURCES.countries, id: iso3 }, { ...s });
    if (outlineRolesChanged(this.outlineStates, next))
      this.setSourceGeoJSON(SOURCES.outlines, outlineCollection(this.countryShapes, next));
    this.states = next;
    this.outlineStates = next;
  }

  setSelectedCountry(iso3: string | null) {
    if (iso3 === this.selectedIso3) return;
    this.selectedIso3 = iso3;
    this.drawPointer();
  }

  /** The countries drawn with this outline, from the map's own source (for tests and checks). */
  async outlinedCountries(role: OutlineRole): Promise<string[]> {
    const id = role === 'hover' || role === 'selected' ? SOURCES.pointer : SOURCES.outlines;
    const source = this.map.getSource(id) as { getData?: () => Promise<GeoJSON.GeoJSON> } | undefined;
    const data = await source?.getData?.();
    if (data?.type !== 'FeatureCollection') return [];
    return data.features
      .filter((f) => f.properties?.[role] === true)
      .map((f) => String(f.properties?.iso3))
      .sort();
  }

  /** Shows the posts in these countries (null: all posts): the source gets only those, so clusters count only them. */
  setPostCountries(countries: ReadonlySet<string> | null) {
    if (countries === this.postCountries) return;
    this.postCountries = countries;
    this.applyPostVisibility();
  }

  private applyPostVisibility() {
    const shown = shownPosts(this.posts, this.postCountries);
    if (this.sourceData.get(SOURCES.posts) === shown) return;
    this.sourceData.set(SOURCES.posts, shown);
    this.setSourceGeoJSON(SOURCES.posts, shown);
  }

  /** One `text-field` per label layer (country names and the context labels). */
  setLang(lang: Lang) {
    if (lang === this.lang) return;
    this.lang = lang;
    for (const [id, field] of labelTextFields(lang)) this.map.setLayoutProperty(id, 'text-field', field);
  }

  /** Shows or hides the toggled layers; only layers whose visibility changes are touched (each change re-tiles its source). */
  setLayers(layers: Layers) {
    for (const [key, ids] of Object.entries(TOGGLE_LAYERS) as [keyof Layers, readonly string[]][]) {
      const visibility = layers[key] ? 'visible' : 'none';
      for (const id of ids)
        if ((this.map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility)
          this.map.setLayoutProperty(id, 'visibility', visibility);
    }
  }

  setSourceData(id: 'posts' | 'routes' | 'context', data: PostsGeo | RoutesGeo | ContextGeo) {
    if (id === 'posts') {
      // New posts (e.g. after a retry): the source gets those of them the filter shows.
      this.posts = data as PostsGeo;
      this.applyPostVisibility();
      return;
    }
    if (this.sourceData.get(SOURCES[id]) === data) return;
    this.sourceData.set(SOURCES[id], data);
    this.setSourceGeoJSON(SOURCES[id], data);
    if (id === 'routes') this.setSourceGeoJSON(SOURCES.routeMarks, routeMarks(data as RoutesGeo));
  }

  /** The padding the interface's overlays need (overlays.ts); the last framing follows it until the user moves. */
  setOverlayPadding(p: Padding) {
    this.framing.setPadding(p);
  }

  /** Fits a country's largest part (compiled as `fit_bounds`) into the free area, unless it is wholly there already. */
  fitCountry(iso3: string) {
    const box = this.countryShapes.get(iso3)?.properties.fit_bounds as Bounds | undefined;
    if (!box) return;
    syncMapSize(this.map);
    // A country already in plain sight stays where it is, unless it is a speck (a phone's world view).
    if (this.framing.showsWhole(box, 0.1)) return;
    this.framing.frame({ bounds: box }, { animate: true, maxZoom: 5.5 });
  }

  /** The countries the applied view marks (fill, focus role, programme match): what a data framing frames. */
  markedCountries(): string[] {
    return dataCountries(this.states);
  }

  /** Frames the countries with data for the applied filters (the first view, "fit to filters"); false when there are none. */
  fitData(animate: boolean): boolean {
    const box = countriesBounds(this.sourceCountries, dataCountries(this.states));
    if (!box) return false;
    this.framing.frame({ bounds: box }, { animate, maxZoom: 5 });
    return true;
  }

  /** A scene's camera: bounds fitted into the free area, or a centre and zoom placed in its middle. */
  moveTo(camera: SceneCamera, animate: boolean) {
    this.framing.frame(camera, { animate });
  }

  /**
   * A camera taken as it is (a link, Back, the view before a presentation).
   * Not `pinned`: the app had framed it, and the URL leaves it out again.
   */
  jumpTo(c: Camera, pinned = true) {
    this.framing.forget();
    this.map.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom }, pinned ? CHOSEN_EVENT : FRAMING_EVENT);
  }

  /** Country names and route figures at briefing size (presentation, slides) or screen size. */
  setLargeLabels(large: boolean) {
    if (large === this.largeLabels) return;
    this.largeLabels = large;
    this.map.setLayoutProperty('labels', 'text-size', labelSizeFor(large));
    this.map.setLayoutProperty(routesMarks.id, 'text-size', routeLabelSizeFor(large));
  }

  /** The map's canvas once everything asked for so far is drawn (the PNG export copies it). */
  drawnCanvas(): Promise<HTMLCanvasElement> {
    return new Promise((resolve) => this.map.once('idle', () => resolve(this.map.getCanvas())));
  }

  destroy() {
    this.map.remove();
  }
}
