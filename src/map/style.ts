/**
 * The MapLibre style: every source with its data and every layer, built once
 * at mount. Pure, so tests validate it with the style-spec validator.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { ContextGeo, CountriesGeo, LabelsGeo, PostsGeo, RoutesGeo } from '../data/types';
import type { Lang } from '../state/types';
import { labelTextFields } from './labelLanguage';
import { POSTS_CLUSTER } from './layers/posts';
import { SOURCES } from './layers/sources';
import { LAYERS } from './layers/stack';
import { EMPTY_COLLECTION, type OutlineCollection, type OutlineProps } from './outlines';
import { type MapPostsGeo, mapPosts } from './postVisibility';
import { routeMarks } from './routeMarks';

export interface MapSources {
  countries: CountriesGeo;
  labels: LabelsGeo;
  posts: PostsGeo;
  routes: RoutesGeo;
  context: ContextGeo;
}

/**
 * Deepest zoom the GeoJSON sources are cut into tiles at; deeper views
 * overzoom these. The boundaries are 1:50m shapes with 15% of their points, so
 * z6 tiles hold all their detail; without a cap the worker would cut (and
 * keep) new tiles at every zoom down to the map's maxZoom (9).
 */
const SOURCE_MAXZOOM = 6;

/**
 * The labels' SDF glyphs, pre-rendered at build time from the shipped typeface
 * (scripts/build-glyphs.ts) and served from our origin: MapLibre fetches a few
 * ranges instead of drawing every glyph with TinySDF on the main thread.
 * Relative to the page, like the data files, so the app works under any path.
 */
export const GLYPHS_URL = 'fonts/{fontstack}/{range}.pbf';

/** The layers with their labels in this language, so the first frame needs no language change. */
function layersIn(lang: Lang): LayerSpecification[] {
  const fields = new Map(labelTextFields(lang));
  return LAYERS.map((layer) => {
    const field = fields.get(layer.id);
    return field && layer.type === 'symbol' ? { ...layer, layout: { ...layer.layout, 'text-field': field } } : layer;
  });
}

/**
 * The view's own data, when it is known before the map exists: the first tiles then
 * carry it, instead of a second round through the map's worker after the style loads
 * (which made the usable map wait for every other source's tiles: docs/performance.md).
 */
export interface StartData {
  outlines: OutlineCollection<OutlineProps>;
  posts: MapPostsGeo;
}

export function buildStyle(src: MapSources, lang: Lang, start?: StartData): StyleSpecification {
  const geojson = { type: 'geojson', maxzoom: SOURCE_MAXZOOM } as const;
  return {
    version: 8,
    glyphs: GLYPHS_URL,
    sources: {
      // Otherwise filled by MapController once the filters are known.
      [SOURCES.outlines]: { ...geojson, data: start?.outlines ?? EMPTY_COLLECTION },
      [SOURCES.pointer]: { ...geojson, data: EMPTY_COLLECTION },
      [SOURCES.labels]: { ...geojson, data: src.labels },
      [SOURCES.posts]: { ...geojson, ...POSTS_CLUSTER, data: start?.posts ?? mapPosts(src.posts), promoteId: 'id' },
      [SOURCES.routes]: { ...geojson, data: src.routes },
      [SOURCES.routeMarks]: { ...geojson, data: routeMarks(src.routes) },
      [SOURCES.context]: { ...geojson, data: src.context },
      // Last: the map's one worker takes the sources in this order, one at a time, and the country shapes
      // (~1 MB: a geojson-vt index, then earcut per tile) are by far the slowest. The small sources' tiles
      // come back first, so the main thread draws them and compiles their GPU programs while the worker
      // cuts the countries, instead of waiting idle and compiling everything afterwards. Timed in the
      // page, 14 interleaved cold loads each: idle map 1400 -> 1308 ms (docs/performance.md).
      [SOURCES.countries]: { ...geojson, data: src.countries, promoteId: 'iso3' },
    },
    layers: layersIn(lang),
  };
}
