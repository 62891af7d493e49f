/**
 * What the clustered posts source holds and what a cluster's panel lists:
 * posts the programme filter hides are in neither, so a cluster never counts
 * or lists them.
 */
import { describe, expect, it } from 'vitest';
import type { PostsGeo } from '../../../src/data/types';
import { clusterListing, type MapPostsGeo, mapPosts, shownPosts } from '../../../src/map/postVisibility';
import { tiny } from '../state/fixture';

/** The fixture's posts as the map's collection type (its ids are numbers, as compiled). */
const posts = tiny.posts as unknown as PostsGeo;
const ids = (c: MapPostsGeo) => c.features.map((f) => f.properties.id);

describe('shownPosts (the clustered source)', () => {
  it('without a programme filter: every post, the same collection (nothing is sent again)', () => {
    expect(shownPosts(posts, null)).toBe(mapPosts(posts));
    expect(ids(shownPosts(posts, null))).toEqual(['post-aaa', 'post-bbb', 'post-eee']);
  });

  it('the map holds only what it draws and tests read: id, country, status (names stay in the data)', () => {
    const [first] = shownPosts(posts, null).features;
    expect(first?.properties).toEqual({ id: 'post-aaa', iso3: 'AAA', status: 'open' });
    expect(first?.geometry).toEqual(posts.features[0]?.geometry);
  });

  it('with a filter: only the posts in the matching countries', () => {
    expect(ids(shownPosts(posts, new Set(['AAA', 'EEE'])))).toEqual(['post-aaa', 'post-eee']);
    expect(ids(shownPosts(posts, new Set(['CCC'])))).toEqual([]);
  });

  it('a filter that hides no post keeps the same collection', () => {
    expect(shownPosts(posts, new Set(['AAA', 'BBB', 'EEE']))).toBe(mapPosts(posts));
  });
});

describe('clusterListing (a cluster panel’s posts)', () => {
  it('lists a cluster’s posts by country, then name, once each', () => {
    expect(clusterListing(['post-eee', 'post-aaa', 'post-eee'], posts, 'nl')).toEqual(['post-aaa', 'post-eee']);
  });

  it('a cluster of the filtered source holds no hidden post, so none is counted or listed', () => {
    const shown = shownPosts(posts, new Set(['AAA', 'EEE']));
    // Every leaf the map can return comes from the shown posts: BBB's post is not among them.
    const leaves = ids(shown);
    expect(clusterListing(leaves, posts, 'nl')).toEqual(['post-aaa', 'post-eee']);
    expect(clusterListing(leaves, posts, 'nl')).not.toContain('post-bbb');
  });

  it('drops ids the data does not know (posts replaced since the click)', () => {
    expect(clusterListing(['gone', 'post-bbb'], posts, 'en')).toEqual(['post-bbb']);
  });
});
