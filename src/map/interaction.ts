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
  // Posts hidden by the programme filter are still in the tiles: they are not there for the user.
  return hits.find((f) => (f.properties?.iso3 !== null || f.layer.id !== countriesFill.id) && f.state?.hidden !== true);
}

export function selectionOf(f: MapGeoJSONFeature | undefined): Selection | null {
  if (!f) return null;
  const p = f.properties ?? {};
  if (f.layer.id.startsWith('posts')) return { kind: 'post', id: String(p.id) };
  if (f.layer.id.startsWith('routes')) return { kind: 'route', id: String(p.id) };
  return typeof p.iso3 === 'string' ? { kind: 'country', iso3: p.iso3 } : null;
}

export function hoverOf(s: Selection | null, x: number, y: number): HoverInfo | null {
  return s ? { kind: s.kind, key: s.kind === 'country' ? s.iso3 : s.id, x, y } : null;
}
