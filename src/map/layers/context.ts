/**
 * Chapter 1's context: the top-5 host countries and countries of origin of
 * displaced people, as area-true circles with a label.
 */
import type { CircleLayerSpecification, ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { MAP_FONT_STACK } from '../../theme/font';
import * as palette from '../../theme/palette';
import { SOURCES } from './sources';

/** Area-true circles: radius grows with the square root of the number of people. */
const sqrtMillions: ExpressionSpecification = ['sqrt', ['/', ['get', 'value'], 1e6]];
const contextRadius: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  1,
  ['*', 9, sqrtMillions],
  5,
  ['*', 20, sqrtMillions],
];

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
