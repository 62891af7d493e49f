/**
 * The ids the running app and the data schemas share. Kept free of zod so the
 * browser bundle can import them without the build-time schemas
 * (src/model/schema.ts), which import these.
 */

export const GOAL_IDS = ['reception-in-region', 'migration-cooperation'] as const;
export type GoalId = (typeof GOAL_IDS)[number];

/** Map layers a user can switch; `context` is the chapter-1 proportional symbols. */
export const LAYER_IDS = ['posts', 'routes', 'labels', 'context'] as const;
