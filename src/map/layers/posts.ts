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
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3.5, 6, 7],
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
    'icon-size': ['interpolate', ['linear'], ['zoom'], 1, 0.45, 6, 0.8],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
  paint: { 'icon-opacity': POST_SHOWN },
};
