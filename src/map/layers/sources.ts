/** Ids of the map's GeoJSON sources: the layer groups and MapController name them from here. */
export const SOURCES = {
  countries: 'countries',
  /** Focus roles and programme match: only the countries that have one (see ../outlines.ts). */
  outlines: 'country-outlines',
  /** Hover and selection: at most two countries. */
  pointer: 'country-pointer',
  labels: 'labels',
  posts: 'posts',
  routes: 'routes',
  /** The routes' arrowheads and figure labels, built from the routes (../routeMarks.ts). */
  routeMarks: 'route-marks',
  context: 'context',
} as const;
