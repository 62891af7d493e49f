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

/** The posts the filter shows; the same object when there is no filter (null) or it hides none. */
export function shownPosts(posts: PostsGeo, countries: ReadonlySet<string> | null): PostsGeo {
  if (!countries) return posts;
  const features = posts.features.filter((f) => isPostShown(f.properties, countries));
  return features.length === posts.features.length ? posts : { ...posts, features };
}

/** Ids of a cluster's posts in the order its panel lists them: by country, then name; ids not in `posts` drop out. */
export function clusterListing(ids: readonly string[], posts: PostsGeo, lang: 'nl' | 'en'): string[] {
  const byId = new Map(posts.features.map((f) => [f.properties.id, f.properties]));
  const known = [...new Set(ids)].flatMap((id) => {
    const p = byId.get(id);
    return p ? [p] : [];
  });
  return known
    .sort((a, b) => a.iso3.localeCompare(b.iso3) || a[`name_${lang}`].localeCompare(b[`name_${lang}`], lang))
    .map((p) => p.id);
}
