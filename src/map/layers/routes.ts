/**
 * Migration routes: a line whose width grows with the cited 2023 figure,
 * a dotted line where no figure is cited, and arrow heads along both.
 */
import type { ExpressionSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import * as palette from '../../theme/palette';
import { SOURCES } from './sources';

const routeWidth: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['coalesce', ['get', 'detections_2023'], 0],
  0,
  2,
  40000,
  3.5,
  160000,
  9,
];

export const routesLine: LineLayerSpecification = {
  id: 'routes-line',
  type: 'line',
  source: SOURCES.routes,
  filter: ['!=', ['get', 'detections_2023'], null],
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: { 'line-color': palette.ROUTE, 'line-width': routeWidth, 'line-opacity': 0.85 },
};

/** Routes without a cited figure are dotted: their width says nothing. */
export const routesLineNoFigure: LineLayerSpecification = {
  id: 'routes-line-nofigure',
  type: 'line',
  source: SOURCES.routes,
  filter: ['==', ['get', 'detections_2023'], null],
  layout: { 'line-cap': 'round' },
  paint: { 'line-color': palette.ROUTE, 'line-width': 2, 'line-dasharray': [1, 2], 'line-opacity': 0.85 },
};

/** The arrow image is drawn on demand (../icons.ts, added by MapController). */
export const routesArrows: SymbolLayerSpecification = {
  id: 'routes-arrows',
  type: 'symbol',
  source: SOURCES.routes,
  layout: {
    'symbol-placement': 'line',
    'symbol-spacing': 90,
    'icon-image': 'route-arrow',
    'icon-size': 0.6,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
};
