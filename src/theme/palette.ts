/**
 * Colours shared by the map, its legend, the PNG export and the charts (a
 * reader who knows the map knows the charts), so they sit below all of them.
 * Choice and measured ratios: docs/design.md, "Palette".
 *
 * The choropleth is one hue, Rijkshuisstijl donkerblauw #01689B in tints up to
 * lintblauw #154273, on a white ocean: a lightness ramp that reads the same
 * for every kind of colour vision and in a greyscale print, and in the
 * government's own colours. The lightest step is the 30 % tint, not the
 * 15 % one (#D9E9F0): that one is 1.10:1 against the land colour.
 * tests/unit/map/contrast.test.ts asserts every ratio stated here.
 */
/** White: the blue classes never read as water, and land stands apart by its warm tone and the coastline. */
export const OCEAN = '#ffffff';
/** Land without activity, and countries the programme filter fades (1.16:1 against the ocean). */
export const LAND_NO_ACTIVITY = '#f1eee7';
/**
 * A country without counts for the year. Never drawn next to the neutral area
 * in practice (a year without counts shows programmes, never this class; see
 * the contrast test), and still a darker grey, so the two cannot be confused.
 */
export const LAND_NO_DATA = '#cfcfcf';
/** Disputed or unassigned areas (Western Sahara): grey, with a dashed NEUTRAL_BORDER. */
export const NEUTRAL_AREA = '#e4e4e4';
export const NEUTRAL_BORDER = '#767676';
export const BORDER = '#9a9a9a';

/** Upper bound of each class (inclusive) and its colour. */
export const ACTIVITY_CLASSES: { min: number; max: number; color: string }[] = [
  { min: 1, max: 1, color: '#b3d2e1' },
  { min: 2, max: 2, color: '#8cbbd2' },
  { min: 3, max: 4, color: '#418eb4' },
  { min: 5, max: 6, color: '#01689b' },
  { min: 7, max: Number.POSITIVE_INFINITY, color: '#154273' },
];

/**
 * Programmes active in a country in a year: 1 / 2 / 3 / 4+. The same ramp as
 * the activity classes (so outlines and posts keep their tested contrast),
 * under its own legend title; steps 1, 3, 4 and 5 of it, chosen apart.
 */
export const PROGRAMME_CLASSES: { label: string; color: string }[] = [
  { label: '1', color: '#b3d2e1' },
  { label: '2', color: '#418eb4' },
  { label: '3', color: '#01689b' },
  { label: '≥ 4', color: '#154273' },
];

/** Rijkshuisstijl oranje and paars, drawn on a white edge (map/layers/outlines.ts). */
export const FOCUS_RECEPTION = '#e17000';
export const FOCUS_MIGRATION = '#42145f';
export const MATCH = '#111111';
export const SELECTED = '#000000';
export const SELECTED_INNER = '#ffb612';
export const POST_OPEN = '#7a0019';
export const POST_CLOSED = '#7a0019';
export const ROUTE = '#a50f15';
export const CONTEXT_HOSTING = '#01665e';
export const CONTEXT_ORIGIN = '#8c510a';
