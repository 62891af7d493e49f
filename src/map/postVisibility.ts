/**
 * Which posts the programme filter hides on the map. Posts are hidden through
 * feature-state (opacity 0), not a layer filter: a filter change makes MapLibre
 * re-tile the whole posts source in its worker and place the symbols again,
 * which at 3,500 posts (the bench's 100x data) is most of a programme change.
 * Which posts show is decided once, by `isPostShown` (state/selectors.ts).
 */
import type { PostsGeo } from '../data/types';
import { isPostShown } from '../state/selectors';

/** Ids of the posts the filter does not show; none when there is no filter (null). */
export function hiddenPostIds(posts: PostsGeo, countries: ReadonlySet<string> | null): Set<string> {
  const hidden = new Set<string>();
  if (!countries) return hidden;
  for (const f of posts.features) if (!isPostShown(f.properties, countries)) hidden.add(f.properties.id);
  return hidden;
}

/** The feature-state writes that turn `before` into `after`: [post id, hidden]. */
export function visibilityChanges(before: ReadonlySet<string>, after: ReadonlySet<string>): [string, boolean][] {
  const changes: [string, boolean][] = [];
  for (const id of before) if (!after.has(id)) changes.push([id, false]);
  for (const id of after) if (!before.has(id)) changes.push([id, true]);
  return changes;
}
