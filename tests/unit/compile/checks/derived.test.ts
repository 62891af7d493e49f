/**
 * Statement or inference (issue 13): one fixture per rule of data:check, each
 * the real 2023 edition with one edit, each failing with one error that names
 * the file, the record, the field and the problem.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { resolvesPath } from '../../../../src/compile/checks/derived';
import { type DataError, formatDataError } from '../../../../src/compile/dataError';
import { checkTexts, data2023, getWorld, indexOfId, withYaml } from '../../data/helpers';

const d = data2023();
const prog = (id: string) => indexOfId(d.programmes, id);

/** The 2023 data with one YAML edit gives exactly one error, in that file; returns it. */
function onlyError(file: string, edit: (doc: Document) => void): DataError {
  const errors = checkTexts(withYaml(file, edit));
  expect(errors.map(formatDataError)).toHaveLength(1);
  expect(errors[0]?.file).toBe(`data/2023/${file}`);
  return errors[0]!;
}

const basis = (nl: string, en: string) => ({ basis_nl: nl, basis_en: en });

beforeAll(() => {
  getWorld();
});

describe('data:check: a derived value needs its basis', () => {
  it('rejects years_stated: false without a basis, on the phase', () => {
    const i = prog('frit');
    const e = onlyError('programmes.yaml', (doc) => {
      doc.deleteIn([i, 'phases', 0, 'years_basis_nl']);
      doc.deleteIn([i, 'phases', 0, 'years_basis_en']);
    });
    expect(e).toMatchObject({ path: `[${i}].phases[0].years_basis_nl`, field: 'years_basis_nl', code: 'schema' });
    expect(e.message).toMatch(/years not stated in the report need years_basis_nl and years_basis_en/);
  });

  it('rejects a derived entry with an empty basis', () => {
    const i = prog('gcff');
    const e = onlyError('programmes.yaml', (doc) => doc.setIn([i, 'derived', 'countries[ARM].from', 'basis_en'], ''));
    expect(e).toMatchObject({ path: `[${i}].derived.countries[ARM].from.basis_en`, field: 'basis_en', code: 'schema' });
    expect(e.message).toBe('a derived value needs its basis: must not be empty');
  });

  it('rejects a derived path that names no field of the record', () => {
    const i = prog('gcff');
    const e = onlyError('programmes.yaml', (doc) => doc.setIn([i, 'derived', 'countries[XYZ].from'], basis('x', 'y')));
    expect(e).toMatchObject({ path: `[${i}]`, field: 'derived.countries[XYZ].from', code: 'derived-path' });
    expect(e.message).toBe('record gcff: the derived entry names no field of the record');
  });

  it('rejects a csv_derived entry for a post that does not exist', () => {
    const e = onlyError('edition.yaml', (doc) =>
      doc.setIn(['csv_derived', 'posts.csv', 'atlantis', 'iso3'], basis('x', 'y')),
    );
    expect(e).toMatchObject({ path: 'csv_derived.posts.csv.atlantis', field: 'atlantis', code: 'derived-path' });
    expect(e.message).toBe('no row atlantis in posts.csv');
  });

  it('rejects a phase without a stated start that does not say from when the map shows it', () => {
    const i = prog('prospects');
    const e = onlyError('programmes.yaml', (doc) => doc.deleteIn([i, 'phases', 0, 'shown_from']));
    expect(e).toMatchObject({ path: `[${i}].phases[0].shown_from`, field: 'shown_from', code: 'schema' });
  });
});

describe('data:check: every source names a chapter of the report or the reference', () => {
  it('rejects a source that names no chapter', () => {
    const e = onlyError('budgets.yaml', (doc) => doc.setIn([0, 'source'], 'Hoofdstuk drie'));
    expect(e).toMatchObject({ path: '[0].source', field: 'source', code: 'schema' });
    expect(e.message).toMatch(/must cite a report chapter \(H1-H4, Inleiding\)/);
  });

  it('rejects a reference source that names no file of the reference', () => {
    const e = onlyError('routes.yaml', (doc) => doc.setIn(['routes', 0, 'source'], 'ref: frontex-2023.pdf'));
    expect(e).toMatchObject({ path: 'routes[0]', field: 'source', code: 'source' });
    expect(e.message).toBe('record central-mediterranean: cites no file of the reference (routes-and-context.md)');
  });
});

describe('data:check: every text in both languages', () => {
  it('rejects a Dutch text whose English is empty', () => {
    const e = onlyError('routes.yaml', (doc) => doc.setIn(['routes', 0, 'partial_nl'], 'alleen januari-juni'));
    expect(e).toMatchObject({ path: 'routes[0]', field: 'partial_nl', code: 'translation' });
    expect(e.message).toBe('record central-mediterranean: has no partial_en (every text is in both languages)');
  });

  it('rejects an English text whose Dutch is missing, in a phase', () => {
    const i = prog('gcff');
    const e = onlyError('programmes.yaml', (doc) => doc.setIn([i, 'phases', 0, 'budget_period_en'], 'since 2016'));
    expect(e).toMatchObject({ path: `[${i}].phases[0]`, field: 'budget_period_en', code: 'translation' });
    expect(e.message).toMatch(/^record gcff Since founding: has no budget_period_nl/);
  });
});

describe('data:check: a place where the report names none', () => {
  it('rejects a venue the source does not name, unless it is marked derived', () => {
    const edit = (doc: Document) => doc.setIn([0, 'place'], { iso3: 'MAR', city_nl: 'Rabat', city_en: 'Rabat' });
    const e = onlyError('moments.yaml', edit);
    expect(e).toMatchObject({ path: '[0].place', field: 'place', value: 'Rabat', code: 'place-not-in-source' });
    expect(e.message).toMatch(/^record morocco-visit-van-der-burg: the source does not name this place \(Rabat\)/);
    const marked = withYaml('moments.yaml', (doc) => {
      edit(doc);
      doc.setIn([0, 'derived', 'place'], basis('Aangenomen: de hoofdstad.', 'Assumed: the capital.'));
    });
    expect(checkTexts(marked).map(formatDataError)).toEqual([]);
  });

  it('rejects a country as place that the source does not name (a visit to Morocco placed in Egypt)', () => {
    const e = onlyError('moments.yaml', (doc) =>
      doc.setIn([0, 'place'], { iso3: 'EGY', city_nl: null, city_en: null }),
    );
    expect(e).toMatchObject({ path: '[0].place', field: 'place', value: 'EGY', code: 'place-not-in-source' });
    expect(e.message).toMatch(/\(Egypte \/ Egypt\)/);
  });
});

describe('resolvesPath', () => {
  const record = { from: 2020, countries: [{ iso3: 'ARM', from: 2024 }, { iso3: 'MDA' }], path: [[1, 2]] };
  it('follows dots, indexes and [ISO3] steps', () => {
    expect(resolvesPath(record, 'from')).toBe(true);
    expect(resolvesPath(record, 'countries[ARM].from')).toBe(true);
    expect(resolvesPath(record, 'countries[MDA]')).toBe(true);
    expect(resolvesPath(record, 'countries[1].iso3')).toBe(true);
    expect(resolvesPath(record, 'path[0][1]')).toBe(true);
  });
  it('rejects paths to nothing', () => {
    expect(resolvesPath(record, 'to')).toBe(false);
    expect(resolvesPath(record, 'countries[MDA].from')).toBe(false);
    expect(resolvesPath(record, 'countries[7]')).toBe(false);
    expect(resolvesPath(record, 'from.year')).toBe(false);
    expect(resolvesPath(record, '')).toBe(false);
  });
});
