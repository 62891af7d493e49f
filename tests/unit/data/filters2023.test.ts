/**
 * The real 2023 data through the app's filters: facts a reader of the report
 * can check. The rules themselves are tested on a tiny fixture
 * (tests/unit/state/selectors.test.ts); this file breaks only when the data do.
 */
import { describe, expect, it } from 'vitest';
import {
  activityValue,
  countryRows,
  isActiveInYear,
  matchingCountries,
  momentsInYear,
  visiblePostIds,
} from '../../../src/state/selectors';
import { realData, realFilters } from './realData';

const d = realData();
const filters = realFilters;
const prog = (id: string) => d.programmes.find((x) => x.id === id)!;
const country = (iso3: string) => d.countries.features.find((f) => f.properties.iso3 === iso3)!.properties;
const sorted = (s: Iterable<string> | null) => [...(s ?? [])].sort();

const PROSPECTS = ['EGY', 'ETH', 'IRQ', 'JOR', 'KEN', 'LBN', 'SDN', 'UGA'];
const COMPASS = ['AFG', 'DZA', 'EGY', 'ETH', 'IRQ', 'LBN', 'LBY', 'MAR', 'MLI', 'NER', 'NGA', 'SDN', 'TCD', 'TUN'];

describe('2023 programmes by year', () => {
  it.each([
    ['prospects', 2021, false],
    ['prospects', 2022, true],
    ['prospects', 2024, true],
    ['prospects', 2028, false],
    ['compass', 2020, false],
    ['compass', 2021, true],
    ['compass', 2027, true],
    ['promis', 2015, false],
    ['promis', 2016, true],
    ['fondation-orient-occident', 2023, false],
    ['fondation-orient-occident', 2025, true],
    ['fondation-orient-occident', 2027, false],
  ])('%s active in %i: %s', (id, year, active) => {
    expect(isActiveInYear(prog(id), filters({ year }))).toBe(active);
  });

  it('Prospects in 2023 and 2024: its eight countries; with COMPASS, the union; in 2021 only COMPASS', () => {
    for (const year of [2023, 2024])
      expect(sorted(matchingCountries(d.programmes, filters({ programmes: ['prospects'], year })))).toEqual(PROSPECTS);
    expect(sorted(matchingCountries(d.programmes, filters({ programmes: ['prospects', 'compass'] })))).toEqual(
      [...new Set([...PROSPECTS, ...COMPASS])].sort(),
    );
    expect(
      sorted(matchingCountries(d.programmes, filters({ programmes: ['prospects', 'compass'], year: 2021 }))),
    ).toEqual(COMPASS);
  });

  it('Mauritania joins PROMIS in 2023, Armenia joins GCFF in 2024', () => {
    const has = (p: string, year: number, iso3: string) =>
      matchingCountries(d.programmes, filters({ programmes: [p], year }))?.has(iso3);
    expect([has('promis', 2022, 'MRT'), has('promis', 2023, 'MRT')]).toEqual([false, true]);
    expect([has('gcff', 2023, 'ARM'), has('gcff', 2024, 'ARM')]).toEqual([false, true]);
  });

  it('Prospects narrows the map to its eight posts; 35 posts in all; one COMPASS moment in 2023', () => {
    const matching = matchingCountries(d.programmes, filters({ programmes: ['prospects'] }));
    expect(visiblePostIds(d.posts, matching).sort()).toEqual([
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
    expect(momentsInYear(d.moments, filters({ programmes: ['compass'] })).map((m) => m.id)).toEqual([
      'nigeria-consultations-may',
    ]);
  });
});

describe('2023 counts and focus roles', () => {
  it('Egypt: 5 reception + 2 migration cooperation; Niger and Nigeria (reception) none; 2024 no data', () => {
    expect(activityValue(country('EGY'), filters())).toMatchObject({ kind: 'count', value: 7 });
    expect(activityValue(country('NER'), filters({ goal: 'migration-cooperation' }))).toEqual({ kind: 'none' });
    expect(activityValue(country('NGA'), filters({ goal: 'reception-in-region' }))).toEqual({ kind: 'none' });
    expect(activityValue(country('NGA'), filters({ year: 2024 }))).toEqual({ kind: 'no-data-year' });
  });

  it('the table has the 23 focus-country roles (17 distinct countries) among its rows', () => {
    const focus = countryRows(d.countries, d.programmes, filters()).filter((r) => (r.focus?.length ?? 0) > 0);
    expect(focus).toHaveLength(17);
    expect(focus.reduce((n, r) => n + (r.focus?.length ?? 0), 0)).toBe(23);
  });
});
