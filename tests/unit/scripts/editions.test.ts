/**
 * Editions that compose: data/2023 plus a second edition that repeats its
 * records (the naive copy an editor makes) builds with no duplicate in any
 * panel, and the year control knows both years. Also the scaffold of
 * `npm run data:new-edition` checks clean.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEditions, loadWorld } from '../../../scripts/editions';
import { type CompiledData, compileAll } from '../../../src/compile/compile';
import { formatDataError } from '../../../src/compile/dataError';
import { GOAL_IDS } from '../../../src/model/ids';
import { editionsYearContext, type FilterContext } from '../../../src/state/filterContext';
import { countryPanelModel } from '../../../src/state/panelModel';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const world = loadWorld();

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Every id list a country's panel renders as React keys, for one filter state. */
function panelKeyLists(out: CompiledData, f: FilterContext, iso3: string): [string, string[]][] {
  const m = countryPanelModel(out, f, iso3);
  return [
    ['programmes', m.programmes.map((p) => p.id)],
    ...m.programmes.map((p): [string, string[]] => [`results of ${p.id}`, p.results.map((r) => r.id)]),
    ['posts', m.posts.map((p) => p.id)],
    ['moments', m.moments.map((x) => x.id)],
    ['notes', m.notes.map((n) => n.id)],
  ];
}

describe('2023 plus a copy of it as 2024', () => {
  let root: string;
  let out: CompiledData;

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'wb-editions-'));
    const data = path.join(root, 'data');
    cpSync(path.join(ROOT, 'data/2023'), path.join(data, '2023'), { recursive: true });
    cpSync(path.join(ROOT, 'data/2023'), path.join(data, '2024'), { recursive: true });
    const edition = path.join(data, '2024/edition.yaml');
    writeFileSync(edition, readFileSync(edition, 'utf8').replace(/^year: 2023$/m, 'year: 2024'));
    const loaded = loadEditions(data, world, root);
    expect(loaded.errors.map(formatDataError)).toEqual([]);
    out = compileAll(loaded.editions, world);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the year control offers both reporting years, 2024 the latest, and every phase year', () => {
    expect(out.editions.editions.map((e) => e.year)).toEqual([2023, 2024]);
    expect(out.editions.latest).toBe(2024);
    expect(out.editions.years).toEqual(expect.arrayContaining([2016, 2023, 2024, 2027]));
    expect(out.editions.years).toEqual([...new Set(out.editions.years)].sort((a, b) => a - b));
  });

  it('no panel lists a programme, result, post, moment or note twice, in any year, goal or country', () => {
    const found: string[] = [];
    const iso3s = out.countries.features.flatMap((c) => (c.properties.iso3 ? [c.properties.iso3] : []));
    for (const year of out.editions.years)
      for (const goal of ['both', ...GOAL_IDS] as const) {
        const f: FilterContext = {
          ...editionsYearContext(out.editions, year),
          goal,
          selectedProgrammes: [],
          fill: 'activities',
        };
        for (const iso3 of iso3s)
          for (const [list, ids] of panelKeyLists(out, f, iso3))
            if (duplicates(ids).length > 0) found.push(`${year} ${goal} ${iso3} ${list}: ${duplicates(ids)}`);
      }
    expect(found).toEqual([]);
  });

  it("each year shows its own edition's results: 2023 the 2023 report's, 2024 the 2024 copy's", () => {
    const results = (year: number) => {
      const f: FilterContext = {
        ...editionsYearContext(out.editions, year),
        goal: 'both',
        selectedProgrammes: [],
        fill: 'activities',
      };
      return countryPanelModel(out, f, 'JOR').programmes.flatMap((p) => p.results.map((r) => r.edition));
    };
    expect(results(2023).length).toBeGreaterThan(0);
    expect(new Set(results(2023))).toEqual(new Set([2023]));
    expect(new Set(results(2024))).toEqual(new Set([2024]));
    expect(results(2024)).toHaveLength(results(2023).length);
  });
});

describe('npm run data:new-edition', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'wb-new-edition-'));
    cpSync(path.join(ROOT, 'data/2023'), path.join(root, 'data/2023'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('scaffolds 2024 from 2023 with a checklist; the scaffold checks clean and empties the report-specific files', () => {
    const log = execFileSync(process.execPath, [TSX, 'scripts/new-edition.ts', '2024', path.join(root, 'data')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(log).toContain('moments.yaml');
    expect(log).toContain('[ ]');
    const loaded = loadEditions(path.join(root, 'data'), world, root);
    expect(loaded.errors.map(formatDataError)).toEqual([]);
    const e2024 = loaded.editions.find((e) => e.year === 2024)!.data;
    expect(e2024.edition.title_nl).toContain('2024');
    expect([e2024.moments, e2024.results, e2024.notes, e2024.budgets, e2024.activities]).toEqual([[], [], [], [], []]);
    expect(e2024.posts.length).toBeGreaterThan(30);
  });
});
