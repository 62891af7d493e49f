/**
 * Hit-testing: which country, post or route is under the pointer. Reads the
 * map (queryRenderedFeatures); MapController turns the answer into clicks,
 * hover outlines and the tooltip.
 */
import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import type { Selection } from '../state/types';
import { countriesFill } from './layers/countries';
import { CLICKABLE } from './layers/stack';

/** What the pointer is over, where (map px): the tooltip's input. */
export interface HoverInfo {
  kind: Selection['kind'];
  key: string;
  x: number;
  y: number;
}

/** The top-most feature at a point the user can mean; x < 0: the pointer left the map. */
export function featureAt(map: MapLibreMap, x: number, y: number): MapGeoJSONFeature | undefined {
  if (x < 0) return undefined;
  const layers = CLICKABLE.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
  const hits = map.queryRenderedFeatures([x, y], { layers });
  // queryRenderedFeatures returns top-most first; posts and routes sit above countries.
  return hits.find((f) => f.properties?.iso3 !== null || f.layer.id !== countriesFill.id);
}

/** A cluster of posts (layers/posts.ts): its id in the source, for its posts, and how many it holds. */
export function clusterOf(f: MapGeoJSONFeature | undefined): { clusterId: number; count: number } | null {
  const p = f?.properties;
  return p && typeof p.cluster_id === 'number' ? { clusterId: p.cluster_id, count: Number(p.point_count) } : null;
}

export function selectionOf(f: MapGeoJSONFeature | undefined): Selection | null {
  if (!f) return null;
  const p = f.properties ?? {};
  if (f.layer.id.startsWith('posts')) return { kind: 'post', id: String(p.id) };
  if (f.layer.id.startsWith('routes')) return { kind: 'route', id: String(p.id) };
  return typeof p.iso3 === 'string' ? { kind: 'country', iso3: p.iso3 } : null;
}

export function hoverOf(s: Selection | null, x: number, y: number): HoverInfo | null {
  if (!s) return null;
  return { kind: s.kind, key: s.kind === 'country' ? s.iso3 : s.kind === 'posts' ? String(s.ids.length) : s.id, x, y };
}

/** What the pointer over `f` hovers: the country to outline and the tooltip's input (a cluster: its count). */
export function pointerAt(f: MapGeoJSONFeature | undefined, x: number, y: number) {
  const cluster = clusterOf(f);
  if (cluster) return { iso3: null, hover: { kind: 'posts', key: String(cluster.count), x, y } satisfies HoverInfo };
  const sel = selectionOf(f);
  return { iso3: sel?.kind === 'country' ? sel.iso3 : null, hover: hoverOf(sel, x, y) };
}
