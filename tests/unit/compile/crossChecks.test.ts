/**
 * Broken data, as an editor might break it: each fixture is the real 2023
 * edition with one small change, and each test checks that the editor is told
 * exactly what is wrong and where (file, row or path, field, value, code).
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
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
  type Texts,
  texts2023,
  withFile,
  withoutFile,
  withYaml,
} from '../data/helpers';

const d = data2023();
const file = (name: string) => `data/2023/${name}`;

/** Exactly one error, with these properties (a property given as undefined must be absent). */
function expectOnly(errors: DataError[], expected: Partial<DataError>): void {
  expect(errors.map(formatDataError)).toHaveLength(1);
  const actual: Partial<DataError> = { ...errors[0] };
  const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, actual[k as keyof DataError]]));
  expect(picked).toStrictEqual(expected);
}

/** These texts give exactly one error, in data file `name`, with these properties; returns the errors. */
function expectOnlyIn(name: string, texts: Texts, expected: Partial<DataError>): DataError[] {
  const errors = checkTexts(texts);
  expectOnly(errors, { file: file(name), ...expected });
  return errors;
}

/** The 2023 data with one structural YAML edit gives exactly this one error in that file. */
function expectOnlyAfterYamlEdit(
  name: string,
  edit: (doc: Document) => void,
  expected: Partial<DataError>,
): DataError[] {
  return expectOnlyIn(name, withYaml(name, edit), expected);
}

/** The 2023 data with one YAML value set at `at` gives exactly one error in that file, for that value. */
function expectOnlyAfterSet(name: string, at: (string | number)[], value: unknown, expected: Partial<DataError>) {
  expectOnlyAfterYamlEdit(name, (doc) => doc.setIn(at, value), { ...expected, value });
}

/** The 1-based row of the only line of a CSV file that starts with `prefix`. */
const rowOf = (texts: Texts, name: string, prefix: string) => lineStartingWith(texts[name]!, prefix);

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
  const posts = (edit: (t: string) => string) => withFile('posts.csv', edit);

  it('reports a post id used twice on the second row, pointing to the first', () => {
    const texts = posts((t) => replaceOnce(t, '\naddis-ababa,2,', '\nabuja,2,'));
    const errors = expectOnlyIn('posts.csv', texts, {
      code: 'duplicate-id',
      row: rowOf(texts, 'posts.csv', 'abuja,2,'),
      path: undefined,
      field: 'id',
      value: 'abuja',
    });
    expect(errors[0]?.message).toContain('row 2');
  });

  it('reports a post number used twice', () => {
    const texts = posts((t) => replaceOnce(t, '\nalgiers,3,', '\nalgiers,2,'));
    expectOnlyIn('posts.csv', texts, {
      code: 'duplicate-id',
      row: rowOf(texts, 'posts.csv', 'algiers,'),
      field: 'number',
      value: '2',
    });
  });

  it('reports a post whose coordinates lie in another country (Abuja moved into Niger)', () => {
    const texts = posts((t) => replaceOnce(t, 'NGA,9.0579,7.4951,', 'NGA,14.2,8.5,'));
    const errors = expectOnlyIn('posts.csv', texts, {
      code: 'post-outside-country',
      row: 2,
      field: 'lat,lon',
      value: '14.2,8.5',
    });
    expect(errors[0]?.message).toBe('lies in NER, not in NGA');
  });

  it('reports a post far out at sea, beyond the coast tolerance', () => {
    const texts = posts((t) => replaceOnce(t, 'NGA,9.0579,7.4951,', 'NGA,0,0,'));
    const errors = expectOnlyIn('posts.csv', texts, {
      code: 'post-outside-country',
      row: 2,
      field: 'lat,lon',
      value: '0,0',
    });
    expect(errors[0]?.message).toMatch(/^lies \d+ km outside NGA/);
  });

  /** The posts file with the source of the post starting `prefix,` replaced. */
  const withSource = (prefix: string, source: string) =>
    posts((t) => {
      const line = t.split('\n').find((l) => l.startsWith(`${prefix},`))!;
      return replaceOnce(t, line, line.replace(/,"H2 .*"$/, `,${source}`));
    });

  it('reports an empty source on its row', () => {
    const texts = withSource('kabul', '');
    const errors = checkTexts(texts);
    const where = {
      code: 'schema',
      file: file('posts.csv'),
      row: rowOf(texts, 'posts.csv', 'kabul,'),
      field: 'source',
      value: '',
    };
    // Both source rules (present, cites a chapter) fail on the same cell.
    expect(errors).not.toHaveLength(0);
    for (const e of errors) expect(e).toEqual({ ...where, message: expect.any(String) });
    expect(errors.map((e) => e.message)).toContain('every record needs a source');
  });

  it('rejects a source that cites no report chapter', () => {
    const texts = withSource('tunis', 'Wikipedia');
    expectOnlyIn('posts.csv', texts, {
      code: 'schema',
      row: rowOf(texts, 'posts.csv', 'tunis,'),
      field: 'source',
      value: 'Wikipedia',
    });
  });

  it('reports a CSV file that cannot be read (unclosed quote) as a syntax error', () => {
    const texts = posts((t) => replaceOnce(t, '\nrome,31,Rome,', '\nrome,31,"Rome,'));
    expectOnlyIn('posts.csv', texts, { code: 'syntax', row: undefined, path: undefined });
  });
});

describe('activities.csv and focus-countries.csv', () => {
  const activities = (from: string, to: string) =>
    withFile('activities.csv', (t) => replaceOnce(t, `migration-cooperation,${from}`, `migration-cooperation,${to}`));

  it('reports a count that is not a number ("abc") on its row', () => {
    const texts = activities('NGA,N,Nigeria,7,', 'NGA,N,Nigeria,abc,');
    expectOnlyIn('activities.csv', texts, {
      code: 'schema',
      row: rowOf(texts, 'activities.csv', 'migration-cooperation,NGA,'),
      path: undefined,
      field: 'count',
      value: 'abc',
    });
  });

  it('reports an unknown ISO3 code ("XYZ")', () => {
    const texts = activities('NGA,N,', 'XYZ,N,');
    expectOnlyIn('activities.csv', texts, {
      code: 'unknown-iso3',
      row: rowOf(texts, 'activities.csv', 'migration-cooperation,XYZ,'),
      field: 'iso3',
      value: 'XYZ',
    });
  });

  it('reports a focus-country count that differs from edition.yaml', () => {
    const g = d.edition.goals.findIndex((x) => x.id === 'migration-cooperation');
    const texts = withYaml('edition.yaml', (doc) => doc.setIn(['goals', g, 'focus_count'], 14));
    const errors = expectOnlyIn('focus-countries.csv', texts, {
      code: 'focus-count',
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
        row: rowOf(texts, 'focus-countries.csv', 'reception-in-region,JOR,5,'),
        field: 'goal,iso3',
        value: 'reception-in-region JOR',
      }),
    );
  });
});

describe('programmes.yaml', () => {
  it('rejects a phase that ends before it starts', () => {
    const i = indexOfId(d.programmes, 'prospects');
    expectOnlyAfterYamlEdit('programmes.yaml', (doc) => doc.setIn([i, 'phases', 0, 'to'], 2021), {
      code: 'schema',
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
    expectOnlyAfterYamlEdit('programmes.yaml', (doc) => doc.deleteIn([i, 'global']), {
      code: 'unplaced',
      path: `[${i}]`,
      field: 'countries',
      value: [],
    });
  });

  it('reports a country that joins outside the programme phases', () => {
    const i = indexOfId(d.programmes, 'gcff');
    const j = d.programmes[i]!.countries.findIndex((c) => c.iso3 === 'ARM');
    expectOnlyAfterYamlEdit('programmes.yaml', (doc) => doc.setIn([i, 'countries', j, 'from'], 2010), {
      code: 'year-range',
      path: `[${i}].countries[${j}]`,
      field: 'from',
      value: 2010,
    });
  });

  it('reports regions whose Dutch and English lists differ in length', () => {
    const i = indexOfId(d.programmes, 'promis');
    expectOnlyAfterYamlEdit('programmes.yaml', (doc) => doc.addIn([i, 'regions_en'], 'Sahel'), {
      code: 'translation',
      path: `[${i}]`,
      field: 'regions_en',
    });
  });
});

describe('moments.yaml', () => {
  const i = indexOfId(d.moments, 'nigeria-consultations-may');

  const steap = d.moments[i]!.programmes.indexOf('steap');
  it.each([
    {
      name: 'reports a moment that refers to an unknown programme',
      at: [i, 'programmes', steap],
      value: 'steep',
      expected: { code: 'unknown-programme', row: undefined, path: `[${i}].programmes[${steap}]`, field: 'programmes' },
    },
    {
      name: 'reports a country that exists but has no boundary on the map (Tokelau)',
      at: [i, 'countries', 0],
      value: 'TKL',
      expected: { code: 'no-boundary', path: `[${i}].countries[0]`, field: 'countries' },
    },
    {
      name: 'reports a moment dated far from the edition year',
      at: [i, 'year'],
      value: 2030,
      expected: { code: 'year-range', path: `[${i}]`, field: 'year' },
    },
  ])('$name', ({ at, value, expected }) => {
    expectOnlyAfterSet('moments.yaml', at, value, expected);
  });

  it('reports a moment id used twice, pointing to the first', () => {
    const first = d.moments[0]!.id;
    const errors = expectOnlyAfterYamlEdit('moments.yaml', (doc) => doc.setIn([1, 'id'], first), {
      code: 'duplicate-id',
      path: '[1]',
      field: 'id',
      value: first,
    });
    expect(errors[0]?.message).toContain('[0]');
  });
});

describe('routes.yaml, results.yaml, statistics.yaml, budgets.yaml, notes.yaml', () => {
  const route = indexOfId(d.routes.routes, 'afghanistan-iran-turkiye');
  const result = indexOfId(d.results, 'prospects-income');
  const figure = indexOfId(d.statistics.figures, 'asylum-seekers');
  it.each([
    {
      name: 'reports a route with an unknown dialogue',
      file: 'routes.yaml',
      at: ['routes', route, 'dialogue'],
      value: 'budapest-proces',
      expected: { code: 'unknown-dialogue', path: `routes[${route}]`, field: 'dialogue' },
    },
    {
      name: 'reports a result that refers to an unknown programme',
      file: 'results.yaml',
      at: [result, 'programme'],
      value: 'prospect',
      expected: { code: 'unknown-programme', path: `[${result}]`, field: 'programme' },
    },
    {
      name: 'reports a figure that is part of a figure that does not exist',
      file: 'statistics.yaml',
      at: ['figures', figure, 'part_of'],
      value: 'displaced',
      expected: { code: 'unknown-figure', path: `figures[${figure}]`, field: 'part_of' },
    },
  ])('$name', ({ file: name, at, value, expected }) => {
    expectOnlyAfterSet(name, at, value, expected);
  });

  it('reports a budget without a source', () => {
    expectOnlyAfterYamlEdit('budgets.yaml', (doc) => doc.deleteIn([1, 'source']), {
      code: 'schema',
      row: undefined,
      path: '[1].source',
      field: 'source',
      value: undefined,
    });
  });

  it('rejects a data note that keeps only one value', () => {
    const i = indexOfId(d.notes, 'iran-hosting');
    const errors = expectOnlyAfterYamlEdit('notes.yaml', (doc) => doc.deleteIn([i, 'values', 1]), {
      code: 'schema',
      path: `[${i}].values`,
      field: 'values',
      message: 'a data note keeps both values',
    });
    expect(errors[0]?.value).toHaveLength(1);
  });
});

describe('whole files', () => {
  it('reports a missing file by name', () => {
    expectOnlyIn('notes.yaml', withoutFile('notes.yaml'), { code: 'missing-file', row: undefined, path: undefined });
  });

  it('reports a YAML syntax error by file', () => {
    const texts = withFile('dialogues.yaml', (t) => replaceOnce(t, 'since: 2006', 'since: [2006'));
    const errors = expectOnlyIn('dialogues.yaml', texts, { code: 'syntax', path: undefined });
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
  it('reports an edition whose year differs from its folder name', () => {
    const tmp = makeTempDataDir();
    try {
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
    } finally {
      tmp.remove();
    }
  });
});
