/**
 * The bench's settings, read once from the environment (see run.ts for the
 * list), and the names of what it measures.
 */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BENCH = path.join(ROOT, '.bench');
const env = process.env;
const int = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) ? Math.max(0, Number(v)) : d);

/** BENCH_QUICK=1: one short pass to see that the bench works; its report goes to .bench/, not docs/. */
export const QUICK = env.BENCH_QUICK === '1';
/** Where performance.json and performance.md are written. */
export const OUT_DIR = QUICK ? BENCH : path.join(ROOT, 'docs');
export const RUNS = Math.max(1, int(env.BENCH_RUNS, QUICK ? 1 : 5));
export const RUNS_10X = Math.min(RUNS, Math.max(1, int(env.BENCH_RUNS_10X, 3)));
export const RUNS_100X = Math.min(RUNS, Math.max(1, int(env.BENCH_RUNS_100X, 3)));
export const SAMPLES = Math.max(1, int(env.BENCH_SAMPLES, QUICK ? 1 : 5));
export const HEAP_CHANGES = int(env.BENCH_HEAP_CHANGES, QUICK ? 20 : 1000);
export const LH_RUNS = int(env.BENCH_LIGHTHOUSE_RUNS, QUICK ? 0 : 1);
export const SKIP_BUILD = env.BENCH_SKIP_BUILD === '1';
export const REPORT_ONLY = env.BENCH_REPORT_ONLY === '1';
/** Which parts to run (development): runs, heap, profile, lighthouse. */
export const PHASES = new Set((env.BENCH_PHASES ?? (QUICK ? 'runs,heap' : 'runs,heap,profile,lighthouse')).split(','));
export const VIEWPORT = { width: 1280, height: 800 };
/**
 * Every scale opens the app at the same year, so the states compare: 2023, the
 * report's year at 1x, where the first view has everything (focus roles, routes,
 * context). At 10x and 100x it is an older edition: routes and context hidden.
 */
export const APP_QUERY = '?year=2023';
/** Timeout for a load to reach an idle map (BENCH_LOAD_TIMEOUT, seconds), and for one measured change. */
export const LOAD_TIMEOUT_MS = int(env.BENCH_LOAD_TIMEOUT, 90) * 1000;
/** A warm-up load that fails or times out (a busy machine) is tried this often before the bench gives up. */
export const WARMUP_ATTEMPTS = 3;
export const CHANGE_TIMEOUT_MS = 8000;

export const SCALES = [1, 10, 100] as const;
export type Scale = (typeof SCALES)[number];
export const KINDS = ['programme', 'year', 'goal', 'country'] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_LABEL: Record<Kind, string> = {
  programme: 'programme chip (Prospects)',
  year: 'year step (Vorig/Volgend jaar)',
  goal: 'goal switch (radio)',
  country: 'country select (search + Enter)',
};

export const distDir = (s: Scale) => path.join(BENCH, `dist-${s}x`);

export const bin = {
  vite: path.join(ROOT, 'node_modules/vite/bin/vite.js'),
  tsx: path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
  lighthouse: path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
};

export const started = Date.now();
export const log = (msg: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

/** The command that reproduces this run, with its BENCH_* variables. */
export function commandLine(): string {
  const vars = Object.entries(env)
    .filter(([k]) => k.startsWith('BENCH_'))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `${vars ? `${vars} ` : ''}npm run bench`;
}

/** The settings of this run, as the report records them. */
export function settings(floorSize: { w: number; h: number }) {
  return {
    runs: RUNS,
    runs100x: RUNS_100X,
    samples: SAMPLES,
    heapChanges: HEAP_CHANGES,
    lighthouseRuns: LH_RUNS,
    runs10x: RUNS_10X,
    phases: [...PHASES],
    viewport: VIEWPORT,
    appQuery: APP_QUERY,
    floorSize,
  };
}
