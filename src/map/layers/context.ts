/**
 * Chapter 1's context: the top-5 host countries and countries of origin of
 * displaced people, as area-true circles with a label.
 */
import type { CircleLayerSpecification, ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { MAP_FONT_STACK } from '../../theme/font';
import * as palette from '../../theme/palette';
import { SOURCES } from './sources';

/** Area-true circles: radius grows with the square root of the number of people (less `inset` px). */
const sqrtMillions: ExpressionSpecification = ['sqrt', ['/', ['get', 'value'], 1e6]];
const radius = (inset = 0): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  1,
  ['-', ['*', 9, sqrtMillions], inset],
  5,
  ['-', ['*', 20, sqrtMillions], inset],
];
const contextRadius = radius();

/** Top-5 host countries: filled circles. */
export const contextHosting: CircleLayerSpecification = {
  id: 'context-hosting',
  type: 'circle',
  source: SOURCES.context,
  filter: ['==', ['get', 'kind'], 'hosting'],
  paint: {
    'circle-color': palette.CONTEXT_HOSTING,
    'circle-opacity': 0.75,
    'circle-radius': contextRadius,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.5,
  },
};

/**
 * A white edge on both sides of each origin ring (strokes lie outside the
 * radius: this one starts 1.5 px inside it and ends 1.5 px beyond the 3 px
 * ring), so the brown ring keeps 3:1 on the darker classes it crosses (on
 * #418eb4, Sudan's class in 2023, it is 1.75:1 without).
 */
export const contextOriginEdge: CircleLayerSpecification = {
  id: 'context-origin-edge',
  type: 'circle',
  source: SOURCES.context,
  filter: ['==', ['get', 'kind'], 'origin'],
  paint: {
    'circle-opacity': 0,
    'circle-radius': radius(1.5),
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 6,
  },
};

/** Top-5 countries of origin: open rings, so shape, not colour, tells them apart. */
export const contextOrigin: CircleLayerSpecification = {
  id: 'context-origin',
  type: 'circle',
  source: SOURCES.context,
  filter: ['==', ['get', 'kind'], 'origin'],
  paint: {
    'circle-color': 'rgba(255,255,255,0.15)',
    'circle-radius': contextRadius,
    'circle-stroke-color': palette.CONTEXT_ORIGIN,
    'circle-stroke-width': 3,
  },
};

/** The text field follows the language (../labelLanguage.ts). */
export const contextLabels: SymbolLayerSpecification = {
  id: 'context-labels',
  type: 'symbol',
  source: SOURCES.context,
  layout: {
    'text-field': ['get', 'label_nl'],
    'text-font': MAP_FONT_STACK,
    'text-size': 12,
    'text-anchor': 'top',
    'text-offset': [0, 1.6],
    'text-allow-overlap': false,
  },
  paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
};
