/**
 * The measured runs: run 0 is a warm-up (discarded); then app and floor at
 * every scale, the scales rotated so drift over the session spreads over them.
 */
import os from 'node:os';
import type { Browser } from 'playwright-core';
import {
  KINDS,
  LOAD_TIMEOUT_MS,
  log,
  RUNS,
  RUNS_10X,
  RUNS_100X,
  SAMPLES,
  SCALES,
  type Scale,
  VIEWPORT,
  WARMUP_ATTEMPTS,
} from './config';
import { appRun, floorRun } from './measure';
import { median, ms } from './stats';
import { type PageRun, pooled, type Results } from './types';

export interface RunsInfo {
  /** The scales of each run, in the order they ran. */
  runScales: Record<number, Scale[]>;
  /** Load average (1 min) before each run. */
  loadAverages: number[][];
  /** The app's map size at 1x, which the floor page copies. */
  size: { w: number; h: number };
}

const load1 = () => os.loadavg()[0]!.toFixed(1);

/**
 * A warm-up load: it only fills caches, so one that throws or does not reach
 * an idle map in time (a busy machine: the shader compiles of a first load
 * wait for a core) is tried again, and the bench stops with a message that
 * says why rather than measuring on top of a failed start.
 */
async function warm<T extends PageRun>(what: string, attempt: () => Promise<T>): Promise<T> {
  let reason = '';
  for (let i = 1; i <= WARMUP_ATTEMPTS; i++) {
    try {
      const r = await attempt();
      if (r.complete) return r;
      reason = `no idle map with all its data within ${LOAD_TIMEOUT_MS / 1000} s`;
    } catch (e) {
      reason = (e as Error).message.split('\n')[0] ?? String(e);
    }
    log(`warm-up ${what}: ${reason} (load average ${load1()}); attempt ${i} of ${WARMUP_ATTEMPTS}`);
  }
  throw new Error(
    `warm-up ${what} failed ${WARMUP_ATTEMPTS} times: ${reason}. Load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} ` +
      `on ${os.cpus().length} cores: if the machine is busy, wait for a quieter moment or raise BENCH_LOAD_TIMEOUT (seconds, now ${LOAD_TIMEOUT_MS / 1000}).`,
  );
}

export async function measureRuns(
  browser: Browser,
  url: (s: Scale) => string,
  { app, floor }: Pick<Results, 'app' | 'floor'>,
): Promise<RunsInfo> {
  const info: RunsInfo = { runScales: {}, loadAverages: [], size: { w: VIEWPORT.width, h: VIEWPORT.height } };
  for (let run = 0; run <= RUNS; run++) {
    const warmUp = run === 0;
    const order = SCALES.filter((s) => warmUp || s === 1 || run <= (s === 10 ? RUNS_10X : RUNS_100X));
    const rotated = warmUp ? order : [...order.slice(run % order.length), ...order.slice(0, run % order.length)];
    info.runScales[run] = rotated;
    info.loadAverages.push(os.loadavg());
    for (const scale of rotated) {
      const appOnce = () => appRun(browser, url(scale), warmUp ? 1 : SAMPLES, scale === 1);
      const a = warmUp ? await warm(`app ${scale}x`, appOnce) : await appOnce();
      if (scale === 1) info.size = a.mapSize;
      const floorOnce = () => floorRun(browser, url(scale), info.size, warmUp ? 1 : SAMPLES * 2, scale === 1);
      const f = warmUp ? await warm(`floor ${scale}x`, floorOnce) : await floorOnce();
      log(
        `run ${run}${warmUp ? ' (warm-up)' : ''} ${scale}x: app ${ms(a.loadMs)} (usable ${ms(a.usableMs ?? Number.NaN)})${a.complete ? '' : ' (INCOMPLETE)'}, floor ${ms(f.loadMs)}${f.complete ? '' : ' (INCOMPLETE)'}; ` +
          `frame p50 ${KINDS.map((k) => `${k} ${ms(median(pooled([a], k)))}`).join(', ')}, floor ${ms(median(pooled([f], 'floor')))}; load average ${load1()}`,
      );
      if (!warmUp) {
        app[scale].push(a);
        floor[scale].push(f);
      }
    }
  }
  return info;
}
