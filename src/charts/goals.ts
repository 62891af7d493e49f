/**
 * How the two policy goals look in every chart: the map's focus colours (so a
 * reader who knows the map knows the charts) plus a shape, so colour is never
 * the only cue.
 */
import { translator } from '../i18n/t';
import { GOAL_IDS, type GoalId } from '../model/ids';
import type { Lang } from '../state/types';
import { ACTIVITY_CLASSES, FOCUS_MIGRATION, FOCUS_RECEPTION } from '../theme/palette';

export { GOAL_IDS };

export const GOAL_COLOR: Record<GoalId, string> = {
  'reception-in-region': FOCUS_RECEPTION,
  'migration-cooperation': FOCUS_MIGRATION,
};

export const GOAL_SYMBOL: Record<GoalId, 'circle' | 'square'> = {
  'reception-in-region': 'circle',
  'migration-cooperation': 'square',
};

/** The chapter-1 figures are not about a goal: one neutral colour from the map's scale (donkerblauw). */
export const NEUTRAL_BAR = ACTIVITY_CLASSES[3]!.color;

/** Goal names come from the app's messages, so charts and map use the same words. */
export function goalName(goal: GoalId, lang: Lang): string {
  return translator(lang)(goal);
}
