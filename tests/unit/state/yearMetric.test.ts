/**
 * The year metric: which fill a year shows, the programme class scale, and
 * the invariant the map summary rests on: the countries listed (countryRows)
 * are exactly the countries the map draws (a fill class or an outline), for
 * every year, goal, fill and programme filter.
 */
import { describe, expect, it } from 'vitest';
import { computeCountryStates, PROGRAMME_CLASS_BASE, programmeFillClass } from '../../../src/map/countryStates';
import { countryRows } from '../../../src/state/selectors';
import { canChooseFill, programmeClass, yearMetric } from '../../../src/state/selectorsYearMetric';
import type { FillMetric, GoalFilter } from '../../../src/state/types';
import { realData, realFilters } from '../data/realData';
import { filters, tiny } from './fixture';

const GOALS: GoalFilter[] = ['both', 'reception-in-region', 'migration-cooperation'];
const FILLS: FillMetric[] = ['activities', 'programmes'];

describe('yearMetric', () => {
  const f = (year: number, fill: FillMetric) => ({ year, reportingYears: [2023], fill });
  it('the reporting year shows what the user chose; every other year shows programmes', () => {
    expect(yearMetric(f(2023, 'activities'))).toBe('activities');
    expect(yearMetric(f(2023, 'programmes'))).toBe('programmes');
    expect(yearMetric(f(2024, 'activities'))).toBe('programmes');
    expect(yearMetric(f(2016, 'activities'))).toBe('programmes');
  });
  it('the choice is offered only where counts exist', () => {
    expect(canChooseFill(f(2023, 'activities'))).toBe(true);
    expect(canChooseFill(f(2022, 'activities'))).toBe(false);
  });
});

describe('programme class scale: 1 / 2 / 3 / 4+', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    [9, 4],
  ])('%i programmes -> class %i', (n, k) => {
    expect(programmeClass(n)).toBe(k);
    expect(programmeFillClass(n)).toBe(k === 0 ? 0 : PROGRAMME_CLASS_BASE + k);
  });
});

/** Countries with a fill class or an outline role. */
function drawn(states: ReturnType<typeof computeCountryStates>): string[] {
  return [...states]
    .filter(([, s]) => s.fillClass > 0 || s.focusReception || s.focusMigration || s.match)
    .map(([iso3]) => iso3)
    .sort();
}

describe('the countries listed are the countries drawn', () => {
  it('tiny fixture: 2023 with activities leaves out CCC (a programme, no count); with programmes it is in', () => {
    const act = filters({ year: 2023 });
    expect(countryRows(tiny.countries, tiny.programmes, act).map((r) => r.iso3)).toEqual(['AAA', 'BBB', 'DDD']);
    expect(drawn(computeCountryStates(tiny.countries, tiny.programmes, act))).toEqual(['AAA', 'BBB', 'DDD']);
    const prog = { ...act, fill: 'programmes' as const };
    expect(countryRows(tiny.countries, tiny.programmes, prog).map((r) => r.iso3)).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
    expect(computeCountryStates(tiny.countries, tiny.programmes, prog).get('CCC')?.fillClass).toBe(
      PROGRAMME_CLASS_BASE + 1,
    );
  });

  it('tiny fixture: 2017 draws delta in EEE; focus roles exist only in 2023', () => {
    const f = filters({ year: 2017 });
    expect(drawn(computeCountryStates(tiny.countries, tiny.programmes, f))).toEqual(['EEE']);
    expect(countryRows(tiny.countries, tiny.programmes, f).map((r) => r.iso3)).toEqual(['EEE']);
  });

  it('a programme filter fades the others to the land colour and hides their focus outlines', () => {
    const f = filters({ year: 2023, programmes: ['beta'] });
    const states = computeCountryStates(tiny.countries, tiny.programmes, f);
    expect(states.get('AAA')).toMatchObject({ fillClass: 0, dim: true, focusReception: false });
    expect(drawn(states)).toEqual(['BBB', 'DDD']);
  });

  it('the real data: every year, goal, fill and a few programme filters', () => {
    const d = realData();
    for (const year of d.editions.years)
      for (const goal of GOALS)
        for (const fill of FILLS)
          for (const programmes of [[], ['prospects'], ['gcff'], ['ifc-unhcr']]) {
            const f = { ...realFilters({ year, goal, programmes }), fill };
            const rows = countryRows(d.countries, d.programmes, f)
              .map((r) => r.iso3)
              .sort();
            expect(rows, `${year} ${goal} ${fill} ${programmes}`).toEqual(
              drawn(computeCountryStates(d.countries, d.programmes, f)),
            );
          }
  });

  it('the real data: no year on the slider is a grey world', () => {
    const d = realData();
    for (const year of d.editions.years)
      expect(
        drawn(computeCountryStates(d.countries, d.programmes, realFilters({ year }))).length,
        String(year),
      ).toBeGreaterThan(0);
  });
});
