/**
 * The measured runs: run 0 is a warm-up (discarded); then app and floor at
 * every scale, the scales rotated so drift over the session spreads over them.
 */
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { KINDS, log, RUNS, RUNS_10X, RUNS_100X, SAMPLES, SCALES, type Scale, VIEWPORT } from './config';
import { appRun, floorRun } from './measure';
import { median, ms } from './stats';
import { pooled, type Results } from './types';

export interface RunsInfo {
  /** The scales of each run, in the order they ran. */
  runScales: Record<number, Scale[]>;
  /** Load average (1 min) before each run. */
  loadAverages: number[][];
  /** The app's map size at 1x, which the floor page copies. */
  size: { w: number; h: number };
}

export async function measureRuns(
  browser: Browser,
  url: (s: Scale) => string,
  { app, floor }: Pick<Results, 'app' | 'floor'>,
): Promise<RunsInfo> {
  const info: RunsInfo = { runScales: {}, loadAverages: [], size: { w: VIEWPORT.width, h: VIEWPORT.height } };
  for (let run = 0; run <= RUNS; run++) {
    const warm = run === 0;
    const order = SCALES.filter((s) => warm || s === 1 || run <= (s === 10 ? RUNS_10X : RUNS_100X));
    const rotated = warm ? order : [...order.slice(run % order.length), ...order.slice(0, run % order.length)];
    info.runScales[run] = rotated;
    info.loadAverages.push(os.loadavg());
    for (const scale of rotated) {
      const a = await appRun(browser, url(scale), warm ? 1 : SAMPLES, scale === 1);
      if (scale === 1) info.size = a.mapSize;
      const f = await floorRun(browser, url(scale), info.size, warm ? 1 : SAMPLES * 2, scale === 1);
      log(
        `run ${run}${warm ? ' (warm-up)' : ''} ${scale}x: app ${ms(a.loadMs)}${a.complete ? '' : ' (INCOMPLETE)'}, floor ${ms(f.loadMs)}; ` +
          `frame p50 ${KINDS.map((k) => `${k} ${ms(median(pooled([a], k)))}`).join(', ')}, floor ${ms(median(pooled([f], 'floor')))}; load average ${os.loadavg()[0]!.toFixed(1)}`,
      );
      if (!warm) {
        app[scale].push(a);
        floor[scale].push(f);
      }
    }
  }
  return info;
}
