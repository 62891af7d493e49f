/**
 * Which posts the map draws, and what a cluster of them lists. The posts
 * source is clustered (layers/posts.ts), so a post the programme filter hides
 * must not be in the source at all: a hidden post inside a cluster would be
 * counted and listed. The source therefore holds only the shown posts, and a
 * filter change sends it the new set (one setData; the worker clusters the
 * points again, which costs far less than repainting 3,500 posts' paint arrays
 * the way feature-state did: docs/performance.md).
 * Which posts show is decided once, by `isPostShown` (state/selectors.ts).
 */
import type { PostsGeo } from '../data/types';
import { isPostShown } from '../state/selectors';

/** What the map needs of a post: where, whose (tests), which layer and its id; the panel reads the rest from the data. */
export type MapPost = Pick<PostsGeo['features'][number]['properties'], 'id' | 'iso3' | 'status'>;
export type MapPostsGeo = GeoJSON.FeatureCollection<GeoJSON.Point, MapPost>;

const slimmed = new WeakMap<PostsGeo, MapPostsGeo>();

/**
 * The posts as the map's source holds them: without names, sources and
 * derived notes, so sending a filter's posts to the worker (every programme
 * change) copies ~10x less. Once per posts file.
 */
export function mapPosts(posts: PostsGeo): MapPostsGeo {
  let slim = slimmed.get(posts);
  if (!slim) {
    const features = posts.features.map(({ type, id, geometry, properties: { id: pid, iso3, status } }) => ({
      type,
      id,
      geometry,
      properties: { id: pid, iso3, status },
    }));
    slim = { type: 'FeatureCollection', features };
    slimmed.set(posts, slim);
  }
  return slim;
}

/** The posts the filter shows, as the map holds them; the same object when there is no filter (null) or it hides none. */
export function shownPosts(posts: PostsGeo, countries: ReadonlySet<string> | null): MapPostsGeo {
  const all = mapPosts(posts);
  if (!countries) return all;
  const features = all.features.filter((f) => isPostShown(f.properties, countries));
  return features.length === all.features.length ? all : { ...all, features };
}

/** Ids of a cluster's posts, once each and in a stable order (country code, then name); ids not in `posts` drop out. The panel sorts them for reading (ClusterDetails). */
export function clusterListing(ids: readonly string[], posts: PostsGeo, lang: 'nl' | 'en'): string[] {
  const byId = new Map(posts.features.map((f) => [f.properties.id, f.properties]));
  const known = [...new Set(ids)].flatMap((id) => {
    const p = byId.get(id);
    return p ? [p] : [];
  });
  return known
    .sort(
      (a, b) =>
        a.iso3.localeCompare(b.iso3) || a[`name_${lang}`].localeCompare(b[`name_${lang}`], lang, { numeric: true }),
    )
    .map((p) => p.id);
}
