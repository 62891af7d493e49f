import { describe, expect, it } from 'vitest';
import { GOAL_IDS } from '../../../src/model/ids';
import {
  activeProgrammes,
  activityValue,
  countryRows,
  isActiveInYear,
  matchingCountries,
  momentsInYear,
  phaseCovers,
  programmeCountriesInYear,
  programmesByCountry,
  reportingYearsOf,
  visiblePostIds,
} from '../../../src/state/selectors';
import type { GoalFilter } from '../../../src/state/types';
import { realData } from './fixtures';

const d = realData();
const latest = d.editions.latest;
const reporting = reportingYearsOf(d.editions);
const prog = (id: string) => {
  const p = d.programmes.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
const sorted = (s: Iterable<string> | null) => [...(s ?? [])].sort();

const PROSPECTS = ['EGY', 'ETH', 'IRQ', 'JOR', 'KEN', 'LBN', 'SDN', 'UGA'];
const COMPASS = ['AFG', 'DZA', 'EGY', 'ETH', 'IRQ', 'LBN', 'LBY', 'MAR', 'MLI', 'NER', 'NGA', 'SDN', 'TCD', 'TUN'];

describe('year semantics: phases decide which programmes show', () => {
  it('an open-ended phase runs to the latest reporting year, not beyond', () => {
    expect(phaseCovers({ from: 2016, to: null }, 2023, 2023)).toBe(true);
    expect(phaseCovers({ from: 2016, to: null }, 2024, 2023)).toBe(false);
    // A phase that starts after the report (SSAR chair from 2024) still covers its own first year.
    expect(phaseCovers({ from: 2024, to: null }, 2024, 2023)).toBe(true);
  });

  it.each([
    ['prospects', 2021, false],
    ['prospects', 2022, true],
    ['prospects', 2024, true],
    ['prospects', 2028, false],
    ['compass', 2020, false],
    ['compass', 2021, true],
    ['compass', 2027, true],
    ['promis', 2016, true],
    ['promis', 2015, false],
    ['fondation-orient-occident', 2023, false],
    ['fondation-orient-occident', 2025, true],
    ['fondation-orient-occident', 2027, false],
  ])('%s active in %i: %s', (id, year, active) => {
    expect(isActiveInYear(prog(id), year, latest)).toBe(active);
  });
});

describe('programme filter: countries where any selected programme is active in the year', () => {
  it('no programme selected: nothing is highlighted or dimmed', () => {
    expect(matchingCountries(d.programmes, [], 2023, latest)).toBeNull();
  });

  it.each([2023, 2024])('Prospects in %i: exactly its eight countries', (year) => {
    expect(sorted(matchingCountries(d.programmes, ['prospects'], year, latest))).toEqual(PROSPECTS);
  });

  it('Prospects and COMPASS: the union', () => {
    const union = [...new Set([...PROSPECTS, ...COMPASS])].sort();
    expect(sorted(matchingCountries(d.programmes, ['prospects', 'compass'], 2023, latest))).toEqual(union);
  });

  it('Prospects in 2021 matches nothing; COMPASS in 2021 its fourteen', () => {
    expect(sorted(matchingCountries(d.programmes, ['prospects'], 2021, latest))).toEqual([]);
    expect(sorted(matchingCountries(d.programmes, ['compass'], 2021, latest))).toEqual(COMPASS);
  });

  it('a country that joined later counts only from its year (Mauritania in PROMIS from 2023, Armenia in GCFF from 2024)', () => {
    expect(matchingCountries(d.programmes, ['promis'], 2022, latest)?.has('MRT')).toBe(false);
    expect(matchingCountries(d.programmes, ['promis'], 2023, latest)?.has('MRT')).toBe(true);
    expect(matchingCountries(d.programmes, ['gcff'], 2023, latest)?.has('ARM')).toBe(false);
    expect(matchingCountries(d.programmes, ['gcff'], 2024, latest)?.has('ARM')).toBe(true);
  });

  it('posts narrow to the matching countries', () => {
    const ids = visiblePostIds(d.posts, matchingCountries(d.programmes, ['prospects'], 2023, latest));
    expect(ids.sort()).toEqual([
      'addis-ababa',
      'amman',
      'baghdad',
      'beirut',
      'cairo',
      'kampala',
      'khartoum',
      'nairobi',
    ]);
    expect(visiblePostIds(d.posts, null)).toHaveLength(35);
  });

  it('moments narrow to the selected programmes and the year', () => {
    const all = momentsInYear(d.moments, 2023, []);
    const compass = momentsInYear(d.moments, 2023, ['compass']);
    expect(compass.map((m) => m.id)).toEqual(['nigeria-consultations-may']);
    expect(all.length).toBeGreaterThan(compass.length);
    expect(all.every((m) => m.year === 2023)).toBe(true);
  });
});

describe('policy goal and activity counts', () => {
  const nga = d.countries.features.find((f) => f.properties.iso3 === 'NGA')!.properties;
  const egy = d.countries.features.find((f) => f.properties.iso3 === 'EGY')!.properties;
  const ner = d.countries.features.find((f) => f.properties.iso3 === 'NER')!.properties;

  it('counts exist only for the reporting year: other years say no data, never zero', () => {
    expect(activityValue(nga, 'migration-cooperation', 2021, reporting)).toEqual({ kind: 'no-data-year' });
    expect(activityValue(nga, 'both', 2024, reporting)).toEqual({ kind: 'no-data-year' });
  });

  it('one goal shows its own count; both goals add up, with the split kept', () => {
    expect(activityValue(egy, 'reception-in-region', 2023, reporting)).toMatchObject({ kind: 'count', value: 5 });
    expect(activityValue(egy, 'migration-cooperation', 2023, reporting)).toMatchObject({ kind: 'count', value: 2 });
    expect(activityValue(egy, 'both', 2023, reporting)).toEqual({
      kind: 'count',
      value: 7,
      byGoal: { 'reception-in-region': 5, 'migration-cooperation': 2 },
    });
  });

  it('a country the report does not list has no count, not zero (Niger)', () => {
    expect(activityValue(ner, 'migration-cooperation', 2023, reporting)).toEqual({ kind: 'none' });
    expect(activityValue(nga, 'reception-in-region', 2023, reporting)).toEqual({ kind: 'none' });
  });
});

describe('country rows (table view) for every filter combination', () => {
  const goals: GoalFilter[] = ['both', ...GOAL_IDS];
  const programmeSets = [[], ['prospects'], ['compass'], ['prospects', 'compass']];
  const years = [2021, 2023, 2024];

  for (const goal of goals)
    for (const selected of programmeSets)
      for (const year of years)
        it(`goal=${goal} programmes=[${selected}] year=${year}`, () => {
          const rows = countryRows(d.countries, d.programmes, selected, goal, year, reporting, latest);
          const matching = matchingCountries(d.programmes, selected, year, latest);
          if (matching) {
            // With a programme filter the table lists exactly the highlighted countries.
            expect(rows.map((r) => r.iso3).sort()).toEqual(sorted(matching));
            expect(rows.every((r) => r.matched)).toBe(true);
          } else {
            // Without one, every row has something to say for the goal and year.
            for (const r of rows)
              expect((r.focus?.length ?? 0) > 0 || r.activity.kind === 'count' || r.programmes.length > 0).toBe(true);
          }
          for (const r of rows) {
            if (!reporting.includes(year)) {
              expect(r.activity.kind).toBe('no-data-year');
              expect(r.focus).toBeNull();
            }
            // Listed programmes belong to the goal and are active in the year.
            for (const id of r.programmes) {
              const p = prog(id);
              expect(isActiveInYear(p, year, latest)).toBe(true);
              if (goal !== 'both') expect(p.goals).toContain(goal);
            }
          }
        });

  it('in 2023 with both goals the table has the 23 focus-country roles (17 distinct countries) among its rows', () => {
    const rows = countryRows(d.countries, d.programmes, [], 'both', 2023, reporting, latest);
    const focus = rows.filter((r) => (r.focus?.length ?? 0) > 0);
    expect(focus).toHaveLength(17);
    expect(focus.reduce((n, r) => n + (r.focus?.length ?? 0), 0)).toBe(23);
  });
});

describe('the programmes-by-country index', () => {
  const goals: GoalFilter[] = ['both', ...GOAL_IDS];
  it('lists, for every country, year and goal, the same programmes in the same order as a plain scan', () => {
    const iso3s = d.countries.features.map((f) => f.properties.iso3).filter((x): x is string => !!x);
    let nonEmpty = 0;
    for (let year = 2014; year <= latest + 3; year++)
      for (const goal of goals) {
        const index = programmesByCountry(d.programmes, year, latest, goal);
        for (const iso3 of iso3s) {
          const scan = activeProgrammes(d.programmes, year, latest, goal)
            .filter((p) => programmeCountriesInYear(p, year, latest).includes(iso3))
            .map((p) => p.id);
          expect(index.get(iso3)?.map((p) => p.id) ?? [], `${iso3} ${year} ${goal}`).toEqual(scan);
          if (scan.length > 0) nonEmpty++;
        }
      }
    // The comparison covered real content, not only empty lists.
    expect(nonEmpty).toBeGreaterThan(200);
  });
});
