/**
 * The compiled files under public/, by the key the app knows each one by: the
 * one list that the compile step (src/compile/compile.ts), the build script
 * (scripts/data-build.ts) and the app's loader (src/data/loadAppData.ts) share.
 * Zod-free, so the browser bundle can import it.
 */
export const OUTPUT_FILES = {
  countries: 'geo/countries.geojson',
  labels: 'geo/labels.geojson',
  posts: 'geo/posts.geojson',
  routes: 'geo/routes.geojson',
  context: 'geo/context.geojson',
  programmes: 'data/programmes.json',
  moments: 'data/moments.json',
  statistics: 'data/statistics.json',
  notes: 'data/notes.json',
  dialogues: 'data/dialogues.json',
  editions: 'data/editions.json',
  scenes: 'data/scenes.json',
} as const;

export type OutputKey = keyof typeof OUTPUT_FILES;
