/**
 * What the legend lists for a view, as data: the React legend and the PNG
 * export draw the same entries, so a picture never explains less than the app.
 */
import type { Translate } from '../i18n/t';
import type { GoalFilter, Lang, Layers } from '../state/types';
import * as palette from '../theme/palette';
import { focusEntries, type LegendEntry, routeEntries } from './legendEncodings';

export type { LegendEntry } from './legendEncodings';

export interface LegendModel {
  title: string;
  classes: LegendEntry[];
  items: LegendEntry[];
  caveat: string | null;
}

function classLabel(min: number, max: number) {
  if (max === Number.POSITIVE_INFINITY) return `≥ ${min}`;
  return min === max ? String(min) : `${min}–${max}`;
}

export function legendModel(
  v: {
    goal: GoalFilter;
    year: number;
    reporting: boolean;
    hasProgrammeFilter: boolean;
    hasSelection?: boolean;
    layers: Layers;
    /** For the figures in the route widths' labels. */
    lang?: Lang;
  },
  t: Translate,
): LegendModel {
  const goalName = v.goal === 'both' ? t('goalBoth').toLowerCase() : t(v.goal).toLowerCase();
  const classes: LegendEntry[] = v.reporting
    ? [
        ...palette.ACTIVITY_CLASSES.map(
          (k): LegendEntry => ({ kind: 'fill', color: k.color, label: classLabel(k.min, k.max) }),
        ),
        { kind: 'fill', color: palette.LAND_NO_ACTIVITY, label: t('legendNoActivity') },
      ]
    : [{ kind: 'fill', color: palette.LAND_NO_DATA, label: t('legendNoDataYear') }];
  const items: LegendEntry[] = [];
  items.push(...focusEntries(v.goal, t));
  if (v.hasProgrammeFilter)
    items.push({ kind: 'line', color: palette.MATCH, width: 4, style: 'solid', label: t('legendMatch') });
  if (v.hasSelection)
    items.push({ kind: 'line', color: palette.SELECTED_INNER, width: 4, style: 'solid', label: t('legendSelected') });
  items.push({ kind: 'fill', color: palette.NEUTRAL_AREA, dashedBorder: true, label: t('legendNeutral') });
  if (v.layers.posts) {
    items.push({ kind: 'dot', color: palette.POST_OPEN, label: t('legendPostOpen') });
    items.push({ kind: 'ring', color: palette.POST_CLOSED, cross: true, label: t('legendPostClosed') });
  }
  if (v.layers.context) {
    items.push({ kind: 'dot', color: palette.CONTEXT_HOSTING, label: t('legendHosting') });
    items.push({ kind: 'ring', color: palette.CONTEXT_ORIGIN, label: t('legendOrigin') });
  }
  if (v.layers.routes) {
    items.push(...routeEntries(t, v.lang ?? 'nl'));
  }
  return {
    title: t('legendActivities', { goal: goalName, year: v.year }),
    classes,
    items,
    caveat: v.layers.routes ? t('routesCaveat') : null,
  };
}
