/**
 * The record schemas (src/model/schema.ts) on good and bad records, and how
 * parseEdition turns a schema failure into an error an editor can find.
 */
import { describe, expect, it } from 'vitest';
import { EDITION_FILES } from '../../../src/compile/editionFiles';
import { formatPath, parseEdition } from '../../../src/compile/parseEdition';
import * as s from '../../../src/model/schema';
import { DIR_2023, data2023, texts2023 } from '../data/helpers';

const d = data2023();

/** The messages of a failed parse, or [] if it passed. */
function problems(schema: { safeParse(x: unknown): { success: boolean; error?: unknown } }, x: unknown) {
  const r = schema.safeParse(x);
  if (r.success) return [];
  return (r.error as { issues: { path: (string | number)[]; message: string }[] }).issues.map(
    (i) => `${formatPath(i.path)}: ${i.message}`,
  );
}

const csvPost = {
  id: 'abuja',
  number: '1',
  city_nl: 'Abuja',
  city_en: 'Abuja',
  iso3: 'NGA',
  lat: '9.0579',
  lon: '7.4951',
  status: 'open',
  source: "H2 Beleidsinzet, 'Capaciteit op ambassades'",
};

describe('posts.csv rows', () => {
  it('accepts a row as CSV gives it (all strings) and turns numbers into numbers', () => {
    const r = s.postRow.parse(csvPost);
    expect(r.number).toBe(1);
    expect(r.lat).toBeCloseTo(9.0579);
    expect(r.lon).toBeCloseTo(7.4951);
  });

  it.each([
    ['id', 'Abuja City', 'id: must be lower-kebab-case'],
    ['id', 'abuja--1', 'id: must be lower-kebab-case'],
    ['iso3', 'nga', 'iso3: must be an ISO 3166-1 alpha-3 code'],
    ['iso3', 'NG', 'iso3: must be an ISO 3166-1 alpha-3 code'],
    ['lat', '91', 'lat:'],
    ['lon', '-181', 'lon:'],
    ['lat', 'north', 'lat:'],
    ['number', '0', 'number:'],
    ['number', '1.5', 'number:'],
    ['status', 'temporarily-closed', 'status:'],
    ['source', '', 'source: every record needs a source'],
    ['source', 'Wikipedia, Abuja', 'source: must cite a report chapter'],
    ['city_en', '  ', 'city_en: must not be empty'],
  ])('rejects %s = %j', (field, value, message) => {
    const found = problems(s.postRow, { ...csvPost, [field]: value });
    expect(found.some((m) => m.startsWith(message))).toBe(true);
  });
});

describe('sources', () => {
  it.each([
    'H1 Migratie context wereldwijd',
    "H4, 'Migratiepartnerschappen' (Marokko)",
    'Inleiding; fn 1',
    'ref: routes-and-context.md, Frontex table',
  ])('accepts a citation like %j', (cite) => {
    expect(s.source.safeParse(cite).success).toBe(true);
  });

  it.each(['H5 Bijlage', 'H12', 'Frontex', 'reference: routes.md', 'h2 lowercase', 'H2'])('rejects %j', (cite) => {
    expect(s.source.safeParse(cite).success).toBe(false);
  });
});

describe('activities and focus rows', () => {
  const row = {
    goal: 'migration-cooperation',
    iso3: 'NGA',
    letter: 'N',
    name_in_report: 'Nigeria',
    count: '7',
    source: "H4, 'Programmering migratiesamenwerking'",
  };

  it('accepts a real row', () => {
    expect(s.activityRow.parse(row).count).toBe(7);
  });

  it('rejects a count of zero: a country without activities has no row', () => {
    expect(problems(s.activityRow, { ...row, count: '0' })).toEqual([
      'count: an activity count is a positive whole number',
    ]);
  });

  it('rejects a goal that is not one of the two policy goals', () => {
    expect(problems(s.activityRow, { ...row, goal: 'return' })).toHaveLength(1);
  });

  it('rejects a letter that is not one capital', () => {
    expect(problems(s.activityRow, { ...row, letter: 'n' })).toEqual([
      'letter: must be one capital letter as in the report',
    ]);
  });
});

describe('programme phases', () => {
  const prospects = d.programmes.find((p) => p.id === 'prospects')!;
  const phase = prospects.phases[1]!;

  it('accepts the real Prospects phases', () => {
    for (const p of prospects.phases) expect(problems(s.phase, p)).toEqual([]);
  });

  it('accepts an ongoing phase (to: null)', () => {
    expect(problems(s.phase, { ...phase, to: null })).toEqual([]);
  });

  it('rejects a phase that ends before it starts', () => {
    expect(problems(s.phase, { ...phase, from: 2025, to: 2024 })).toEqual(['to: phase ends before it starts']);
  });

  it('requires the basis for years the report does not state, in both languages', () => {
    const { years_basis_nl: _nl, years_basis_en: _en, ...rest } = prospects.phases[0]!;
    expect(problems(s.phase, { ...rest, years_stated: false })).toEqual([
      'years_basis_nl: years not stated in the report need years_basis_nl and years_basis_en',
    ]);
    expect(problems(s.phase, { ...rest, years_stated: false, years_basis_nl: 'x' })).toHaveLength(1);
    expect(problems(s.phase, { ...rest, years_stated: true })).toEqual([]);
  });

  it('rejects a year outside 2000-2100', () => {
    expect(problems(s.phase, { ...phase, from: 1999 })).toEqual(['from: year before 2000']);
  });

  it('rejects a programme without phases', () => {
    expect(problems(s.programme, { ...prospects, phases: [] })).toEqual([
      'phases: a programme needs at least one phase',
    ]);
  });

  it('rejects a budget qualifier the product does not know', () => {
    expect(problems(s.phase, { ...phase, budget_qualifier: 'about' })).toHaveLength(1);
  });
});

describe('other records', () => {
  it('rejects a data note with only one value', () => {
    const note = d.notes[0]!;
    expect(problems(s.note, { ...note, values: note.values.slice(0, 1) })).toEqual([
      'values: a data note keeps both values',
    ]);
  });

  it('rejects a route with a single point', () => {
    const route = d.routes.routes[0]!;
    expect(problems(s.route, { ...route, path: route.path.slice(0, 1) })).toEqual([
      'path: a route needs at least two points',
    ]);
  });

  it('rejects a route point given as [lat, lon] far outside the longitude range', () => {
    const route = d.routes.routes[0]!;
    expect(
      problems(s.route, {
        ...route,
        path: [
          [13.2, 32.6],
          [32.6, 200],
        ],
      }),
    ).toHaveLength(1);
  });

  it('rejects a moment in month 13', () => {
    expect(problems(s.moment, { ...d.moments[0]!, month: 13 })).toHaveLength(1);
  });

  it('accepts a moment with no month and no place', () => {
    expect(problems(s.moment, { ...d.moments[0]!, month: null, place: null })).toEqual([]);
  });

  it('rejects a negative budget', () => {
    expect(problems(s.budget, { ...d.budgets[0]!, amount_eur: -1 })).toHaveLength(1);
  });

  it('rejects an edition without goals', () => {
    expect(problems(s.edition, { ...d.edition, goals: [] })).toHaveLength(1);
  });
});

describe('parseEdition', () => {
  it('parses every file of the real 2023 edition', () => {
    const { data, errors } = parseEdition(DIR_2023, texts2023());
    expect(errors).toEqual([]);
    expect(Object.keys(data ?? {}).sort()).toEqual(Object.keys(EDITION_FILES).sort());
  });

  it('returns no data at all when one file has an error', () => {
    const texts = texts2023();
    texts['budgets.yaml'] = '- id: x\n';
    const { data, errors } = parseEdition(DIR_2023, texts);
    expect(data).toBeNull();
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((e) => e.file))).toEqual(new Set([`${DIR_2023}/budgets.yaml`]));
  });

  it('numbers CSV rows as a spreadsheet does (header = row 1)', () => {
    const texts = texts2023();
    texts['focus-countries.csv'] = [
      'goal,iso3,number,name_in_report,source',
      "migration-cooperation,DZA,1,Algerije,H2 'Focuslanden'",
      "migration-cooperation,egy,2,Egypte,H2 'Focuslanden'",
    ].join('\n');
    const { errors } = parseEdition(DIR_2023, texts);
    expect(errors).toEqual([
      expect.objectContaining({
        file: `${DIR_2023}/focus-countries.csv`,
        row: 3,
        field: 'iso3',
        value: 'egy',
        code: 'schema',
      }),
    ]);
    expect(errors[0]).not.toHaveProperty('path');
  });

  it('skips empty lines and a byte-order mark in CSV files', () => {
    const texts = texts2023();
    texts['posts.csv'] = `\uFEFF${texts['posts.csv']!.replace('\n', '\n\n')}\n\n`;
    const { data, errors } = parseEdition(DIR_2023, texts);
    expect(errors).toEqual([]);
    expect(data?.posts).toHaveLength(35);
  });

  it('names YAML problems by path', () => {
    expect(formatPath([3, 'phases', 0, 'to'])).toBe('[3].phases[0].to');
    expect(formatPath(['routes', 2, 'path', 1])).toBe('routes[2].path[1]');
    expect(formatPath(['total_2023', 'value'])).toBe('total_2023.value');
  });
});
