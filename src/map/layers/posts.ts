/**
 * Diplomatic posts: open ones as dots, closed ones as a ring with a cross, and
 * posts that would overlap as one numbered cluster. The source holds only the
 * posts the programme filter shows (../postVisibility.ts), so a cluster never
 * counts a hidden post.
 */
import type { CircleLayerSpecification, FilterSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { MAP_FONT_STACK } from '../../theme/font';
import * as palette from '../../theme/palette';
import { SOURCES } from './sources';

/**
 * The posts source's clustering. Clusters are worked out per whole zoom and
 * kept up to the next, where the same posts stand twice as far apart; so the
 * radius (px) is well below a dot's ~12 px: only posts that overlap at every
 * zoom the cluster shows merge, and at the report's 35 posts the map looks as
 * it did without clusters (many more posts: the bench's 100x data). Past
 * clusterMaxZoom every post stands alone.
 */
export const POSTS_CLUSTER = {
  cluster: true,
  clusterRadius: 7,
  clusterMaxZoom: 7,
  // Tiles down to the zoom where clusters end, so they can break up (the other sources stop at 6).
  maxzoom: 8,
} as const;

const NOT_CLUSTER: FilterSpecification = ['!', ['has', 'point_count']];
const IS_CLUSTER: FilterSpecification = ['has', 'point_count'];

export const postsOpen: CircleLayerSpecification = {
  id: 'posts-open',
  type: 'circle',
  source: SOURCES.posts,
  filter: ['all', NOT_CLUSTER, ['==', ['get', 'status'], 'open']],
  paint: {
    'circle-color': palette.POST_OPEN,
    // ~12 px across (with its white edge) at the zooms a briefing uses: legible on a projector.
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 4, 3, 4.75, 6, 7],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.5,
  },
};

/** Closed posts: a hollow ring with a cross, so shape tells them apart, not colour. */
export const postsClosed: SymbolLayerSpecification = {
  id: 'posts-closed',
  type: 'symbol',
  source: SOURCES.posts,
  filter: ['all', NOT_CLUSTER, ['==', ['get', 'status'], 'closed']],
  layout: {
    'icon-image': 'post-closed',
    // The icon is 16 px at size 1: never smaller than an open post (the review measured 8 against 11 px).
    'icon-size': ['interpolate', ['linear'], ['zoom'], 1, 0.8, 3, 0.85, 6, 1.05],
    'icon-allow-overlap': true,
    // Placed before the country names, which then move aside (labels.ts, text-variable-anchor).
    'icon-ignore-placement': false,
  },
};

/**
 * An invisible box on every open post that country names must avoid: circles
 * take no part in label placement, so without it a dot sits on "Ni•ria".
 */
export const postsCollision: SymbolLayerSpecification = {
  id: 'posts-collision',
  type: 'symbol',
  source: SOURCES.posts,
  filter: ['all', NOT_CLUSTER, ['==', ['get', 'status'], 'open']],
  layout: {
    'icon-image': 'post-collision',
    'icon-size': ['interpolate', ['linear'], ['zoom'], 1, 0.8, 3, 0.85, 6, 1.05],
    'icon-allow-overlap': true,
    'icon-ignore-placement': false,
  },
  paint: { 'icon-opacity': 0 },
};

/**
 * A cluster: a larger dot in the open posts' colour with its count on it. One
 * size for every cluster (the number says how many): a radius read per feature
 * would be a second circle shader for software WebGL to compile at load.
 */
/** Wide enough for a three-figure count at the count's 11 px. */
export const CLUSTER_RADIUS_PX = 10;

export const postsClusters: CircleLayerSpecification = {
  id: 'posts-clusters',
  type: 'circle',
  source: SOURCES.posts,
  filter: IS_CLUSTER,
  paint: {
    'circle-color': palette.POST_OPEN,
    'circle-radius': CLUSTER_RADIUS_PX,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.5,
  },
};

/** The cluster's count, in white on the dot; country names move aside for it like for a post. */
export const postsClusterCount: SymbolLayerSpecification = {
  id: 'posts-cluster-count',
  type: 'symbol',
  source: SOURCES.posts,
  filter: IS_CLUSTER,
  layout: {
    'text-field': ['get', 'point_count_abbreviated'],
    'text-font': MAP_FONT_STACK,
    'text-size': 11,
    'text-allow-overlap': true,
    'text-ignore-placement': false,
    'text-padding': 4,
  },
  paint: { 'text-color': '#ffffff' },
};
