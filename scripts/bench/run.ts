/**
 * npm run bench - the performance budgets (docs/performance.md), measured.
 *
 * 1. Builds the app and the bare-MapLibre floor page (BENCH=1 vite build into
 *    .bench/dist-1x), generates 10x and 100x synthetic data
 *    (scripts/bench/synth.ts), compiles it with scripts/data-build.ts and makes
 *    one dist per scale (the 1x dist with geo/ and data/ replaced): build.ts.
 * 2. Serves each dist with the shared server of scripts/serve on a free port.
 * 3. In Debian's Chromium (software WebGL), after a warm-up run, BENCH_RUNS
 *    runs of: cold load to an idle map with all layers, app and floor, at every
 *    scale; filter change -> next rendered frame for four UI interactions and
 *    for the floor's setFilter; transfer of the first load: runs.ts, measure.ts.
 * 4. Once: heap snapshots after load and after 1,000 and 2,000 filter changes (heap.ts), CPU
 *    profiles of a load and of filter changes at 1x and 100x (profile.ts),
 *    Lighthouse desktop and mobile (lighthouse.ts).
 * 5. Judges the budgets (budgets.ts) and writes docs/performance.json (raw +
 *    summary) and docs/performance.md (report.ts).
 *
 * The machine is small and shared, so every budget is a ratio or difference
 * against a baseline measured in the same run, and is reported as a median
 * with its spread. Nothing here runs in `npm test`.
 *
 * Environment: BENCH_RUNS (5), BENCH_RUNS_10X and BENCH_RUNS_100X (3 each: the
 * larger scales are slow, and 10x is information only), BENCH_SAMPLES (5 per
 * interaction and run), BENCH_HEAP_CHANGES (1000), BENCH_LIGHTHOUSE_RUNS (1;
 * 0 skips), BENCH_SKIP_BUILD=1 (reuse .bench/dist-*), BENCH_PHASES (runs,heap,
 * profile,lighthouse), BENCH_LOAD_TIMEOUT (90 s for a load to reach an idle map;
 * a warm-up load that misses it is tried 3 times), BENCH_REPORT_ONLY=1 (rewrite the report from
 * docs/performance.json), BENCH_QUICK=1 (a smoke run: 1 run, 1 sample, 20
 * heap changes, no profiles or Lighthouse; writes .bench/performance.*, not
 * docs/), CHROMIUM_PATH.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { distServer, type RunningServer } from '../serve';
import { summarize } from './budgets';
import { build } from './build';
import * as config from './config';
import { BENCH, distDir, HEAP_CHANGES, LH_RUNS, log, OUT_DIR, PHASES, SCALES, type Scale } from './config';
import { readCpuFrom } from './cpu';
import { heapRun } from './heap';
import { lighthouse } from './lighthouse';
import { commit, machine } from './machine';
import { jsonFile, mdFile, print, reportOnly, write } from './output';
import { profileRun } from './profile';
import { measureRuns, type RunsInfo } from './runs';
import { ratio } from './stats';
import type { ProfileResult, Results } from './types';

/**
 * Lighthouse once (report at `out`), tried a second time when it fails: under
 * load it sometimes records no navigation start (NO_NAVSTART). A run that
 * fails twice is left out and its rows say "not measured"; the rest of the
 * bench's results are kept.
 */
function lighthouseTwice(url: string, ff: 'desktop' | 'mobile', out: string, page: 'app' | 'floor') {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      return lighthouse(url, ff, out, page);
    } catch (e) {
      log(`lighthouse ${page} ${ff} failed (attempt ${attempt} of 2): ${(e as Error).message}`);
    }
  }
  return null;
}

/** Lighthouse on the 1x build; the floor page once per form factor (what MapLibre alone gets here). */
function lighthouseRuns(base: string, results: Results): void {
  for (let i = 0; PHASES.has('lighthouse') && i < LH_RUNS; i++)
    for (const ff of ['desktop', 'mobile'] as const) {
      const app = lighthouseTwice(base, ff, path.join(BENCH, `lighthouse-${ff}-${i + 1}.json`), 'app');
      if (app) results.lighthouse.push(app);
      if (i > 0) continue;
      const floor = lighthouseTwice(`${base}floor.html`, ff, path.join(BENCH, `lighthouse-floor-${ff}.json`), 'floor');
      if (floor) results.lighthouse.push(floor);
    }
}

/** Everything measured in Chromium: the runs, then profiles and heap. */
async function inBrowser(url: (s: Scale) => string, results: Results) {
  let browser: Browser | null = null;
  let runs: RunsInfo = {
    runScales: {},
    loadAverages: [],
    size: { w: config.VIEWPORT.width, h: config.VIEWPORT.height },
  };
  let profiles: Record<string, ProfileResult> = {};
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const chromiumVersion = browser.version();
    readCpuFrom(await browser.newBrowserCDPSession());
    log(`Chromium ${chromiumVersion}; servers ${SCALES.map((s) => `${s}x ${url(s)}`).join(', ')}`);
    if (PHASES.has('runs')) runs = await measureRuns(browser, url, results);
    if (PHASES.has('profile')) {
      log('CPU profiles at 1x and 100x');
      profiles = { '1x': await profileRun(browser, url(1)), '100x': await profileRun(browser, url(100)) };
    }
    if (PHASES.has('heap')) {
      log(`heap: load, then ${HEAP_CHANGES} filter changes`);
      const h = await heapRun(browser, url(1));
      results.heap = h;
      log(
        `heap without code ${ratio(h.ratioWithoutCode)}, compiled code ${ratio(h.codeRatio)} (N to 2N) in ${h.churnMs} ms`,
      );
    }
    return { runs, profiles, chromiumVersion };
  } finally {
    readCpuFrom(null);
    await browser?.close();
  }
}

async function main() {
  if (config.REPORT_ONLY) return reportOnly();
  // Other work on the machine stretches every wall-clock figure: the report gives the load before and after.
  const loadAtStart = os.loadavg();
  log(`load average at start ${loadAtStart.map((x) => x.toFixed(2)).join(' / ')} on ${os.cpus().length} cores`);
  mkdirSync(BENCH, { recursive: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const buildInfo = build();
  const results: Results = {
    app: { 1: [], 10: [], 100: [] },
    floor: { 1: [], 10: [], 100: [] },
    heap: null,
    lighthouse: [],
  };
  const servers = new Map<Scale, RunningServer>();
  let measured: Awaited<ReturnType<typeof inBrowser>>;
  try {
    for (const scale of SCALES) servers.set(scale, await distServer().start(distDir(scale)));
    const url = (s: Scale) => servers.get(s)!.url;
    measured = await inBrowser(url, results);
    lighthouseRuns(url(1), results);
  } finally {
    for (const s of servers.values()) await s.stop();
  }

  const rows = summarize(results);
  const durationS = Math.round((Date.now() - config.started) / 1000);
  write({
    date: new Date().toISOString(),
    durationS,
    commit: commit(),
    command: config.commandLine(),
    machine: machine(measured.chromiumVersion, measured.runs.loadAverages, loadAtStart),
    settings: config.settings(measured.runs.size),
    rows,
    build: buildInfo,
    heap: results.heap,
    profiles: measured.profiles,
    lighthouse: results.lighthouse,
    raw: { app: results.app, floor: results.floor, runScales: measured.runs.runScales },
  });
  log(`wrote ${path.relative(config.ROOT, jsonFile)} and ${path.relative(config.ROOT, mdFile)} in ${durationS} s`);
  print(rows);
  log(
    `load average at start ${loadAtStart.map((x) => x.toFixed(2)).join(' / ')}, at the end ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ')}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
