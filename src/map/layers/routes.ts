/**
 * Migration routes: a line whose width grows with the cited 2023 figure,
 * a dotted line where no figure is cited, and arrow heads along both.
 */
import type { ExpressionSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import * as palette from '../../theme/palette';
import { SOURCES } from './sources';

/** [detections, px] stops of a route's width; the legend draws sample widths from the same stops. */
export const ROUTE_WIDTH_STOPS: readonly [number, number][] = [
  [0, 2],
  [40000, 3.5],
  [160000, 9],
];

/** The width a route with this figure is drawn at (linear between the stops, as MapLibre interpolates). */
export function routeWidthFor(detections: number): number {
  const stops = ROUTE_WIDTH_STOPS;
  for (let i = 1; i < stops.length; i++) {
    const [x0, y0] = stops[i - 1]!;
    const [x1, y1] = stops[i]!;
    if (detections <= x1) return y0 + ((Math.max(detections, x0) - x0) / (x1 - x0)) * (y1 - y0);
  }
  return stops[stops.length - 1]![1];
}

const routeWidth: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['coalesce', ['get', 'detections_2023'], 0],
  ...ROUTE_WIDTH_STOPS.flat(),
];

/**
 * A white casing under every route: the dark red keeps 3:1 on the darkest
 * fill it crosses (Pakistan, Egypt) as it does on the ocean.
 */
export const routesCasing: LineLayerSpecification = {
  id: 'routes-casing',
  type: 'line',
  source: SOURCES.routes,
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: { 'line-color': '#ffffff', 'line-width': ['+', routeWidth, 2], 'line-opacity': 0.85 },
};

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
