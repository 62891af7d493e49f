/**
 * The files of one edition folder (data/<year>/) and the schema of each.
 * Adding a file here is all it takes to load and validate it.
 */
import { z } from 'zod';
import * as s from '../model/schema';

export const EDITION_FILES = {
  edition: { file: 'edition.yaml', schema: s.edition },
  posts: { file: 'posts.csv', schema: z.array(s.postRow) },
  focus: { file: 'focus-countries.csv', schema: z.array(s.focusRow) },
  activities: { file: 'activities.csv', schema: z.array(s.activityRow) },
  programmes: { file: 'programmes.yaml', schema: z.array(s.programme) },
  moments: { file: 'moments.yaml', schema: z.array(s.moment) },
  statistics: { file: 'statistics.yaml', schema: s.statistics },
  budgets: { file: 'budgets.yaml', schema: z.array(s.budget) },
  results: { file: 'results.yaml', schema: z.array(s.result) },
  dialogues: { file: 'dialogues.yaml', schema: z.array(s.dialogue) },
  routes: { file: 'routes.yaml', schema: s.routes },
  notes: { file: 'notes.yaml', schema: z.array(s.note) },
  scenes: { file: 'scenes.yaml', schema: z.array(s.scene).min(1, 'a story needs at least one scene') },
} as const;

type Files = typeof EDITION_FILES;
export type EditionData = { [K in keyof Files]: z.infer<Files[K]['schema']> };
export type EditionKey = keyof Files;
