/**
 * Reading the posts source's clusters (layers/posts.ts) back from the map: a
 * cluster's posts for its panel, the posts of every cluster on screen for the
 * keyboard path (the legend's cluster entry) and how many clusters are drawn
 * (the legend explains clusters only when there are some).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { PostsGeo } from '../data/types';
import type { Lang } from '../state/types';
import { clusterOf } from './interaction';
import { postsClusters } from './layers/posts';
import { SOURCES } from './layers/sources';
import { clusterListing } from './postVisibility';

/** The ids of the clusters drawn now (none while the posts layers are hidden). */
export function drawnClusterIds(map: MapLibreMap): number[] {
  if (!map.getLayer(postsClusters.id)) return [];
  const ids = map.queryRenderedFeatures({ layers: [postsClusters.id] }).flatMap((f) => {
    const c = clusterOf(f);
    return c ? [c.clusterId] : [];
  });
  return [...new Set(ids)];
}

/** The posts of one cluster, in the order its panel lists them. */
export async function clusterPosts(map: MapLibreMap, clusterId: number, posts: PostsGeo, lang: Lang) {
  const source = map.getSource(SOURCES.posts) as GeoJSONSource;
  const leaves = await source.getClusterLeaves(clusterId, Number.MAX_SAFE_INTEGER, 0);
  return clusterListing(
    leaves.map((f) => String(f.properties?.id)),
    posts,
    lang,
  );
}

/** Every post inside a cluster drawn now, listed by country and name. */
export async function clusteredPostsOnScreen(map: MapLibreMap, posts: PostsGeo, lang: Lang): Promise<string[]> {
  const lists = await Promise.all(drawnClusterIds(map).map((id) => clusterPosts(map, id, posts, lang)));
  return clusterListing(lists.flat(), posts, lang);
}

/** Calls `onChange` with the number of clusters drawn whenever it changes, checked when the map goes idle. */
export function watchClusterCount(map: MapLibreMap, onChange: (n: number) => void) {
  let drawn = 0;
  map.on('idle', () => {
    const n = drawnClusterIds(map).length;
    if (n === drawn) return;
    drawn = n;
    onChange(n);
  });
}
