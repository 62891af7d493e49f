/**
 * The outlines a user reads as "this one": focus roles and programme match
 * from the `outlines` source, hover and selection from the `pointer` source.
 * Both sources hold only the countries that have the role (../outlines.ts);
 * each layer draws the features whose role property is true.
 */
import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import * as palette from '../../theme/palette';
import { SOURCES } from './sources';

const hasRole = (key: string): ExpressionSpecification => ['==', ['get', key], true];
/**
 * A dash pattern that draws a solid line. Every outline then uses the one
 * shader program the dashed lines need anyway, compiled at load: the first
 * programme match, hover or selection does not wait ~130 ms for a shader
 * compile in software WebGL (docs/performance.md).
 */
const SOLID: [number, number] = [1, 0];

const BOTH: ExpressionSpecification = ['all', hasRole('focusReception'), hasRole('focusMigration')];
const notBoth = (e: ExpressionSpecification): ExpressionSpecification => ['all', e, ['!', BOTH]];

/**
 * Every outline layer's paint is constant: MapLibre compiles one shader
 * program per set of per-feature ("data-driven") paint properties, so a
 * `['case', BOTH, ...]` width or offset costs a program of its own (a compile
 * at load in software WebGL). Countries with both roles get layers of their
 * own instead; the two layers of a pair draw disjoint countries, so the
 * picture is the same.
 */
const edge = (id: string, filter: ExpressionSpecification, width: number): LineLayerSpecification => ({
  id,
  type: 'line',
  source: SOURCES.outlines,
  filter,
  paint: { 'line-color': '#ffffff', 'line-width': width, 'line-offset': width / 2, 'line-dasharray': SOLID },
});

/**
 * Focus roles are drawn inside the border (positive `line-offset`: rings run
 * clockwise on screen in vector tiles), each as a 3 px line on a white band
 * that starts at the border: the white edge keeps oranje and paars legible on
 * the darkest fill, and a country with both roles shows two parallel lines,
 * oranje outside and paars inside, separated by white (read as two roles at a
 * glance; the legend's "beide rollen").
 * The programme match's black line lies on the same white edge: it too must show on the darkest fill.
 */
export const focusEdge = edge(
  'countries-focus-edge',
  notBoth(['any', hasRole('focusReception'), hasRole('focusMigration'), hasRole('match')]),
  4.5,
);
export const focusEdgeBoth = edge('countries-focus-edge-both', BOTH, 9);

export const focusReception: LineLayerSpecification = {
  id: 'countries-focus-reception',
  type: 'line',
  source: SOURCES.outlines,
  filter: hasRole('focusReception'),
  paint: { 'line-color': palette.FOCUS_RECEPTION, 'line-width': 3, 'line-offset': 3, 'line-dasharray': SOLID },
};

const migration = (id: string, filter: ExpressionSpecification, offset: number): LineLayerSpecification => ({
  id,
  type: 'line',
  source: SOURCES.outlines,
  filter,
  paint: { 'line-color': palette.FOCUS_MIGRATION, 'line-width': 3, 'line-offset': offset, 'line-dasharray': [2, 1.2] },
});

export const focusMigration = migration('countries-focus-migration', notBoth(hasRole('focusMigration')), 3);
export const focusMigrationBoth = migration('countries-focus-migration-both', BOTH, 7.5);

/** A solid outline of the features of `source` that carry `role`. */
const solidOutline = (
  id: string,
  source: string,
  role: string,
  color: string,
  width: number,
): LineLayerSpecification => ({
  id,
  type: 'line',
  source,
  filter: hasRole(role),
  paint: { 'line-color': color, 'line-width': width, 'line-dasharray': SOLID },
});

export const programmeMatch = solidOutline('countries-match', SOURCES.outlines, 'match', palette.MATCH, 3.5);

export const hover = solidOutline('countries-hover', SOURCES.pointer, 'hover', '#333333', 2);

/** The selected country: a yellow line on a black casing, unlike any filter outline. */
export const selectedCasing = solidOutline(
  'countries-selected-casing',
  SOURCES.pointer,
  'selected',
  palette.SELECTED,
  7,
);

export const selected = solidOutline('countries-selected', SOURCES.pointer, 'selected', palette.SELECTED_INNER, 3);
