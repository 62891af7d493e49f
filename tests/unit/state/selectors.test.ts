/** The filters' meaning, on a tiny hand-made data set (fixture.ts), so editing data/ never breaks it. */
import { describe, expect, it } from 'vitest';
import { GOAL_IDS } from '../../../src/model/ids';
import {
  activeProgrammes,
  activityValue,
  countryRows,
  focusInYear,
  isActiveInYear,
  matchingCountries,
  momentsInYear,
  phaseCovers,
  phasesInYear,
  programmeCountriesInYear,
  programmesByCountry,
  visiblePostIds,
} from '../../../src/state/selectors';
import type { GoalFilter } from '../../../src/state/types';
import { filters, tiny } from './fixture';

const prog = (id: string) => {
  const p = tiny.programmes.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
const props = (iso3: string) => {
  const f = tiny.countries.features.find((x) => x.properties.iso3 === iso3);
  if (!f) throw new Error(iso3);
  return f.properties;
};
const sorted = (s: Iterable<string> | null) => [...(s ?? [])].sort();
const GOALS: GoalFilter[] = ['both', ...GOAL_IDS];

describe('year semantics: phases decide which programmes show', () => {
  it('an open-ended phase runs to the latest reporting year, not beyond', () => {
    expect(phaseCovers({ from: 2016, to: null }, { year: 2023, latestEdition: 2023 })).toBe(true);
    expect(phaseCovers({ from: 2016, to: null }, { year: 2024, latestEdition: 2023 })).toBe(false);
    // A phase that starts after the report still covers its own first year.
    expect(phaseCovers({ from: 2024, to: null }, { year: 2024, latestEdition: 2023 })).toBe(true);
    expect(phaseCovers({ from: 2024, to: null }, { year: 2025, latestEdition: 2023 })).toBe(false);
  });

  it.each([
    ['alpha', 2019, false],
    ['alpha', 2020, true],
    ['alpha', 2022, true],
    ['alpha', 2023, true],
    ['alpha', 2024, false],
    ['beta', 2020, false],
    ['beta', 2021, true],
    ['beta', 2025, true],
    ['beta', 2026, false],
    ['gamma', 2023, false],
    ['gamma', 2024, true],
    ['gamma', 2025, false],
    ['delta', 2019, true],
    ['delta', 2020, false],
  ])('%s active in %i: %s', (id, year, active) => {
    expect(isActiveInYear(prog(id), filters({ year }))).toBe(active);
  });

  it('a programme with two phases shows the one that covers the year', () => {
    expect(phasesInYear(prog('alpha'), filters({ year: 2021 })).map((ph) => ph.from)).toEqual([2020]);
    expect(phasesInYear(prog('alpha'), filters({ year: 2023 })).map((ph) => ph.from)).toEqual([2023]);
  });

  it('a goal filter lists only the programmes of that goal; both goals list every active one', () => {
    const ids = (goal: GoalFilter, year: number) =>
      activeProgrammes(tiny.programmes, filters({ goal, year })).map((p) => p.id);
    expect(ids('both', 2023)).toEqual(['alpha', 'beta']);
    expect(ids('reception-in-region', 2023)).toEqual(['alpha']);
    expect(ids('migration-cooperation', 2024)).toEqual(['beta', 'gamma']);
  });
});

describe('programme filter: countries where any selected programme is active in the year', () => {
  const matching = (programmes: string[], year?: number) =>
    matchingCountries(tiny.programmes, filters({ programmes, year }));

  it('no programme selected: nothing is highlighted or dimmed', () => {
    expect(matching([])).toBeNull();
  });

  it('one programme: its countries; two: the union', () => {
    expect(sorted(matching(['alpha']))).toEqual(['AAA', 'BBB', 'CCC']);
    expect(sorted(matching(['alpha', 'beta']))).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
  });

  it('a country that joined later counts only from its year', () => {
    expect(sorted(matching(['alpha'], 2022))).toEqual(['AAA', 'BBB']);
    expect(programmeCountriesInYear(prog('alpha'), filters({ year: 2023 }))).toContain('CCC');
  });

  it('a programme not active in the year matches nothing (everything dims), unlike no filter', () => {
    expect(sorted(matching(['delta']))).toEqual([]);
    expect(sorted(matching(['gamma'], 2023))).toEqual([]);
  });

  it('posts narrow to the matching countries', () => {
    expect(visiblePostIds(tiny.posts, matching(['alpha'])).sort()).toEqual(['post-aaa', 'post-bbb']);
    expect(visiblePostIds(tiny.posts, null)).toHaveLength(3);
  });

  it('moments narrow to the selected programmes, the year and (in the panel) the country', () => {
    const ids = (f: ReturnType<typeof filters>, iso3?: string) => momentsInYear(tiny.moments, f, iso3).map((m) => m.id);
    expect(ids(filters())).toEqual(['alpha-visit', 'beta-talks']);
    expect(ids(filters({ programmes: ['beta'] }))).toEqual(['beta-talks']);
    expect(ids(filters(), 'AAA')).toEqual(['alpha-visit']);
    expect(ids(filters({ year: 2022 }))).toEqual(['alpha-earlier']);
  });
});

describe('policy goal and activity counts', () => {
  it('counts exist only for reporting years: other years say no data, never zero', () => {
    expect(activityValue(props('AAA'), filters({ year: 2022 }))).toEqual({ kind: 'no-data-year' });
    expect(activityValue(props('AAA'), filters({ year: 2024 }))).toEqual({ kind: 'no-data-year' });
    expect(focusInYear(props('AAA'), filters({ year: 2022 }))).toBeNull();
  });

  it('one goal shows its own count; both goals add up, with the split kept', () => {
    expect(activityValue(props('AAA'), filters({ goal: 'reception-in-region' }))).toMatchObject({ value: 5 });
    expect(activityValue(props('AAA'), filters({ goal: 'migration-cooperation' }))).toMatchObject({ value: 2 });
    expect(activityValue(props('AAA'), filters())).toEqual({
      kind: 'count',
      value: 7,
      byGoal: { 'reception-in-region': 5, 'migration-cooperation': 2 },
    });
  });

  it('a country without a count for the goal has none, not zero', () => {
    expect(activityValue(props('BBB'), filters({ goal: 'reception-in-region' }))).toEqual({ kind: 'none' });
    expect(activityValue(props('CCC'), filters())).toEqual({ kind: 'none' });
    expect(focusInYear(props('CCC'), filters())).toEqual([]);
  });
});

describe('country rows (table view)', () => {
  const rows = (view: Parameters<typeof filters>[0]) =>
    countryRows(tiny.countries, tiny.programmes, filters(view)).map((r) => r.iso3);

  it('without a programme filter: every country the map draws (a focus role, or a value of the year metric)', () => {
    // 2023 shows activity counts: CCC has only a programme, so it is not drawn and not listed.
    expect(rows({})).toEqual(['AAA', 'BBB', 'DDD']);
    // DDD's focus and BBB's count are migration cooperation: nothing left for reception.
    expect(rows({ goal: 'reception-in-region' })).toEqual(['AAA']);
    // 2024 has no edition: only programmes speak (gamma in AAA, beta in BBB and DDD).
    expect(rows({ year: 2024 })).toEqual(['AAA', 'BBB', 'DDD']);
  });

  it('a neutral area and an area without a code never get a row', () => {
    const all = tiny.countries.features.map((f) => f.properties.iso3);
    expect(all).toContain('ESH');
    expect(all).toContain(null);
    for (const goal of GOALS) expect(rows({ goal })).not.toContain('ESH');
  });

  it('a row carries the focus of the chosen goal, the count and the listed programmes', () => {
    const [aaa] = countryRows(tiny.countries, tiny.programmes, filters({ goal: 'migration-cooperation' }));
    expect(aaa).toMatchObject({ iso3: 'AAA', focus: [], programmes: [], matched: false });
    expect(aaa?.activity).toMatchObject({ kind: 'count', value: 2 });
  });

  const programmeSets = [[], ['alpha'], ['beta'], ['alpha', 'beta'], ['delta']];
  for (const goal of GOALS)
    for (const selected of programmeSets)
      for (const year of [2021, 2023, 2024])
        it(`goal=${goal} programmes=[${selected}] year=${year}: rows agree with the other selectors`, () => {
          const f = filters({ goal, year, programmes: selected });
          const result = countryRows(tiny.countries, tiny.programmes, f);
          const matching = matchingCountries(tiny.programmes, f);
          if (matching) {
            // With a programme filter the table lists exactly the highlighted countries.
            expect(result.map((r) => r.iso3).sort()).toEqual(sorted(matching));
            expect(result.every((r) => r.matched)).toBe(true);
          } else {
            for (const r of result)
              expect((r.focus?.length ?? 0) > 0 || r.activity.kind === 'count' || r.programmes.length > 0).toBe(true);
          }
          for (const r of result) {
            if (year !== 2023) {
              expect(r.activity.kind).toBe('no-data-year');
              expect(r.focus).toBeNull();
            }
            for (const id of r.programmes) {
              expect(isActiveInYear(prog(id), f)).toBe(true);
              if (goal !== 'both') expect(prog(id).goals).toContain(goal);
            }
          }
        });
});

describe('the programmes-by-country index', () => {
  it('lists, for every country, year and goal, the same programmes in the same order as a plain scan', () => {
    const iso3s = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'];
    let nonEmpty = 0;
    for (let year = 2015; year <= 2026; year++)
      for (const goal of GOALS) {
        const f = filters({ year, goal });
        const index = programmesByCountry(tiny.programmes, f);
        for (const iso3 of iso3s) {
          const scan = activeProgrammes(tiny.programmes, f)
            .filter((p) => programmeCountriesInYear(p, f).includes(iso3))
            .map((p) => p.id);
          expect(index.get(iso3)?.map((p) => p.id) ?? [], `${iso3} ${year} ${goal}`).toEqual(scan);
          if (scan.length > 0) nonEmpty++;
        }
      }
    // The comparison covered real content, not only empty lists.
    expect(nonEmpty).toBeGreaterThan(40);
  });
});

describe('memoisation is keyed on the context fields, not on the context object', () => {
  it('a fresh context object with the same fields returns the same result; a changed field, a new one', () => {
    const f = filters({ programmes: ['alpha'] });
    const first = countryRows(tiny.countries, tiny.programmes, f);
    // A component builds a new context object on each render: the rows must not be rebuilt for it.
    expect(countryRows(tiny.countries, tiny.programmes, { ...f })).toBe(first);
    expect(matchingCountries(tiny.programmes, { ...f })).toBe(matchingCountries(tiny.programmes, f));
    const changed = countryRows(tiny.countries, tiny.programmes, { ...f, goal: 'migration-cooperation' });
    expect(changed).not.toBe(first);
    expect(changed.map((r) => r.iso3)).toEqual(['AAA', 'BBB', 'CCC']);
  });
});
