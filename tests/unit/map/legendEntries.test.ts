/**
 * The legend as data: what it lists for a view, and that every colour it
 * shows is one the map draws. A stand-in translator keeps the messages out.
 */
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../src/i18n/t';
import { LAYERS } from '../../../src/map/layers/stack';
import { type LegendEntry, legendModel } from '../../../src/map/legendEntries';
import type { Layers } from '../../../src/state/types';

const t = ((key: string, vars?: object) => (vars ? `${key}${JSON.stringify(vars)}` : key)) as Translate;
const NO_LAYERS: Layers = { posts: false, routes: false, labels: false, context: false };
const ALL_LAYERS: Layers = { posts: true, routes: true, labels: true, context: true };

const view = (over: Partial<Parameters<typeof legendModel>[0]> = {}) =>
  legendModel({ goal: 'both', year: 2023, reporting: true, hasProgrammeFilter: false, layers: NO_LAYERS, ...over }, t);
const labels = (entries: LegendEntry[]) => entries.map((e) => e.label);

describe('legendModel', () => {
  it('a reporting year: five count classes and "no activity"', () => {
    expect(labels(view().classes)).toEqual(['1', '2', '3–4', '5–6', '≥ 7', 'legendNoActivity']);
  });

  it('a year without counts: one "no data" class', () => {
    expect(labels(view({ reporting: false }).classes)).toEqual(['legendNoDataYear']);
  });

  it('lists the focus outline of the chosen goal only', () => {
    expect(labels(view().items)).toEqual([
      'legendFocusReception',
      'legendFocusMigration',
      'legendBothRoles',
      'legendNeutral',
    ]);
    expect(labels(view({ goal: 'migration-cooperation' }).items)).toEqual(['legendFocusMigration', 'legendNeutral']);
  });

  it('adds the match and selection outlines and each visible layer, with the routes caveat', () => {
    const m = view({ hasProgrammeFilter: true, hasSelection: true, layers: ALL_LAYERS });
    expect(labels(m.items)).toEqual([
      'legendFocusReception',
      'legendFocusMigration',
      'legendBothRoles',
      'legendMatch',
      'legendSelected',
      'legendNeutral',
      'legendPostOpen',
      'legendPostClosed',
      'legendHosting',
      'legendOrigin',
      'legendRoute',
      'legendRouteWidth{"n":"40.000"}',
      'legendRouteWidth{"n":"100.000"}',
      'legendRouteWidth{"n":"160.000"}',
      'legendRouteNoFigure',
    ]);
    expect(m.caveat).toBe('routesCaveat');
    expect(view().caveat).toBeNull();
  });

  it('route widths: three samples drawn at the widths the map gives those figures', () => {
    const widths = view({ layers: ALL_LAYERS })
      .items.filter((e) => e.label.startsWith('legendRouteWidth'))
      .map((e) => (e.kind === 'line' ? e.width : 0));
    expect(widths).toEqual([3.5, 6.5, 9]);
  });

  it('titles the goal and year', () => {
    expect(view({ goal: 'reception-in-region', year: 2021 }).title).toBe(
      'legendActivities{"goal":"reception-in-region","year":2021}',
    );
  });

  it('shows only colours the map draws', () => {
    const style = JSON.stringify(LAYERS).toLowerCase();
    const m = view({ hasProgrammeFilter: true, hasSelection: true, layers: ALL_LAYERS });
    for (const e of [...m.classes, ...m.items, ...view({ reporting: false }).classes])
      expect(style, `${e.label} ${e.color}`).toContain(`"${e.color.toLowerCase()}"`);
  });
});
