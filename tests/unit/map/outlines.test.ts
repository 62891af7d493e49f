/** The outline and pointer sources hold only the countries with a role, on the tiny fixture (tests/unit/state/fixture.ts). */
import { describe, expect, it } from 'vitest';
import { computeCountryStates } from '../../../src/map/countryStates';
import { countriesByIso3, outlineCollection, outlineRolesChanged, pointerCollection } from '../../../src/map/outlines';
import type { GoalFilter } from '../../../src/state/types';
import { filters, tiny } from '../state/fixture';

const shapes = countriesByIso3(tiny.countries);
const states = (programmes: string[], goal: GoalFilter) =>
  computeCountryStates(tiny.countries, tiny.programmes, filters({ programmes, goal }));
const withRole = (c: ReturnType<typeof outlineCollection>, role: 'focusReception' | 'focusMigration' | 'match') =>
  c.features
    .filter((f) => f.properties[role])
    .map((f) => f.id)
    .sort();

describe('outline sources: only the countries with a role', () => {
  it('holds each role exactly as the computed states say, with the country’s own geometry', () => {
    for (const [selected, goal] of [
      [[], 'both'],
      [['alpha'], 'reception-in-region'],
      [['alpha', 'beta'], 'both'],
      [['beta'], 'migration-cooperation'],
    ] as const) {
      const s = states([...selected], goal);
      const c = outlineCollection(shapes, s);
      for (const role of ['focusReception', 'focusMigration', 'match'] as const) {
        const expected = [...s].filter(([, v]) => v[role]).map(([iso3]) => iso3);
        expect(withRole(c, role), `${selected}/${goal}/${role}`).toEqual(expected.sort());
      }
      // No country without a role is drawn, and each keeps the countries file's shape.
      expect(
        c.features.every((f) => f.properties.focusReception || f.properties.focusMigration || f.properties.match),
      ).toBe(true);
      for (const f of c.features) expect(f.geometry).toBe(shapes.get(f.id)?.geometry);
    }
  });

  it('leaves out every country without a role', () => {
    // No programme chosen: only the focus countries (AAA reception, DDD migration) have a role.
    expect(outlineCollection(shapes, states([], 'both')).features.map((f) => f.id)).toEqual(['AAA', 'DDD']);
  });

  it('knows when a filter change leaves every outline as it was', () => {
    const both = states([], 'both');
    expect(outlineRolesChanged(both, states([], 'both'))).toBe(false);
    expect(outlineRolesChanged(both, states(['alpha'], 'both'))).toBe(true);
    expect(outlineRolesChanged(both, states([], 'migration-cooperation'))).toBe(true);
    expect(outlineRolesChanged(new Map(), both)).toBe(true);
  });

  it('pointer: hover and selection, one feature when they are the same country', () => {
    expect(pointerCollection(shapes, null, null).features).toEqual([]);
    const two = pointerCollection(shapes, 'AAA', 'BBB').features.map((f) => [
      f.id,
      f.properties.hover,
      f.properties.selected,
    ]);
    expect(two).toEqual([
      ['AAA', true, false],
      ['BBB', false, true],
    ]);
    const one = pointerCollection(shapes, 'BBB', 'BBB').features;
    expect(one.map((f) => [f.id, f.properties.hover, f.properties.selected])).toEqual([['BBB', true, true]]);
    expect(pointerCollection(shapes, 'XXX', null).features).toEqual([]);
  });
});
