/**
 * Layer styles as typed constants, mounted once. Only their dynamic parts
 * change afterwards: feature-state (choropleth class, dimming, hidden posts),
 * the data of the two small outline sources (focus roles and programme match;
 * hover and selection: see outlines.ts) and layout visibility.
 */
import type {
  BackgroundLayerSpecification,
  CircleLayerSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import * as c from './palette';

export const SOURCES = {
  countries: 'countries',
  outlines: 'country-outlines',
  pointer: 'country-pointer',
  labels: 'labels',
  posts: 'posts',
  routes: 'routes',
  context: 'context',
} as const;

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
/** Filter of an outline layer: the features of its source that have this role. */
const hasRole = (key: string): ExpressionSpecification => ['==', ['get', key], true];
const isNeutral: ExpressionSpecification = ['boolean', ['get', 'neutral'], false];
/**
 * A dash pattern that draws a solid line. Every outline then uses the one
 * shader program the dashed lines need anyway, compiled at load: the first
 * programme match, hover or selection does not wait ~130 ms for a shader
 * compile in software WebGL (docs/performance.md).
 */
const SOLID: [number, number] = [1, 0];

/** Choropleth class in feature-state `cls`: -1 no data for the year, 0 none, 1-5 classes. */
const classColor: ExpressionSpecification = [
  'case',
  ['boolean', ['get', 'neutral'], false],
  c.NEUTRAL_AREA,
  [
    'match',
    ['coalesce', ['feature-state', 'cls'], 0],
    -1,
    c.LAND_NO_DATA,
    0,
    c.LAND_NO_ACTIVITY,
    ...c.ACTIVITY_CLASSES.flatMap((k, i) => [i + 1, k.color]),
    c.LAND_NO_ACTIVITY,
  ] as unknown as ExpressionSpecification,
];

export const background: BackgroundLayerSpecification = {
  id: 'ocean',
  type: 'background',
  paint: { 'background-color': c.OCEAN },
};

export const countriesFill: FillLayerSpecification = {
  id: 'countries-fill',
  type: 'fill',
  source: SOURCES.countries,
  paint: {
    'fill-color': classColor,
    // A programme filter fades the countries it does not match.
    'fill-opacity': ['case', state('dim'), 0.35, 1],
    // Borders are the fill's own hairline pass, drawn anyway for antialiasing:
    // a separate line layer over every border cost ~37 ms a frame in software
    // WebGL. Disputed areas get no hairline; their dashed line is below.
    'fill-outline-color': ['case', isNeutral, c.NEUTRAL_AREA, c.BORDER],
  },
};

/** Disputed or unassigned areas (brief: boundary policy): a dashed border, only around them. */
export const neutralBorder: LineLayerSpecification = {
  id: 'countries-neutral-border',
  type: 'line',
  source: SOURCES.countries,
  filter: isNeutral,
  paint: {
    'line-color': c.BORDER,
    'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 5, 1],
    'line-dasharray': [2, 2],
  },
};

export const focusReception: LineLayerSpecification = {
  id: 'countries-focus-reception',
  type: 'line',
  source: SOURCES.outlines,
  filter: hasRole('focusR'),
  paint: { 'line-color': c.FOCUS_RECEPTION, 'line-width': 2.5, 'line-dasharray': SOLID },
};

export const focusMigration: LineLayerSpecification = {
  id: 'countries-focus-migration',
  type: 'line',
  source: SOURCES.outlines,
  filter: hasRole('focusM'),
  paint: { 'line-color': c.FOCUS_MIGRATION, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
};

export const programmeMatch: LineLayerSpecification = {
  id: 'countries-match',
  type: 'line',
  source: SOURCES.outlines,
  filter: hasRole('match'),
  paint: { 'line-color': c.MATCH, 'line-width': 3.5, 'line-dasharray': SOLID },
};

export const hover: LineLayerSpecification = {
  id: 'countries-hover',
  type: 'line',
  source: SOURCES.pointer,
  filter: hasRole('hover'),
  paint: { 'line-color': '#333333', 'line-width': 2, 'line-dasharray': SOLID },
};

/** The selected country: a yellow line on a black casing, unlike any filter outline. */
export const selectedCasing: LineLayerSpecification = {
  id: 'countries-selected-casing',
  type: 'line',
  source: SOURCES.pointer,
  filter: hasRole('selected'),
  paint: { 'line-color': c.SELECTED, 'line-width': 7, 'line-dasharray': SOLID },
};

export const selected: LineLayerSpecification = {
  id: 'countries-selected',
  type: 'line',
  source: SOURCES.pointer,
  filter: hasRole('selected'),
  paint: { 'line-color': c.SELECTED_INNER, 'line-width': 3, 'line-dasharray': SOLID },
};

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
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: { 'line-color': c.ROUTE, 'line-width': routeWidth, 'line-opacity': 0.85 },
};

/** Routes without a cited figure are dotted: their width says nothing. */
export const routesLineNoFigure: LineLayerSpecification = {
  id: 'routes-line-nofigure',
  type: 'line',
  source: SOURCES.routes,
  layout: { 'line-cap': 'round' },
  paint: { 'line-color': c.ROUTE, 'line-width': 2, 'line-dasharray': [1, 2], 'line-opacity': 0.85 },
};

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
  paint: {
    'circle-color': c.POST_OPEN,
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
  layout: {
    'icon-image': 'post-closed',
    'icon-size': ['interpolate', ['linear'], ['zoom'], 1, 0.45, 6, 0.8],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
  paint: { 'icon-opacity': POST_SHOWN },
};

export const labels: SymbolLayerSpecification = {
  id: 'labels',
  type: 'symbol',
  source: SOURCES.labels,
  // Small countries are named from closer in: at world view only large ones.
  filter: [
    'step',
    ['zoom'],
    ['>=', ['get', 'area_km2'], 250000],
    2.5,
    ['>=', ['get', 'area_km2'], 60000],
    3.5,
    ['>=', ['get', 'area_km2'], 8000],
    5,
    true,
  ],
  layout: {
    'text-field': ['get', 'name_nl'],
    'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 4, 12, 6, 15],
    'text-max-width': 7,
    // Big countries win collisions; small ones appear as the user zooms in.
    'symbol-sort-key': ['-', 0, ['get', 'area_km2']],
    'text-padding': 3,
  },
  paint: { 'text-color': '#222222', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 },
};

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

/** Chapter 1's top-5 host countries: filled circles. */
export const contextHosting: CircleLayerSpecification = {
  id: 'context-hosting',
  type: 'circle',
  source: SOURCES.context,
  filter: ['==', ['get', 'kind'], 'hosting'],
  paint: {
    'circle-color': c.CONTEXT_HOSTING,
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
    'circle-stroke-color': c.CONTEXT_ORIGIN,
    'circle-stroke-width': 3,
  },
};

export const contextLabels: SymbolLayerSpecification = {
  id: 'context-labels',
  type: 'symbol',
  source: SOURCES.context,
  layout: {
    'text-field': ['get', 'label_nl'],
    'text-size': 12,
    'text-anchor': 'top',
    'text-offset': [0, 1.6],
    'text-allow-overlap': false,
  },
  paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
};

/** Bottom to top. */
export const LAYERS = [
  background,
  countriesFill,
  neutralBorder,
  focusReception,
  focusMigration,
  programmeMatch,
  hover,
  selectedCasing,
  selected,
  routesLine,
  routesLineNoFigure,
  routesArrows,
  labels,
  contextHosting,
  contextOrigin,
  contextLabels,
  postsOpen,
  postsClosed,
] as const;

/** Which layers each toggle shows or hides. */
export const TOGGLE_LAYERS = {
  posts: [postsOpen.id, postsClosed.id],
  routes: [routesLine.id, routesLineNoFigure.id, routesArrows.id],
  labels: [labels.id],
  context: [contextHosting.id, contextOrigin.id, contextLabels.id],
} as const;

/** Layers a click can hit, most specific first. */
export const CLICKABLE = [postsOpen.id, postsClosed.id, routesLine.id, routesLineNoFigure.id, countriesFill.id];
