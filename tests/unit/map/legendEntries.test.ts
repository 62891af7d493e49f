/**
 * The legend as data: it lists exactly the encodings the map draws (the fill
 * classes some country has, the outlines some country carries, the layers
 * shown in the year), and every colour it shows is one the map draws. A
 * stand-in translator keeps the messages out.
 */
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../src/i18n/t';
import { type DrawnCountries, PROGRAMME_CLASS_BASE } from '../../../src/map/countryStates';
import { LAYERS } from '../../../src/map/layers/stack';
import { type LegendEntry, type LegendView, legendModel, legendViewOf } from '../../../src/map/legendEntries';
import { layersInYear } from '../../../src/map/yearLayers';
import type { Layers } from '../../../src/state/types';
import { filters, tiny } from '../state/fixture';

const t = ((key: string, vars?: object) => (vars ? `${key}${JSON.stringify(vars)}` : key)) as Translate;
const NO_LAYERS: Layers = { posts: false, routes: false, labels: false, context: false };
const ALL_LAYERS: Layers = { posts: true, routes: true, labels: true, context: true };
const ALL_DRAWN: DrawnCountries = {
  fillClasses: new Set([0, 1, 2, 3, 4, 5]),
  focusReception: true,
  focusMigration: true,
  focusBoth: false,
  match: false,
};

const view = (over: Partial<LegendView> = {}, layers = NO_LAYERS) =>
  legendModel(
    {
      goal: 'both',
      year: 2023,
      metric: 'activities',
      reportingYears: [2023],
      drawn: ALL_DRAWN,
      layers: layersInYear(layers, { year: over.year ?? 2023, latestEdition: 2023 }),
      ...over,
    },
    t,
  );
const labels = (entries: LegendEntry[]) => entries.map((e) => e.label.replace(/\{.*\}$/, ''));

describe('legendModel', () => {
  it('a reporting year: the count classes in use and "no activity"', () => {
    expect(labels(view().classes)).toEqual(['1', '2', '3–4', '5–6', '≥ 7', 'legendNoActivity']);
    const some = view({ drawn: { ...ALL_DRAWN, fillClasses: new Set([0, 2, 5]) } });
    expect(labels(some.classes)).toEqual(['2', '≥ 7', 'legendNoActivity']);
  });

  it('the programme metric: its own title, 1 / 2 / 3 / ≥ 4 classes in use, "no programme"', () => {
    const m = view({
      year: 2024,
      metric: 'programmes',
      drawn: { ...ALL_DRAWN, focusReception: false, focusMigration: false, fillClasses: new Set([0, 11, 12, 14]) },
    });
    expect(m.title).toBe('legendProgrammes{"goal":"goalboth","year":2024}');
    expect(labels(m.classes)).toEqual(['1', '2', '≥ 4', 'legendNoProgramme']);
    expect(m.notes).toEqual(['legendNoCountsYear{"year":2024,"years":"2023"}']);
  });

  it('names a long run of counted years as one range, so the note stays a line', () => {
    const years = Array.from({ length: 62 }, (_, i) => 2023 + i);
    const m = view({ year: 2022, metric: 'programmes', reportingYears: years, lang: 'en' });
    expect(m.notes).toEqual(['legendNoCountsYear{"year":2022,"years":"2023–2084"}']);
  });

  it('lists a focus outline only when some country is drawn with it, with its year', () => {
    expect(labels(view().items)).toEqual(['legendFocusReception', 'legendFocusMigration', 'legendNeutral']);
    expect(view().items[0]?.label).toBe('legendFocusReception{"year":2023}');
    const none = view({ drawn: { ...ALL_DRAWN, focusReception: false, focusMigration: false } });
    expect(labels(none.items)).toEqual(['legendNeutral']);
  });

  it('adds the match and selection outlines and each visible layer, with the routes caveat', () => {
    const m = view({ drawn: { ...ALL_DRAWN, match: true }, hasSelection: true }, ALL_LAYERS);
    expect(labels(m.items)).toEqual([
      'legendFocusReception',
      'legendFocusMigration',
      'legendMatch',
      'legendSelected',
      'legendNeutral',
      'legendPostOpen',
      'legendPostClosed',
      'legendHosting',
      'legendOrigin',
      'legendRoute',
      'legendRouteWidth',
      'legendRouteWidth',
      'legendRouteWidth',
      'legendRouteNoFigure',
    ]);
    expect(m.caveat).toBe('routesCaveat');
    expect(view().caveat).toBeNull();
  });

  it('both roles on one country: a two-line key, "beide rollen"', () => {
    const m = view({ drawn: { ...ALL_DRAWN, focusBoth: true } });
    expect(labels(m.items)).toEqual([
      'legendFocusReception',
      'legendFocusMigration',
      'legendBothRoles',
      'legendNeutral',
    ]);
  });

  it('route widths: three samples drawn at the widths the map gives those figures, labelled with them', () => {
    const routes = view({}, ALL_LAYERS).items.filter((e) => e.id.startsWith('route-width'));
    expect(routes.map((e) => (e.kind === 'route' ? e.width : 0))).toEqual([3.5, 8.75, 14]);
    expect(routes.map((e) => (e.kind === 'route' ? e.opacity : 0))).toEqual([0.9, 0.9, 0.9]);
    expect(routes.map((e) => e.label)).toEqual([
      'legendRouteWidth{"n":"40.000"}',
      'legendRouteWidth{"n":"100.000"}',
      'legendRouteWidth{"n":"160.000"}',
    ]);
  });

  it('routes: a direction key with one arrowhead, and the thin, quiet route without a figure, drawn as the map draws them', () => {
    const items = view({}, ALL_LAYERS).items;
    const route = items.find((e) => e.id === 'route');
    const quiet = items.find((e) => e.id === 'route-no-figure');
    expect(route?.kind === 'route' && route.arrowBox).toBeGreaterThan(12);
    expect(quiet).toMatchObject({ kind: 'route', width: 1.5, opacity: 0.6, arrowBox: 9 });
    // The width samples carry no arrowhead, so their widths compare.
    for (const e of items.filter((x) => x.id.startsWith('route-width')))
      expect(e.kind === 'route' && e.arrowBox).toBeNull();
  });

  it('outside their year, routes and top-5 circles are hidden and the legend says so instead', () => {
    const m = view({ year: 2025, metric: 'programmes' }, ALL_LAYERS);
    expect(labels(m.items)).not.toContain('legendRoute');
    expect(labels(m.items)).not.toContain('legendHosting');
    expect(m.caveat).toBeNull();
    expect(m.notes).toContain('legendRoutesHidden{"year":2023}');
    expect(m.notes).toContain('legendContextHidden{"year":2023}');
  });

  it('titles the goal and year', () => {
    expect(view({ goal: 'reception-in-region', year: 2021 }).title).toBe(
      'legendActivities{"goal":"reception-in-region","year":2021}',
    );
  });

  it('shows only colours the map draws', () => {
    const style = JSON.stringify(LAYERS).toLowerCase();
    const all = new Set([-1, 0, 1, 2, 3, 4, 5, ...[1, 2, 3, 4].map((k) => PROGRAMME_CLASS_BASE + k)]);
    const m = view({ drawn: { ...ALL_DRAWN, fillClasses: all, match: true }, hasSelection: true }, ALL_LAYERS);
    const p = view({ metric: 'programmes', drawn: { ...ALL_DRAWN, fillClasses: all } });
    for (const e of [...m.classes, ...m.items, ...p.classes])
      expect(style, `${e.label} ${e.color}`).toContain(`"${e.color.toLowerCase()}"`);
  });
});

describe('legendViewOf: the legend reads the states the map applies', () => {
  it('in a year without focus roles, no focus outline is listed', () => {
    const v = legendViewOf({
      countries: tiny.countries,
      programmes: tiny.programmes,
      filters: filters({ year: 2024 }),
      selection: null,
      layers: NO_LAYERS,
    });
    expect(v.metric).toBe('programmes');
    expect(v.drawn.focusReception || v.drawn.focusMigration).toBe(false);
    // 2024: alpha's open phase ends with the edition (2023); AAA has gamma, BBB and DDD beta: one each.
    expect([...v.drawn.fillClasses].sort()).toEqual([0, PROGRAMME_CLASS_BASE + 1]);
  });
});

describe('posts in the legend', () => {
  it('a kind of post is listed only when the map shows one', () => {
    const posts = (open: boolean, closed: boolean) =>
      view({ posts: { open, closed } }, ALL_LAYERS).items.map((e) => e.id);
    expect(posts(true, true)).toEqual(expect.arrayContaining(['post-open', 'post-closed']));
    expect(posts(true, false)).not.toContain('post-closed');
    expect(posts(false, false)).not.toContain('post-open');
  });

  it('clusters are explained only while the map draws some, and only with the posts layer on', () => {
    const items = (clusters: boolean, layers: Layers) =>
      view({ posts: { open: true, closed: false }, clusters }, layers).items.map((e) => e.id);
    expect(items(false, ALL_LAYERS)).not.toContain('post-cluster');
    expect(items(true, ALL_LAYERS)).toContain('post-cluster');
    expect(items(true, { ...ALL_LAYERS, posts: false })).not.toContain('post-cluster');
  });
});
