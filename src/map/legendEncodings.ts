/**
 * The legend rows for the map's line encodings: the focus borders (each role
 * alone and both together, as drawn: a line inside the border on a white
 * edge), and the routes (direction, and three sample widths labelled with the
 * figures they stand for). Part of the legend model (legendEntries.ts).
 */
import { formatNumber } from '../i18n/numbers';
import type { Translate } from '../i18n/t';
import type { Lang } from '../state/types';
import * as palette from '../theme/palette';
import { arrowBoxFor, CASING_PX, FIGURE_STYLE, NO_FIGURE_STYLE, routeWidthFor } from './layers/routes';

/** One row of the legend: a key drawn as the map draws it, and its label. */
/** `id` names the encoding ("class-3", "focus-reception", "route"), so tests can match entries to what is drawn. */
export type LegendEntry = { id: string } & (
  | { kind: 'fill'; color: string; label: string; dashedBorder?: boolean }
  | {
      kind: 'line';
      color: string;
      width: number;
      style: 'solid' | 'dashed' | 'dotted';
      label: string;
      /** Drawn on a white edge, as the focus borders are. */
      edge?: boolean;
    }
  /** A route as the map draws it: a line on its white casing, ending in an arrowhead `arrowBox` px square (none: null). */
  | {
      kind: 'route';
      color: string;
      width: number;
      opacity: number;
      /** The white casing: px beyond the line on each side, and its opacity. */
      casing: number;
      casingOpacity: number;
      arrowBox: number | null;
      label: string;
    }
  /** Two parallel lines on a white edge: a country with both focus roles. */
  | { kind: 'lines'; color: string; inner: { color: string; style: 'solid' | 'dashed' }; label: string }
  /** `count`: a number on the dot, as on a cluster of posts. */
  | { kind: 'dot'; color: string; label: string; count?: string }
  | { kind: 'ring'; color: string; label: string; cross?: boolean }
);

/** Figures the sample widths stand for: the range of the cited 2023 routes (about 40,000 to 158,000). */
const ROUTE_SAMPLES = [40000, 100000, 160000];

/** The focus borders the map draws (`drawn`: some country carries the role; `both`: one carries both). */
export function focusEntries(
  drawn: { focusReception: boolean; focusMigration: boolean; focusBoth: boolean },
  year: number,
  t: Translate,
): LegendEntry[] {
  const out: LegendEntry[] = [];
  if (drawn.focusReception)
    out.push({
      id: 'focus-reception',
      kind: 'line',
      color: palette.FOCUS_RECEPTION,
      width: 3,
      style: 'solid',
      edge: true,
      label: t('legendFocusReception', { year }),
    });
  if (drawn.focusMigration)
    out.push({
      id: 'focus-migration',
      kind: 'line',
      color: palette.FOCUS_MIGRATION,
      width: 3,
      style: 'dashed',
      edge: true,
      label: t('legendFocusMigration', { year }),
    });
  if (drawn.focusBoth)
    out.push({
      id: 'focus-both',
      kind: 'lines',
      color: palette.FOCUS_RECEPTION,
      inner: { color: palette.FOCUS_MIGRATION, style: 'dashed' },
      label: t('legendBothRoles'),
    });
  return out;
}

/** The legend's key for a route drawn at this width (null: a route without a figure). */
function routeKey(width: number | null, arrow: boolean): Omit<Extract<LegendEntry, { kind: 'route' }>, 'label' | 'id'> {
  const quiet = width === null;
  const w = width ?? NO_FIGURE_STYLE.width;
  return {
    kind: 'route',
    color: palette.ROUTE,
    width: w,
    opacity: quiet ? NO_FIGURE_STYLE.opacity : FIGURE_STYLE.opacity,
    casing: quiet ? NO_FIGURE_STYLE.casingPx : CASING_PX,
    casingOpacity: quiet ? NO_FIGURE_STYLE.casingOpacity : FIGURE_STYLE.casingOpacity,
    arrowBox: !arrow ? null : quiet ? NO_FIGURE_STYLE.arrowBox : arrowBoxFor(w),
  };
}

/**
 * What a route is (a medium one, with its arrowhead), three sample widths
 * labelled with the figures they stand for (lines only, so the widths compare),
 * and the thin, quiet route without a figure.
 */
export function routeEntries(t: Translate, lang: Lang, year: number): LegendEntry[] {
  return [
    { id: 'route', ...routeKey(routeWidthFor(60000), true), label: t('legendRoute', { year }) },
    ...ROUTE_SAMPLES.map(
      (n): LegendEntry => ({
        id: `route-width-${n}`,
        ...routeKey(routeWidthFor(n), false),
        label: t('legendRouteWidth', { n: formatNumber(n, lang) }),
      }),
    ),
    { id: 'route-no-figure', ...routeKey(null, true), label: t('legendRouteNoFigure') },
  ];
}
