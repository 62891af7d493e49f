/**
 * A new edition is a new folder data/<year>/: no code change. The 2024 fixture
 * is generated here from the real 2023 files, so it never drifts from them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { discoverEditionDirs, type LoadResult, loadEditions } from '../../../scripts/editions';
import { type CompiledData, compileAll } from '../../../src/compile/compile';
import { formatDataError } from '../../../src/compile/dataError';
import {
  copyReal2023,
  getWorld,
  makeTempDataDir,
  replaceOnce,
  type TempDataDir,
  type Texts,
  texts2023,
} from '../data/helpers';

const NEW_PROGRAMME = {
  id: 'fixture-programme-2024',
  kind: 'programme',
  name_nl: 'Testprogramma 2024',
  name_en: 'Test programme 2024',
  goals: ['migration-cooperation'],
  partners: ['IOM'],
  countries: [{ iso3: 'NGA' }, { iso3: 'GHA' }],
  summary_nl: 'Een programma dat alleen in de testeditie 2024 bestaat.',
  summary_en: 'A programme that exists only in the 2024 test edition.',
  phases: [
    {
      name_nl: 'Fase I',
      name_en: 'Phase I',
      from: 2024,
      to: null,
      years_stated: true,
      source: "H4, 'Programmering migratiesamenwerking' (fixture)",
    },
  ],
  source: 'H4 Verdieping migratiesamenwerking (fixture)',
};

/** The 2023 texts turned into a 2024 edition: Nigeria 9 activities, one new programme. */
function fixture2024(): Texts {
  const t = texts2023();
  t['edition.yaml'] = replaceOnce(t['edition.yaml']!, '\nyear: 2023\n', '\nyear: 2024\n');
  t['activities.csv'] = replaceOnce(
    t['activities.csv']!,
    'migration-cooperation,NGA,N,Nigeria,7,',
    'migration-cooperation,NGA,N,Nigeria,9,',
  );
  t['programmes.yaml'] = `${t['programmes.yaml']!}\n${stringify([NEW_PROGRAMME])}`;
  return t;
}

describe('a second edition (data/2024) next to data/2023', () => {
  let tmp: TempDataDir;
  let loaded: LoadResult;
  let out: CompiledData;
  const nigeria = () => out.countries.features.find((f) => f.properties.iso3 === 'NGA')!.properties;

  beforeAll(() => {
    tmp = makeTempDataDir();
    copyReal2023(tmp);
    tmp.writeEdition('2024', fixture2024());
    loaded = loadEditions(tmp.dataDir, getWorld(), tmp.root);
    out = compileAll(loaded.editions, getWorld());
  });
  afterAll(() => tmp.remove());

  it('loads both editions without errors', () => {
    expect(loaded.errors.map(formatDataError)).toEqual([]);
    expect(loaded.editions.map((e) => e.year)).toEqual([2023, 2024]);
  });

  it('lists both years in editions.json, with 2024 as the latest', () => {
    const index = out.editions as {
      editions: { year: number }[];
      latest: number;
      years: number[];
    };
    expect(index.editions.map((e) => e.year)).toEqual([2023, 2024]);
    expect(index.latest).toBe(2024);
    expect(index.years).toEqual(expect.arrayContaining([2023, 2024]));
  });

  it("shows the latest count on the map (Nigeria 9) and keeps 2023's (7) per year", () => {
    const p = nigeria();
    expect(p.activities_by_year['2023']).toEqual({ 'migration-cooperation': 7 });
    expect(p.activities_by_year['2024']).toEqual({ 'migration-cooperation': 9 });
    expect(Object.keys(p.focus_by_year).sort()).toEqual(['2023', '2024']);
  });

  it('adds the new programme to programmes.json and to its countries', () => {
    const ids = out.programmes.map((p) => p.id);
    expect(ids).toContain(NEW_PROGRAMME.id);
    expect(ids).toEqual(expect.arrayContaining(['prospects', 'compass', 'promis']));
    expect(new Set(ids).size).toBe(ids.length);
    const inNigeria = out.programmes.filter((p) => p.countries.some((c) => c.iso3 === 'NGA')).map((p) => p.id);
    expect(inNigeria).toEqual(expect.arrayContaining([NEW_PROGRAMME.id, 'compass']));
  });

  it('takes the headline statistics from the latest edition', () => {
    expect(out.statistics.year).toBe(2024);
  });
});

describe('finding edition folders', () => {
  let tmp: TempDataDir;
  beforeAll(() => {
    tmp = makeTempDataDir();
  });
  afterAll(() => tmp.remove());

  it('reports an empty data folder', () => {
    const { editions, errors } = loadEditions(tmp.dataDir, getWorld(), tmp.root);
    expect(editions).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ code: 'no-editions', file: 'data' })]);
  });

  it('takes only folders named by a four-digit year, in order', () => {
    for (const name of ['2024', '2023', 'drafts', '2023-old', '99']) mkdirSync(path.join(tmp.dataDir, name));
    writeFileSync(path.join(tmp.dataDir, '2022'), 'a file, not a folder');
    writeFileSync(path.join(tmp.dataDir, 'README.md'), '# notes');
    expect(discoverEditionDirs(tmp.dataDir)).toEqual(['2023', '2024']);
  });
});

describe('an edition with errors', () => {
  let tmp: TempDataDir;
  beforeAll(() => {
    tmp = makeTempDataDir();
    copyReal2023(tmp);
    const broken = fixture2024();
    broken['posts.csv'] = replaceOnce(broken['posts.csv']!, '\nalgiers,3,', '\nalgiers,2,');
    tmp.writeEdition('2024', broken);
  });
  afterAll(() => tmp.remove());

  it('is left out and named by its own folder, while the others still load', () => {
    const { editions, errors } = loadEditions(tmp.dataDir, getWorld(), tmp.root);
    expect(editions.map((e) => e.year)).toEqual([2023]);
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'duplicate-id',
        file: 'data/2024/posts.csv',
        row: 4,
        field: 'number',
      }),
    ]);
  });
});
