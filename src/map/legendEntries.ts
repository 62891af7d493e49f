/**
 * What the legend lists for a view, as data: the React legend and the PNG
 * export draw the same entries, so a picture never explains less than the app.
 * It lists exactly the encodings the map draws: the fill classes some country
 * has, the outlines some country carries, the layers shown in this year.
 */
import type { CountriesGeo, PostsGeo, ProgrammeRecord } from '../data/types';
import { formatYears } from '../i18n/lists';
import type { Translate } from '../i18n/t';
import type { FilterContext } from '../state/filterContext';
import { isPostShown, matchingCountries } from '../state/selectors';
import { yearMetric } from '../state/selectorsYearMetric';
import type { FillMetric, GoalFilter, Lang, Layers, Selection } from '../state/types';
import * as palette from '../theme/palette';
import { countryStatesOf } from './applyView';
import { type DrawnCountries, drawnCountries, PROGRAMME_CLASS_BASE } from './countryStates';
import { focusEntries, type LegendEntry, routeEntries } from './legendEncodings';
import { type LayersInYear, layersInYear } from './yearLayers';

export type { LegendEntry } from './legendEncodings';

export interface LegendModel {
  title: string;
  classes: LegendEntry[];
  items: LegendEntry[];
  caveat: string | null;
  /** What this year leaves out: no counts, layers of another year. */
  notes: string[];
}

export interface LegendView {
  goal: GoalFilter;
  year: number;
  metric: FillMetric;
  /** Reporting years (activity counts and focus roles exist for these only). */
  reportingYears: number[];
  drawn: DrawnCountries;
  hasSelection?: boolean;
  layers: LayersInYear;
  /** Open and closed posts the map shows; unknown (undefined): both kinds listed when the layer is on. */
  posts?: { open: boolean; closed: boolean };
  /** True while the map draws clusters of posts: only then does the legend explain them. */
  clusters?: boolean;
  /** For the figures in the route widths' labels (default Dutch). */
  lang?: Lang;
}

/** The legend's view of the map as applyView draws it (same memoised country states). */
export function legendViewOf(v: {
  countries: CountriesGeo;
  programmes: ProgrammeRecord[];
  filters: Omit<FilterContext, 'years'>;
  selection: Selection | null;
  layers: Layers;
  posts?: PostsGeo;
}): LegendView {
  const f = v.filters;
  const matching = matchingCountries(v.programmes, f);
  const shown = v.posts?.features.filter((p) => isPostShown(p.properties, matching));
  return {
    goal: f.goal,
    year: f.year,
    metric: yearMetric(f),
    reportingYears: f.reportingYears,
    drawn: drawnCountries(countryStatesOf(v.countries, v.programmes, f)),
    hasSelection: v.selection?.kind === 'country',
    layers: layersInYear(v.layers, f),
    posts: shown && {
      open: shown.some((p) => p.properties.status === 'open'),
      closed: shown.some((p) => p.properties.status === 'closed'),
    },
  };
}

function classLabel(min: number, max: number) {
  if (max === Number.POSITIVE_INFINITY) return `≥ ${min}`;
  return min === max ? String(min) : `${min}–${max}`;
}

function fillClasses(v: LegendView, t: Translate): LegendEntry[] {
  const used = v.drawn.fillClasses;
  const out: LegendEntry[] =
    v.metric === 'activities'
      ? palette.ACTIVITY_CLASSES.flatMap((k, i): LegendEntry[] =>
          used.has(i + 1)
            ? [{ id: `class-${i + 1}`, kind: 'fill', color: k.color, label: classLabel(k.min, k.max) }]
            : [],
        )
      : palette.PROGRAMME_CLASSES.flatMap((k, i): LegendEntry[] => {
          const c = PROGRAMME_CLASS_BASE + i + 1;
          return used.has(c) ? [{ id: `class-${c}`, kind: 'fill', color: k.color, label: k.label }] : [];
        });
  if (used.has(0))
    out.push({
      id: 'class-0',
      kind: 'fill',
      color: palette.LAND_NO_ACTIVITY,
      label: t(v.metric === 'activities' ? 'legendNoActivity' : 'legendNoProgramme'),
    });
  if (used.has(-1))
    out.push({ id: 'class-no-data', kind: 'fill', color: palette.LAND_NO_DATA, label: t('legendNoDataYear') });
  return out;
}

function outlineItems(v: LegendView, t: Translate): LegendEntry[] {
  const items: LegendEntry[] = [];
  const { drawn, year } = v;
  items.push(...focusEntries(drawn, year, t));
  if (drawn.match)
    items.push({ id: 'match', kind: 'line', color: palette.MATCH, width: 4, style: 'solid', label: t('legendMatch') });
  if (v.hasSelection)
    items.push({
      id: 'selected',
      kind: 'line',
      color: palette.SELECTED_INNER,
      width: 4,
      style: 'solid',
      label: t('legendSelected'),
    });
  items.push({
    id: 'neutral',
    kind: 'fill',
    color: palette.NEUTRAL_AREA,
    dashedBorder: true,
    label: t('legendNeutral'),
  });
  return items;
}

function layerItems(v: LegendView, t: Translate): LegendEntry[] {
  const items: LegendEntry[] = [];
  const shown = v.layers.shown;
  if (shown.posts && (v.posts?.open ?? true))
    items.push({ id: 'post-open', kind: 'dot', color: palette.POST_OPEN, label: t('legendPostOpen') });
  if (shown.posts && (v.posts?.closed ?? true))
    items.push({
      id: 'post-closed',
      kind: 'ring',
      color: palette.POST_CLOSED,
      cross: true,
      label: t('legendPostClosed'),
    });
  if (shown.posts && v.clusters)
    items.push({ id: 'post-cluster', kind: 'dot', color: palette.POST_OPEN, count: '3', label: t('legendCluster') });
  if (shown.context) {
    items.push({
      id: 'hosting',
      kind: 'dot',
      color: palette.CONTEXT_HOSTING,
      label: t('legendHosting', { year: v.year }),
    });
    items.push({
      id: 'origin',
      kind: 'ring',
      color: palette.CONTEXT_ORIGIN,
      label: t('legendOrigin', { year: v.year }),
    });
  }
  if (shown.routes) items.push(...routeEntries(t, v.lang ?? 'nl', v.year));
  return items;
}

function notes(v: LegendView, t: Translate): string[] {
  const out: string[] = [];
  if (!v.reportingYears.includes(v.year))
    out.push(t('legendNoCountsYear', { year: v.year, years: formatYears(v.reportingYears, v.lang ?? 'nl') }));
  for (const h of v.layers.hiddenByYear)
    out.push(t(h.layer === 'routes' ? 'legendRoutesHidden' : 'legendContextHidden', { year: h.year }));
  return out;
}

export function legendModel(v: LegendView, t: Translate): LegendModel {
  const goal = v.goal === 'both' ? t('goalBoth').toLowerCase() : t(v.goal).toLowerCase();
  return {
    title: t(v.metric === 'activities' ? 'legendActivities' : 'legendProgrammes', { goal, year: v.year }),
    classes: fillClasses(v, t),
    items: [...outlineItems(v, t), ...layerItems(v, t)],
    caveat: v.layers.shown.routes ? t('routesCaveat') : null,
    notes: notes(v, t),
  };
}
