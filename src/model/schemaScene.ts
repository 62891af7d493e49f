/** The zod schema of scenes.yaml: a briefing scene is a view of the map (a URL state) with a title and short text. */
import { z } from 'zod';
import { GOAL_IDS, LAYER_IDS } from './ids';
import { derived, iso3, kebabId, lonLat, source, text, year } from './schemaBasics';

const bounds = z
  .tuple([z.number().min(-180).max(180), z.number().min(-85), z.number().min(-180).max(180), z.number().max(85)])
  .refine(([w, s, e, n]) => w < e && s < n, 'bounds are [west, south, east, north] with west < east and south < north');

export const scene = z.object({
  id: kebabId,
  title_nl: text,
  title_en: text,
  text_nl: text,
  text_en: text,
  camera: z.union([
    z.object({ bounds }).strict(),
    z.object({ center: lonLat, zoom: z.number().min(0).max(22) }).strict(),
  ]),
  programmes: z.array(kebabId).default([]),
  year: year.nullable().default(null),
  goal: z.enum(['both', ...GOAL_IDS]).default('both'),
  country: iso3.nullable().default(null),
  layers: z.array(z.enum(LAYER_IDS)).default(['posts', 'routes', 'labels']),
  source,
  derived,
});
export type Scene = z.infer<typeof scene>;
