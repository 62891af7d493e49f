/**
 * A tiny hand-made data set for logic tests: five countries with three-letter
 * made-up codes, four programmes and a handful of posts and moments, chosen so
 * each rule of the filters has one case. Editing data/ never breaks these
 * tests; facts about the real 2023 report live in tests/unit/data/.
 *
 *   programme  goals        phases                 countries
 *   alpha      reception    2020-2022, 2023-open   AAA, BBB, CCC (CCC joins 2023)
 *   beta       migration    2021-2025              BBB, DDD
 *   gamma      both         2024-open (after the report)   AAA
 *   delta      reception    2016-2019 (ended)      EEE
 *
 * One edition (2023): AAA has focus reception and counts 5 + 2; BBB counts
 * 1 for migration; DDD has focus migration; ESH is neutral; one area has no iso3.
 */
import type { Polygon } from 'geojson';
import type {
  AppData,
  CountriesGeo,
  CountryProperties,
  EditionsIndex,
  GoalId,
  Moment,
  ProgrammeRecord,
} from '../../../src/data/types';
import { editionsYearContext, type FilterContext, filterContextOf } from '../../../src/state/filterContext';
import type { GoalFilter } from '../../../src/state/types';

const SOURCE = 'H1 test fixture';
const R: GoalId = 'reception-in-region';
const M: GoalId = 'migration-cooperation';

function programme(
  id: string,
  goals: GoalId[],
  phases: [number, number | null][],
  countries: (string | [string, number])[],
): ProgrammeRecord {
  return {
    id,
    kind: 'programme',
    name_nl: `${id} nl`,
    name_en: `${id} en`,
    goals,
    partners: [],
    countries: countries.map((c) => (typeof c === 'string' ? { iso3: c } : { iso3: c[0], from: c[1] })),
    summary_nl: id,
    summary_en: id,
    phases: phases.map(([from, to], i) => ({
      name_nl: `fase ${i + 1}`,
      name_en: `phase ${i + 1}`,
      from,
      to,
      years_stated: true,
      source: SOURCE,
    })),
    source: SOURCE,
    results: [],
  };
}

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};

/** One country feature (a unit square) with empty counts unless given. */
export function country(iso3: string | null, p: Partial<CountryProperties> = {}): CountriesGeo['features'][number] {
  return {
    type: 'Feature',
    geometry: square,
    properties: {
      iso3,
      fit_bounds: [0, 0, 1, 1],
      name_nl: `${iso3 ?? 'zee'} nl`,
      name_en: `${iso3 ?? 'sea'} en`,
      neutral: iso3 === null,
      activities_by_year: {},
      focus_by_year: {},
      ...p,
    },
  };
}

let postNumber = 0;
export const post = (id: string, iso3: string): AppData['posts']['features'][number] => ({
  type: 'Feature',
  id: ++postNumber,
  geometry: { type: 'Point', coordinates: [0.5, 0.5] },
  properties: { id, number: 1, iso3, name_nl: id, name_en: id, status: 'open', source: SOURCE },
});

const moment = (id: string, year: number, iso3: string, programmes: string[]): Moment => ({
  id,
  year,
  month: 5,
  kind: 'visit',
  place: { iso3, city_nl: null, city_en: null },
  countries: [],
  title_nl: id,
  title_en: id,
  programmes,
  source: SOURCE,
});

export const tiny = {
  programmes: [
    programme(
      'alpha',
      [R],
      [
        [2020, 2022],
        [2023, null],
      ],
      ['AAA', 'BBB', ['CCC', 2023]],
    ),
    programme('beta', [M], [[2021, 2025]], ['BBB', 'DDD']),
    programme('gamma', [R, M], [[2024, null]], ['AAA']),
    programme('delta', [R], [[2016, 2019]], ['EEE']),
  ],
  countries: {
    type: 'FeatureCollection',
    features: [
      country('AAA', { activities_by_year: { 2023: { [R]: 5, [M]: 2 } }, focus_by_year: { 2023: [R] } }),
      country('BBB', { activities_by_year: { 2023: { [M]: 1 } } }),
      country('CCC'),
      country('DDD', { focus_by_year: { 2023: [M] } }),
      country('EEE'),
      country('ESH', { neutral: true }),
      country(null),
    ],
  } satisfies CountriesGeo as CountriesGeo,
  posts: {
    type: 'FeatureCollection',
    features: [post('post-aaa', 'AAA'), post('post-bbb', 'BBB'), post('post-eee', 'EEE')],
  } satisfies AppData['posts'] as AppData['posts'],
  moments: [
    moment('alpha-visit', 2023, 'AAA', ['alpha']),
    moment('beta-talks', 2023, 'DDD', ['beta']),
    moment('alpha-earlier', 2022, 'AAA', ['alpha']),
  ],
  editions: {
    editions: [
      {
        year: 2023,
        title_nl: 'Testeditie 2023',
        title_en: 'Test edition 2023',
        source: SOURCE,
        activity_totals: [
          { goal: R, total: 5, note_nl: 'noot', note_en: 'note', source: SOURCE },
          { goal: M, total: 3, note_nl: 'noot', note_en: 'note', source: SOURCE },
        ],
        focus_sources: { [R]: SOURCE, [M]: SOURCE },
        activity_sources: { [R]: SOURCE, [M]: SOURCE },
      },
    ],
    latest: 2023,
    years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
    goals: [
      { id: R, name_nl: 'Opvang in de regio', name_en: 'Reception in the region', focus_count: 1, source: SOURCE },
      { id: M, name_nl: 'Migratiesamenwerking', name_en: 'Migration cooperation', focus_count: 1, source: SOURCE },
    ],
  } satisfies EditionsIndex,
};

/** The filter context for the tiny data: defaults are the plain link (latest year, both goals, no programme). */
export function filters(view: { year?: number; goal?: GoalFilter; programmes?: string[] } = {}): FilterContext {
  return filterContextOf(editionsYearContext(tiny.editions, view.year ?? null), {
    goal: view.goal ?? 'both',
    programmes: view.programmes ?? [],
  });
}
