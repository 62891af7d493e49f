/**
 * Broken data, as an editor might break it: each fixture is the real 2023
 * edition with one small change, and each test checks that the editor is told
 * exactly what is wrong and where (file, row or path, field, value, code).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEditions } from '../../../scripts/editions';
import type { DataError } from '../../../src/compile/dataError';
import { formatDataError } from '../../../src/compile/dataError';
import {
  checkTexts,
  DATA_DIR,
  data2023,
  getWorld,
  indexOfId,
  lineStartingWith,
  makeTempDataDir,
  ROOT_DIR,
  replaceOnce,
  type TempDataDir,
  texts2023,
  withFile,
  withoutFile,
  withYaml,
} from './helpers';

const d = data2023();
const file = (name: string) => `data/2023/${name}`;

/** Exactly one error, with these properties (a property given as undefined must be absent). */
function expectOnly(errors: DataError[], expected: Partial<DataError>): void {
  expect(errors.map(formatDataError)).toHaveLength(1);
  const actual: Partial<DataError> = { ...errors[0] };
  const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, actual[k as keyof DataError]]));
  expect(picked).toStrictEqual(expected);
}

beforeAll(() => {
  getWorld();
});

describe('the real 2023 data', () => {
  it('has no schema or cross-file errors', () => {
    expect(checkTexts(texts2023()).map(formatDataError)).toEqual([]);
  });

  it('loads from data/ without errors, as npm run data:check does', () => {
    const { editions, errors } = loadEditions(DATA_DIR, getWorld(), ROOT_DIR);
    expect(errors.map(formatDataError)).toEqual([]);
    expect(editions.map((e) => e.year)).toContain(2023);
  });
});

describe('posts.csv', () => {
  it('reports a post id used twice on the second row, pointing to the first', () => {
    const texts = withFile('posts.csv', (t) => replaceOnce(t, '\naddis-ababa,2,', '\nabuja,2,'));
    const errors = checkTexts(texts);
    expectOnly(errors, {
      code: 'duplicate-id',
      file: file('posts.csv'),
      row: lineStartingWith(texts['posts.csv']!, 'abuja,2,'),
      path: undefined,
      field: 'id',
      value: 'abuja',
    });
    expect(errors[0]?.message).toContain('row 2');
  });

  it('reports a post number used twice', () => {
    const texts = withFile('posts.csv', (t) => replaceOnce(t, '\nalgiers,3,', '\nalgiers,2,'));
    expectOnly(checkTexts(texts), {
      code: 'duplicate-id',
      file: file('posts.csv'),
      row: lineStartingWith(texts['posts.csv']!, 'algiers,'),
      field: 'number',
      value: '2',
    });
  });

  it('reports a post whose coordinates lie in another country (Abuja moved into Niger)', () => {
    const texts = withFile('posts.csv', (t) => replaceOnce(t, 'NGA,9.0579,7.4951,', 'NGA,14.2,8.5,'));
    const errors = checkTexts(texts);
    expectOnly(errors, {
      code: 'post-outside-country',
      file: file('posts.csv'),
      row: 2,
      field: 'lat,lon',
      value: '14.2,8.5',
    });
    expect(errors[0]?.message).toBe('lies in NER, not in NGA');
  });

  it('reports a post far out at sea, beyond the coast tolerance', () => {
    const texts = withFile('posts.csv', (t) => replaceOnce(t, 'NGA,9.0579,7.4951,', 'NGA,0,0,'));
    const errors = checkTexts(texts);
    expectOnly(errors, {
      code: 'post-outside-country',
      file: file('posts.csv'),
      row: 2,
      field: 'lat,lon',
      value: '0,0',
    });
    expect(errors[0]?.message).toMatch(/^lies \d+ km outside NGA/);
  });

  it('reports an empty source on its row', () => {
    const texts = withFile('posts.csv', (t) => {
      const line = t.split('\n').find((l) => l.startsWith('kabul,'))!;
      return replaceOnce(t, line, line.replace(/,"H2 .*"$/, ','));
    });
    const errors = checkTexts(texts);
    const where = {
      code: 'schema',
      file: file('posts.csv'),
      row: lineStartingWith(texts['posts.csv']!, 'kabul,'),
      field: 'source',
      value: '',
    };
    // Both source rules (present, cites a chapter) fail on the same cell.
    expect(errors).not.toHaveLength(0);
    for (const e of errors) expect(e).toEqual({ ...where, message: expect.any(String) });
    expect(errors.map((e) => e.message)).toContain('every record needs a source');
  });

  it('rejects a source that cites no report chapter', () => {
    const texts = withFile('posts.csv', (t) => {
      const line = t.split('\n').find((l) => l.startsWith('tunis,'))!;
      return replaceOnce(t, line, line.replace(/,"H2 .*"$/, ',Wikipedia'));
    });
    expectOnly(checkTexts(texts), {
      code: 'schema',
      file: file('posts.csv'),
      row: lineStartingWith(texts['posts.csv']!, 'tunis,'),
      field: 'source',
      value: 'Wikipedia',
    });
  });

  it('reports a CSV file that cannot be read (unclosed quote) as a syntax error', () => {
    const texts = withFile('posts.csv', (t) => replaceOnce(t, '\nrome,31,Rome,', '\nrome,31,"Rome,'));
    expectOnly(checkTexts(texts), {
      code: 'syntax',
      file: file('posts.csv'),
      row: undefined,
      path: undefined,
    });
  });
});

describe('activities.csv and focus-countries.csv', () => {
  it('reports a count that is not a number ("abc") on its row', () => {
    const texts = withFile('activities.csv', (t) =>
      replaceOnce(t, 'migration-cooperation,NGA,N,Nigeria,7,', 'migration-cooperation,NGA,N,Nigeria,abc,'),
    );
    expectOnly(checkTexts(texts), {
      code: 'schema',
      file: file('activities.csv'),
      row: lineStartingWith(texts['activities.csv']!, 'migration-cooperation,NGA,'),
      path: undefined,
      field: 'count',
      value: 'abc',
    });
  });

  it('reports an unknown ISO3 code ("XYZ")', () => {
    const texts = withFile('activities.csv', (t) =>
      replaceOnce(t, 'migration-cooperation,NGA,N,', 'migration-cooperation,XYZ,N,'),
    );
    expectOnly(checkTexts(texts), {
      code: 'unknown-iso3',
      file: file('activities.csv'),
      row: lineStartingWith(texts['activities.csv']!, 'migration-cooperation,XYZ,'),
      field: 'iso3',
      value: 'XYZ',
    });
  });

  it('reports a focus-country count that differs from edition.yaml', () => {
    const g = d.edition.goals.findIndex((x) => x.id === 'migration-cooperation');
    const texts = withYaml('edition.yaml', (doc) => doc.setIn(['goals', g, 'focus_count'], 14));
    const errors = checkTexts(texts);
    expectOnly(errors, {
      code: 'focus-count',
      file: file('focus-countries.csv'),
      row: undefined,
      field: 'goal',
      value: 'migration-cooperation',
    });
    expect(errors[0]?.message).toBe('13 focus countries, but edition.yaml says 14');
  });

  it('reports a country listed twice as focus country of the same goal', () => {
    const texts = withFile('focus-countries.csv', (t) =>
      replaceOnce(t, 'reception-in-region,KEN,5,Kenia,', 'reception-in-region,JOR,5,Kenia,'),
    );
    const errors = checkTexts(texts);
    expect(errors.map((e) => e.code)).toContain('duplicate-id');
    expect(errors.find((e) => e.code === 'duplicate-id')).toEqual(
      expect.objectContaining({
        file: file('focus-countries.csv'),
        row: lineStartingWith(texts['focus-countries.csv']!, 'reception-in-region,JOR,5,'),
        field: 'goal,iso3',
        value: 'reception-in-region JOR',
      }),
    );
  });
});

describe('programmes.yaml', () => {
  it('rejects a phase that ends before it starts', () => {
    const i = indexOfId(d.programmes, 'prospects');
    const texts = withYaml('programmes.yaml', (doc) => doc.setIn([i, 'phases', 0, 'to'], 2021));
    expectOnly(checkTexts(texts), {
      code: 'schema',
      file: file('programmes.yaml'),
      row: undefined,
      path: `[${i}].phases[0].to`,
      field: 'to',
      value: 2021,
      message: 'phase ends before it starts',
    });
  });

  it('reports a programme with no countries, no regions and not global', () => {
    const i = indexOfId(d.programmes, 'ifc-unhcr');
    expect(d.programmes[i]?.countries).toEqual([]);
    const texts = withYaml('programmes.yaml', (doc) => doc.deleteIn([i, 'global']));
    expectOnly(checkTexts(texts), {
      code: 'unplaced',
      file: file('programmes.yaml'),
      path: `[${i}]`,
      field: 'countries',
      value: [],
    });
  });

  it('reports a country that joins outside the programme phases', () => {
    const i = indexOfId(d.programmes, 'gcff');
    const j = d.programmes[i]!.countries.findIndex((c) => c.iso3 === 'ARM');
    const texts = withYaml('programmes.yaml', (doc) => doc.setIn([i, 'countries', j, 'from'], 2010));
    expectOnly(checkTexts(texts), {
      code: 'year-range',
      file: file('programmes.yaml'),
      path: `[${i}].countries[${j}]`,
      field: 'from',
      value: 2010,
    });
  });

  it('reports regions whose Dutch and English lists differ in length', () => {
    const i = indexOfId(d.programmes, 'promis');
    const texts = withYaml('programmes.yaml', (doc) => doc.addIn([i, 'regions_en'], 'Sahel'));
    expectOnly(checkTexts(texts), {
      code: 'translation',
      file: file('programmes.yaml'),
      path: `[${i}]`,
      field: 'regions_en',
    });
  });
});

describe('moments.yaml', () => {
  it('reports a moment that refers to an unknown programme', () => {
    const i = indexOfId(d.moments, 'nigeria-consultations-may');
    const j = d.moments[i]!.programmes.indexOf('steap');
    const texts = withYaml('moments.yaml', (doc) => doc.setIn([i, 'programmes', j], 'steep'));
    expectOnly(checkTexts(texts), {
      code: 'unknown-programme',
      file: file('moments.yaml'),
      row: undefined,
      path: `[${i}].programmes[${j}]`,
      field: 'programmes',
      value: 'steep',
    });
  });

  it('reports a country that exists but has no boundary on the map (Tokelau)', () => {
    const i = indexOfId(d.moments, 'nigeria-consultations-may');
    const texts = withYaml('moments.yaml', (doc) => doc.setIn([i, 'iso3'], 'TKL'));
    expectOnly(checkTexts(texts), {
      code: 'no-boundary',
      file: file('moments.yaml'),
      path: `[${i}]`,
      field: 'iso3',
      value: 'TKL',
    });
  });

  it('reports a moment dated far from the edition year', () => {
    const i = indexOfId(d.moments, 'nigeria-consultations-may');
    const texts = withYaml('moments.yaml', (doc) => doc.setIn([i, 'year'], 2030));
    expectOnly(checkTexts(texts), {
      code: 'year-range',
      file: file('moments.yaml'),
      path: `[${i}]`,
      field: 'year',
      value: 2030,
    });
  });

  it('reports a moment id used twice, pointing to the first', () => {
    const first = d.moments[0]!.id;
    const texts = withYaml('moments.yaml', (doc) => doc.setIn([1, 'id'], first));
    const errors = checkTexts(texts);
    expectOnly(errors, {
      code: 'duplicate-id',
      file: file('moments.yaml'),
      path: '[1]',
      field: 'id',
      value: first,
    });
    expect(errors[0]?.message).toContain('[0]');
  });
});

describe('routes.yaml, results.yaml, statistics.yaml, budgets.yaml, notes.yaml', () => {
  it('reports a route with an unknown dialogue', () => {
    const i = indexOfId(d.routes.routes, 'afghanistan-iran-turkiye');
    const texts = withYaml('routes.yaml', (doc) => doc.setIn(['routes', i, 'dialogue'], 'budapest-proces'));
    expectOnly(checkTexts(texts), {
      code: 'unknown-dialogue',
      file: file('routes.yaml'),
      path: `routes[${i}]`,
      field: 'dialogue',
      value: 'budapest-proces',
    });
  });

  it('reports a result that refers to an unknown programme', () => {
    const i = indexOfId(d.results, 'prospects-income');
    const texts = withYaml('results.yaml', (doc) => doc.setIn([i, 'programme'], 'prospect'));
    expectOnly(checkTexts(texts), {
      code: 'unknown-programme',
      file: file('results.yaml'),
      path: `[${i}]`,
      field: 'programme',
      value: 'prospect',
    });
  });

  it('reports a figure that is part of a figure that does not exist', () => {
    const i = indexOfId(d.statistics.figures, 'asylum-seekers');
    const texts = withYaml('statistics.yaml', (doc) => doc.setIn(['figures', i, 'part_of'], 'displaced'));
    expectOnly(checkTexts(texts), {
      code: 'unknown-figure',
      file: file('statistics.yaml'),
      path: `figures[${i}]`,
      field: 'part_of',
      value: 'displaced',
    });
  });

  it('reports a budget without a source', () => {
    const texts = withYaml('budgets.yaml', (doc) => doc.deleteIn([1, 'source']));
    expectOnly(checkTexts(texts), {
      code: 'schema',
      file: file('budgets.yaml'),
      row: undefined,
      path: '[1].source',
      field: 'source',
      value: undefined,
    });
  });

  it('rejects a data note that keeps only one value', () => {
    const i = indexOfId(d.notes, 'iran-hosting');
    const texts = withYaml('notes.yaml', (doc) => doc.deleteIn([i, 'values', 1]));
    const errors = checkTexts(texts);
    expectOnly(errors, {
      code: 'schema',
      file: file('notes.yaml'),
      path: `[${i}].values`,
      field: 'values',
      message: 'a data note keeps both values',
    });
    expect(errors[0]?.value).toHaveLength(1);
  });
});

describe('whole files', () => {
  it('reports a missing file by name', () => {
    expectOnly(checkTexts(withoutFile('notes.yaml')), {
      code: 'missing-file',
      file: file('notes.yaml'),
      row: undefined,
      path: undefined,
    });
  });

  it('reports a YAML syntax error by file', () => {
    const texts = withFile('dialogues.yaml', (t) => replaceOnce(t, 'since: 2006', 'since: [2006'));
    const errors = checkTexts(texts);
    expectOnly(errors, { code: 'syntax', file: file('dialogues.yaml'), path: undefined });
    expect(errors[0]?.message).toMatch(/^cannot be read: /);
  });

  it('formats an error as one line an editor can act on', () => {
    const texts = withFile('posts.csv', (t) => replaceOnce(t, '\naddis-ababa,2,', '\nabuja,2,'));
    expect(checkTexts(texts).map(formatDataError)).toEqual([
      'data/2023/posts.csv row 3: field "id" value "abuja": duplicate; first used at row 2 [duplicate-id]',
    ]);
  });
});

describe('edition folders', () => {
  let tmp: TempDataDir;
  beforeAll(() => {
    tmp = makeTempDataDir();
  });
  afterAll(() => tmp.remove());

  it('reports an edition whose year differs from its folder name', () => {
    tmp.writeEdition('2022', texts2023());
    const { errors } = loadEditions(tmp.dataDir, getWorld(), tmp.root);
    expectOnly(errors, {
      code: 'edition-year',
      file: 'data/2022/edition.yaml',
      row: undefined,
      path: undefined,
      field: 'year',
      value: 2023,
    });
  });
});
