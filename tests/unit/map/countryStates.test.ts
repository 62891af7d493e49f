/** The countries' feature-state (fill class, dimming, focus outlines), on the tiny fixture (tests/unit/state/fixture.ts). */
import { describe, expect, it } from 'vitest';
import { classOf, computeCountryStates, fillStateChanges } from '../../../src/map/countryStates';
import type { GoalFilter } from '../../../src/state/types';
import { filters, tiny } from '../state/fixture';

const states = (programmes: string[] = [], goal: GoalFilter = 'both') =>
  computeCountryStates(tiny.countries, tiny.programmes, filters({ programmes, goal }));

describe('country feature-state', () => {
  it('choropleth classes: no data for the year, none, and 1-5', () => {
    expect(classOf({ kind: 'no-data-year' })).toBe(-1);
    expect(classOf({ kind: 'none' })).toBe(0);
    expect(classOf({ kind: 'count', value: 1, byGoal: {} })).toBe(1);
    expect(classOf({ kind: 'count', value: 4, byGoal: {} })).toBe(3);
    expect(classOf({ kind: 'count', value: 12, byGoal: {} })).toBe(5);
  });

  it('a programme highlights its countries and dims all others; focus outlines and counts follow the goal', () => {
    const alpha = states(['alpha'], 'reception-in-region');
    // AAA counts 5 reception activities (class 4) and has focus reception; CCC joins alpha in 2023.
    expect(alpha.get('AAA')).toEqual({
      fillClass: 4,
      match: true,
      dim: false,
      focusReception: true,
      focusMigration: false,
    });
    expect(alpha.get('CCC')).toMatchObject({ match: true, dim: false });
    expect(alpha.get('DDD')).toEqual({
      fillClass: 0,
      match: false,
      dim: true,
      focusReception: false,
      focusMigration: false,
    });
    const both = states();
    // Both goals: AAA's 5 + 2 activities (class 5); DDD's migration focus shows.
    expect(both.get('AAA')).toEqual({
      fillClass: 5,
      match: false,
      dim: false,
      focusReception: true,
      focusMigration: false,
    });
    expect(both.get('DDD')).toMatchObject({ focusReception: false, focusMigration: true, dim: false });
    expect(both.get('ESH')).toMatchObject({ fillClass: 0, focusReception: false, focusMigration: false });
  });

  it('a filter change sets feature-state only on the countries whose fill changed', () => {
    expect(fillStateChanges(states(), states())).toEqual([]);
    const alpha = states(['alpha']);
    const changed = new Map(fillStateChanges(states(), alpha));
    // Every country outside alpha fades; its three countries keep their fill.
    expect(changed.get('DDD')).toEqual({ fillClass: 0, dim: true });
    expect([...changed.keys()].sort()).toEqual(['DDD', 'EEE', 'ESH']);
    expect(changed.size).toBe([...alpha.values()].filter((s) => s.dim).length);
  });
});
