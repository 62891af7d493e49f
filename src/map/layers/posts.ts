/**
 * Diplomatic posts: open ones as dots, closed ones as a ring with a cross.
 * Posts outside the programme filter stay in the source and turn transparent
 * through feature-state `hidden` (see ../postVisibility.ts for why).
 */
import type {
  CircleLayerSpecification,
  DataDrivenPropertyValueSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import * as palette from '../../theme/palette';
import { SOURCES } from './sources';

/** 0 for posts the programme filter hides (feature-state `hidden`), else 1. */
const POST_SHOWN: DataDrivenPropertyValueSpecification<number> = [
  'case',
  ['boolean', ['feature-state', 'hidden'], false],
  0,
  1,
];

export const postsOpen: CircleLayerSpecification = {
  id: 'posts-open',
  type: 'circle',
  source: SOURCES.posts,
  filter: ['==', ['get', 'status'], 'open'],
  paint: {
    'circle-color': palette.POST_OPEN,
    // ~12 px across (with its white edge) at the zooms a briefing uses: legible on a projector.
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 4, 3, 4.75, 6, 7],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.5,
    'circle-opacity': POST_SHOWN,
    'circle-stroke-opacity': POST_SHOWN,
  },
};

/** Closed posts: a hollow ring with a cross, so shape tells them apart, not colour. */
export const postsClosed: SymbolLayerSpecification = {
  id: 'posts-closed',
  type: 'symbol',
  source: SOURCES.posts,
  filter: ['==', ['get', 'status'], 'closed'],
  layout: {
    'icon-image': 'post-closed',
    // The icon is 16 px at size 1: never smaller than an open post (the review measured 8 against 11 px).
    'icon-size': ['interpolate', ['linear'], ['zoom'], 1, 0.8, 3, 0.85, 6, 1.05],
    'icon-allow-overlap': true,
    // Placed before the country names, which then move aside (labels.ts, text-variable-anchor).
    'icon-ignore-placement': false,
  },
  paint: { 'icon-opacity': POST_SHOWN },
};

/**
 * An invisible box on every open post that country names must avoid: circles
 * take no part in label placement, so without it a dot sits on "Ni•ria".
 */
export const postsCollision: SymbolLayerSpecification = {
  id: 'posts-collision',
  type: 'symbol',
  source: SOURCES.posts,
  filter: ['==', ['get', 'status'], 'open'],
  layout: {
    'icon-image': 'post-collision',
    'icon-size': ['interpolate', ['linear'], ['zoom'], 1, 0.8, 3, 0.85, 6, 1.05],
    'icon-allow-overlap': true,
    'icon-ignore-placement': false,
  },
  paint: { 'icon-opacity': 0 },
};
