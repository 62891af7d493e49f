/**
 * Colours shared by the map, its legend, the PNG export and the charts (a
 * reader who knows the map knows the charts), so they sit below all of them.
 * The choropleth is ColorBrewer YlGnBu (colour-blind safe,
 * sequential); focus roles are told apart by line style as well as colour;
 * posts are dark on light so they meet 3:1 non-text contrast on every class.
 */
export const OCEAN = '#d6e4ee';
export const LAND_NO_ACTIVITY = '#f4f1ea';
export const LAND_NO_DATA = '#e4e4e4';
export const NEUTRAL_AREA = '#ffffff';
export const BORDER = '#9a9a9a';

/** Upper bound of each class (inclusive) and its colour. */
export const ACTIVITY_CLASSES: { min: number; max: number; color: string }[] = [
  { min: 1, max: 1, color: '#c7e9b4' },
  { min: 2, max: 2, color: '#7fcdbb' },
  { min: 3, max: 4, color: '#41b6c4' },
  { min: 5, max: 6, color: '#1d91c0' },
  { min: 7, max: Number.POSITIVE_INFINITY, color: '#225ea8' },
];

/**
 * Programmes active in a country in a year: 1 / 2 / 3 / 4+. The same
 * colour-blind-safe family as the activity classes (so outlines and posts keep
 * their tested contrast), under its own legend title; steps chosen apart.
 */
export const PROGRAMME_CLASSES: { label: string; color: string }[] = [
  { label: '1', color: '#c7e9b4' },
  { label: '2', color: '#7fcdbb' },
  { label: '3', color: '#1d91c0' },
  { label: '≥ 4', color: '#225ea8' },
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
