/**
 * The bench's synthetic data (scripts/bench/synth.ts): 10x the 2023 edition,
 * valid by the project's own validator, and really ten times the records.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic, type SynthResult } from '../../../../scripts/bench/synth';
import { type LoadResult, loadEditions, loadWorld } from '../../../../scripts/editions';
import { formatDataError } from '../../../../src/compile/dataError';

let dir: string;
let result: SynthResult;
let loaded: LoadResult;
let world: ReturnType<typeof loadWorld>;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'synth-'));
  world = loadWorld();
  result = generateSynthetic({ scale: 10, outDir: dir, world });
  loaded = loadEditions(dir, world);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('synthetic data at 10x', () => {
  it('passes the validator with zero errors', () => {
    expect(loaded.errors.map(formatDataError)).toEqual([]);
    expect(loaded.editions.map((e) => e.year)).toEqual(result.years);
  });

  it('has about ten times the records of the 2023 edition', () => {
    const editions = [...loaded.editions].sort((a, b) => a.year - b.year);
    const base = editions[0]!.data;
    const latest = editions[editions.length - 1]!.data;
    const distinct = (f: (d: (typeof editions)[number]['data']) => { id: string }[]) =>
      new Set(editions.flatMap((e) => f(e.data).map((x) => x.id))).size;
    const ratios = {
      editions: editions.length,
      posts: latest.posts.length / base.posts.length,
      routes: latest.routes.routes.length / base.routes.routes.length,
      activities: editions.reduce((n, e) => n + e.data.activities.length, 0) / base.activities.length,
      programmes: distinct((d) => d.programmes) / base.programmes.length,
      moments: distinct((d) => d.moments) / base.moments.length,
    };
    for (const [kind, ratio] of Object.entries(ratios)) {
      expect(ratio, kind).toBeGreaterThanOrEqual(9.5);
      expect(ratio, kind).toBeLessThanOrEqual(10.5);
    }
  });

  it('places every new post inside a country that has a boundary', () => {
    const latest = loaded.editions.find((e) => e.year === Math.max(...result.years))!.data;
    const drawn = new Set(world.map((a) => a.iso3));
    for (const p of latest.posts) expect(drawn.has(p.iso3), p.id).toBe(true);
  });
});
