/**
 * Migration routes as flows (docs/design.md, "Routes"): one smooth schematic
 * line per route, wider with its cited 2023 figure, on a white casing; one
 * arrowhead at the destination end; the figure written beside the middle of
 * the line. A route without a figure is thin and quiet, with a small
 * arrowhead and no label. Three layers for both kinds: casing, line, marks
 * (arrowheads and labels, from the marks source built by ../routeMarks.ts).
 */
import type { ExpressionSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { MAP_FONT_STACK } from '../../theme/font';
import * as palette from '../../theme/palette';
import { SOURCES } from './sources';

/**
 * [detections, px] stops of a route's width: proportional to the figure from
 * 40,000 (3.5 px) to 160,000 (14 px), never under 3 px. The legend draws its
 * samples from the same stops.
 */
export const ROUTE_WIDTH_STOPS: readonly [number, number][] = [
  [0, 3],
  [40000, 3.5],
  [160000, 14],
];

/** A route without a cited figure: thin and quiet, its width says nothing. */
export const NO_FIGURE_STYLE = { width: 1.5, opacity: 0.6, casingPx: 1, casingOpacity: 0.8, arrowBox: 9 } as const;
/** A route with a figure. */
export const FIGURE_STYLE = { opacity: 0.9, casingOpacity: 0.9 } as const;

/** The arrowhead images (../icons.ts), one per style: each carries its style's opacity. */
export const ROUTE_ARROW = 'route-arrow';
export const ROUTE_ARROW_QUIET = 'route-arrow-quiet';
/** The white casing reaches this far beyond a line with a figure on each side. */
export const CASING_PX = 1.5;

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

/** The arrowhead's square box (px) for a line this wide: ~14 px at 3 px, ~30 px at 14 px. */
export function arrowBoxFor(width: number): number {
  return 10 + 1.4 * width;
}

/** Side of the arrow icon's square image in CSS px at icon-size 1 (../icons.ts draws it at 2x). */
export const ARROW_IMAGE_PX = 32;

const figure: ExpressionSpecification = ['get', 'detections_2023'];
const hasFigure: ExpressionSpecification = ['!=', figure, null];

const byFigure = (px: (w: number) => number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['coalesce', figure, 0],
  ...ROUTE_WIDTH_STOPS.flatMap(([n, w]) => [n, px(w)]),
];

/**
 * Below zoom 2.5 (a phone's world view) the routes with a figure narrow in
 * proportion, to 45% at zoom 1: at full width the 14 px line and its ~30 px
 * arrowhead would cover Sicily and half of Italy there. From 2.5 on (the
 * desktop first view is ~2.9, slides too) they are drawn at the legend's widths.
 */
const FULL_WIDTH_ZOOM = 2.5;
const SMALL_ZOOM = 1;
const SMALL_SCALE = 0.45;

/** A px value from the line width `w`, by figure, narrowed at small zooms; `quiet` for routes without a figure. */
const sized = (px: (w: number) => number, quiet: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  SMALL_ZOOM,
  ['case', hasFigure, byFigure((w) => px(w * SMALL_SCALE)), quiet],
  FULL_WIDTH_ZOOM,
  ['case', hasFigure, byFigure(px), quiet],
];

/** Under every route: the dark red keeps >= 3:1 on the darkest fill it crosses as on the ocean. */
export const routesCasing: LineLayerSpecification = {
  id: 'routes-casing',
  type: 'line',
  source: SOURCES.routes,
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: {
    'line-color': '#ffffff',
    'line-width': sized((w) => w + 2 * CASING_PX, NO_FIGURE_STYLE.width + 2 * NO_FIGURE_STYLE.casingPx),
    'line-opacity': ['case', hasFigure, FIGURE_STYLE.casingOpacity, NO_FIGURE_STYLE.casingOpacity],
  },
};

/** One layer for both kinds of route: the width and opacity come from the data. */
export const routesLine: LineLayerSpecification = {
  id: 'routes-line',
  type: 'line',
  source: SOURCES.routes,
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: {
    'line-color': palette.ROUTE,
    'line-width': sized((w) => w, NO_FIGURE_STYLE.width),
    'line-opacity': ['case', hasFigure, FIGURE_STYLE.opacity, NO_FIGURE_STYLE.opacity],
  },
};

/**
 * The figure's text size: read at the first view, modest close up; at
 * briefing size (presentation, slides) as large as the country names there.
 */
export function routeLabelSizeFor(large: boolean): ExpressionSpecification {
  return large
    ? ['interpolate', ['linear'], ['zoom'], 1, 15, 3, 18, 5, 20]
    : ['interpolate', ['linear'], ['zoom'], 2, 13, 5, 15];
}

/**
 * Arrowheads (the image is drawn on demand: ../icons.ts, added by
 * MapController) with their base on the line's end, turned to the compiled
 * screen bearing; and the figure's label beside the middle of the line (its
 * text field follows the language: ../labelLanguage.ts). Arrowheads never hide
 * and never push anything away; the label is always drawn and the country
 * names below it give way.
 */
export const routesMarks: SymbolLayerSpecification = {
  id: 'routes-marks',
  type: 'symbol',
  source: SOURCES.routeMarks,
  layout: {
    'icon-image': ['case', ['==', ['get', 'mark'], 'arrow'], ['case', hasFigure, ROUTE_ARROW, ROUTE_ARROW_QUIET], ''],
    'icon-size': sized((w) => arrowBoxFor(w) / ARROW_IMAGE_PX, NO_FIGURE_STYLE.arrowBox / ARROW_IMAGE_PX),
    'icon-rotate': ['coalesce', ['get', 'bearing'], 0],
    'icon-rotation-alignment': 'map',
    'icon-anchor': 'bottom',
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
    'text-field': ['get', 'label_nl'],
    'text-font': MAP_FONT_STACK,
    'text-size': routeLabelSizeFor(false),
    'text-anchor': ['coalesce', ['get', 'anchor'], 'center'],
    'text-radial-offset': ['coalesce', ['get', 'offset_em'], 0],
    'text-allow-overlap': true,
  },
  paint: {
    'text-color': palette.ROUTE,
    'text-halo-color': '#ffffff',
    'text-halo-width': 2,
  },
};
