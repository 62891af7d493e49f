/**
 * Synthetic data for the performance bench (npm run bench): the 2023 edition
 * multiplied to N times its records, written as edition folders that pass the
 * project's own validator (scripts/editions.ts loadEditions).
 *
 *   tsx scripts/bench/synth.ts <scale> <outDir>     e.g. 10 .bench/data-10x
 *
 * What grows, and how (N = scale, B = the base edition's count):
 * - editions: max(min(N, 10), the editions needed for the activity rows); each
 *   edition keeps every base record id (so references from scenes, results,
 *   notes keep resolving) plus its share of new records;
 * - programmes and moments: N x B distinct ids over all editions (the compiler
 *   merges them by id), new ones placed in random countries that have a
 *   boundary, moments dated within the edition's year;
 * - activities: N x B rows over all editions (at most 26 letters per goal per
 *   edition is the report's own limit, hence the extra editions);
 * - posts and routes: N x B in the latest edition (the only one the map
 *   draws), new posts at random points inside their country (turf
 *   point-in-polygon on the same world the validator uses);
 * - every other file is copied as it is.
 * Deterministic: the same scale and seed give the same files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { countryName } from '../../src/compile/countryNames';
import { formatDataError } from '../../src/compile/dataError';
import { EDITION_FILES, type EditionData } from '../../src/compile/editionFiles';
import { parseEdition } from '../../src/compile/parseEdition';
import type { WorldArea } from '../../src/compile/world';
import type { ActivityRow, Moment, PostRow, Programme, Route } from '../../src/model/schema';
import { loadWorld, readTexts } from '../editions';
import { placeableAreas, pointIn } from './places';
import { rng, spread } from './random';

/** Letters per goal per edition: activities are lettered A-Z in the report. */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MAX_YEAR = 2100;

export interface SynthOptions {
  scale: number;
  outDir: string;
  /** The edition folder to multiply; default data/2023. */
  baseDir?: string;
  world?: WorldArea[];
  seed?: number;
}

export interface SynthCounts {
  editions: number;
  /** Posts and routes of the latest edition (the only ones drawn). */
  posts: number;
  routes: number;
  /** Activity rows over all editions. */
  activities: number;
  /** Distinct ids over all editions. */
  programmes: number;
  moments: number;
}

export interface SynthResult {
  years: number[];
  base: SynthCounts;
  counts: SynthCounts;
}

function csv(rows: Record<string, unknown>[], columns: string[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n')}\n`;
}

const headerOf = (text: string) => (text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').split(',');

function readBase(baseDir: string): { texts: Record<string, string>; data: EditionData } {
  const texts = readTexts(baseDir);
  const parsed = parseEdition(baseDir, texts);
  if (!parsed.data) throw new Error(`base edition does not parse:\n${parsed.errors.map(formatDataError).join('\n')}`);
  return { texts, data: parsed.data };
}

export function editionCount(scale: number, baseActivities: number, goals: number): number {
  const perEdition = LETTERS.length * goals;
  return Math.max(Math.ceil((scale * baseActivities) / perEdition), Math.min(scale, 10), 1);
}

export function generateSynthetic(opts: SynthOptions): SynthResult {
  const scale = Math.max(1, Math.round(opts.scale));
  const baseDir = path.resolve(opts.baseDir ?? 'data/2023');
  const world = opts.world ?? loadWorld();
  const r = rng(opts.seed ?? 2023 * scale);
  const { texts, data: base } = readBase(baseDir);
  const areas = placeableAreas(world);
  const iso3s = [...areas.keys()].sort();
  const baseYear = base.edition.year;
  const goals = base.edition.goals.map((g) => g.id);

  const nEditions = editionCount(scale, base.activities.length, goals.length);
  if (baseYear + nEditions - 1 > MAX_YEAR)
    throw new Error(`scale ${scale} needs ${nEditions} editions: past ${MAX_YEAR}, the validator's last year`);
  const years = Array.from({ length: nEditions }, (_, i) => baseYear + i);
  const latest = years[years.length - 1]!;
  // New records per edition; the first edition is the base itself.
  const extra = (n: number) => [0, ...spread((scale - 1) * n, nEditions - 1)];
  const newProgrammes = extra(base.programmes.length);
  const newMoments = extra(base.moments.length);
  const activityRows = [base.activities.length, ...spread((scale - 1) * base.activities.length, nEditions - 1)];

  rmSync(opts.outDir, { recursive: true, force: true });
  const counts: SynthCounts = { editions: nEditions, posts: 0, routes: 0, activities: 0, programmes: 0, moments: 0 };
  const spec = EDITION_FILES;

  years.forEach((year, e) => {
    const dir = path.join(opts.outDir, String(year));
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(texts)) writeFileSync(path.join(dir, name), text);
    if (e === 0) {
      // The first edition is the base as it is.
      counts.activities += base.activities.length;
      counts.programmes += base.programmes.length;
      counts.moments += base.moments.length;
      if (year === latest) [counts.posts, counts.routes] = [base.posts.length, base.routes.routes.length];
      return;
    }
    const shift = year - baseYear;
    const tag = (id: string, k: number) => `${id}-y${year}-${k}`;

    // edition.yaml
    const edition = {
      ...base.edition,
      year,
      title_nl: base.edition.title_nl.replaceAll(String(baseYear), String(year)),
      title_en: base.edition.title_en.replaceAll(String(baseYear), String(year)),
    };
    writeFileSync(path.join(dir, spec.edition.file), stringify(edition));

    // programmes.yaml: the base programmes plus this edition's new ones.
    const programmes: Programme[] = [...base.programmes];
    for (let k = 0; k < newProgrammes[e]!; k++) {
      const p = base.programmes[k % base.programmes.length]!;
      const countries = r
        .shuffle(iso3s)
        .slice(0, p.countries.length)
        .map((iso3, j) => {
          const from = p.countries[j]?.from;
          return from === undefined ? { iso3 } : { iso3, from };
        });
      // A budget for one country stays for the country in its place in the new list (budget_for names one of them).
      const phases = p.phases.map((ph) => {
        if (!ph.budget_for || ph.budget_for === 'programme') return ph;
        const at = p.countries.findIndex((c) => c.iso3 === ph.budget_for);
        return { ...ph, budget_for: countries[at]?.iso3 ?? 'programme' };
      });
      programmes.push({
        ...p,
        id: tag(p.id, k),
        name_nl: `${p.name_nl} ${year}-${k}`,
        name_en: `${p.name_en} ${year}-${k}`,
        countries,
        phases,
      });
    }
    writeFileSync(path.join(dir, spec.programmes.file), stringify(programmes));
    counts.programmes += newProgrammes[e]!;

    // moments.yaml: base moments moved to this year, plus new ones.
    const moments: Moment[] = base.moments.map((m) => ({ ...m, year: m.year === null ? null : m.year + shift }));
    for (let k = 0; k < newMoments[e]!; k++) {
      const m = base.moments[k % base.moments.length]!;
      moments.push({
        ...m,
        id: tag(m.id, k),
        year: m.year === null ? null : year,
        month: m.year === null ? null : r.int(1, 12),
        place: m.place === null ? null : { iso3: r.pick(iso3s), city_nl: null, city_en: null },
        countries: m.countries.map(() => r.pick(iso3s)),
        title_nl: `${m.title_nl} (${year}-${k})`,
        title_en: `${m.title_en} (${year}-${k})`,
      });
    }
    writeFileSync(path.join(dir, spec.moments.file), stringify(moments));
    counts.moments += newMoments[e]!;

    // activities.csv: this edition's rows, one letter per row and goal.
    const activities: ActivityRow[] = [];
    const perGoal = spread(activityRows[e]!, goals.length);
    goals.forEach((goal, g) => {
      const own = base.activities.filter((a) => a.goal === goal);
      const others = r.shuffle(iso3s.filter((c) => !own.some((a) => a.iso3 === c)));
      const countries = [...own.map((a) => a.iso3), ...others].slice(0, perGoal[g]!);
      countries.forEach((iso3, i) => {
        const model = own[i] ?? own[0] ?? base.activities[0]!;
        activities.push({
          goal,
          iso3,
          letter: LETTERS[i]!,
          name_in_report: countryName(iso3, 'nl') ?? iso3,
          count: Math.max(1, Math.round((own[i]?.count ?? r.int(1, 4)) * (0.5 + r.next()))),
          source: model.source,
        });
      });
    });
    writeFileSync(path.join(dir, spec.activities.file), csv(activities, headerOf(texts[spec.activities.file] ?? '')));
    counts.activities += activities.length;

    if (year !== latest) return;

    // posts.csv (latest edition): the base posts plus new ones inside random countries.
    const posts: PostRow[] = [...base.posts];
    let number = Math.max(...base.posts.map((p) => p.number));
    const wanted = (scale - 1) * base.posts.length;
    for (let k = 0; posts.length < base.posts.length + wanted; k++) {
      const iso3 = r.pick(iso3s);
      const at = pointIn(areas.get(iso3)!, r);
      if (!at) continue;
      const name = countryName(iso3, 'en') ?? iso3;
      number += 1;
      posts.push({
        id: `post-${iso3.toLowerCase()}-${k}`,
        number,
        city_nl: `${countryName(iso3, 'nl') ?? iso3} post ${k}`,
        city_en: `${name} post ${k}`,
        iso3,
        lat: at[1],
        lon: at[0],
        status: r.next() < 0.05 ? 'closed' : 'open',
        source: base.posts[k % base.posts.length]!.source,
      });
    }
    writeFileSync(path.join(dir, spec.posts.file), csv(posts, headerOf(texts[spec.posts.file] ?? '')));
    counts.posts = posts.length;

    // routes.yaml (latest edition): the base routes plus jittered copies.
    const routes: Route[] = [...base.routes.routes];
    for (let k = 0; k < (scale - 1) * base.routes.routes.length; k++) {
      const rt = base.routes.routes[k % base.routes.routes.length]!;
      const dx = (r.next() - 0.5) * 4;
      const dy = (r.next() - 0.5) * 4;
      const clamp = (x: number, m: number) => Math.max(-m, Math.min(m, Math.round(x * 100) / 100));
      routes.push({
        ...rt,
        id: tag(rt.id, k),
        name_nl: `${rt.name_nl} ${k}`,
        name_en: `${rt.name_en} ${k}`,
        detections_2023: rt.detections_2023 === null ? null : Math.round(rt.detections_2023 * (0.2 + r.next())),
        path: rt.path.map(([lon, lat]) => [clamp(lon + dx, 180), clamp(lat + dy, 85)] as [number, number]),
      });
    }
    writeFileSync(path.join(dir, spec.routes.file), stringify({ ...base.routes, routes }));
    counts.routes = routes.length;
  });

  const baseCounts: SynthCounts = {
    editions: 1,
    posts: base.posts.length,
    routes: base.routes.routes.length,
    activities: base.activities.length,
    programmes: base.programmes.length,
    moments: base.moments.length,
  };
  return { years, base: baseCounts, counts };
}

// CLI: tsx scripts/bench/synth.ts <scale> <outDir>
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const scale = Number(process.argv[2] ?? '10');
  const outDir = path.resolve(process.argv[3] ?? `.bench/data-${scale}x`);
  const started = Date.now();
  const { years, counts, base } = generateSynthetic({ scale, outDir });
  const ratio = (k: keyof SynthCounts) => `${k} ${counts[k]} (${(counts[k] / base[k]).toFixed(1)}x)`;
  console.log(
    `synth ${scale}x -> ${path.relative(process.cwd(), outDir)}: editions ${years[0]}-${years[years.length - 1]}; ` +
      `${(['posts', 'routes', 'activities', 'programmes', 'moments'] as const).map(ratio).join(', ')} ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
