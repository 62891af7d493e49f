/** The 1x rows: cold load and filter changes against the floor page, measured in the same runs. */
import { KIND_LABEL, KINDS } from '../config';
import type { Measurement } from '../judge';
import { fmtSpread, median, ms, p95, ratio, seconds, spreadOf } from '../stats';
import { type PageRun, pooled, type Results } from '../types';

/** The 1x runs of app and floor, when both were measured. */
function at1x({ app, floor }: Results): { app: PageRun[]; floor: PageRun[] } | null {
  return app[1].length > 0 && floor[1].length > 0 ? { app: app[1], floor: floor[1] } : null;
}

export function loadVsFloor(r: Results): Measurement[] {
  const x = at1x(r);
  if (!x) return [];
  const lr = spreadOf(x.app.map((a, i) => a.loadMs / x.floor[i]!.loadMs));
  return [
    {
      value: lr.median,
      measured: `${fmtSpread(lr, ratio)}; app ${ms(median(x.app.map((a) => a.loadMs)))}, floor ${ms(median(x.floor.map((f) => f.loadMs)))}`,
    },
  ];
}

/**
 * The app's usable map (countries, focus-role outlines and posts drawn, clicks
 * wired: data-usable, src/map/usable.ts) against the floor's whole load, per run.
 */
export function usableVsFloor(r: Results): Measurement[] {
  const x = at1x(r);
  if (!x) return [];
  const usable = x.app.map((a) => a.usableMs ?? Number.NaN);
  const lr = spreadOf(usable.map((u, i) => u / x.floor[i]!.loadMs));
  const missing = usable.filter((u) => !Number.isFinite(u)).length;
  return [
    {
      value: lr.median,
      measured:
        `${fmtSpread(lr, ratio)}; app usable ${ms(median(usable))} (idle ${ms(median(x.app.map((a) => a.loadMs)))}), floor ${ms(median(x.floor.map((f) => f.loadMs)))}` +
        (missing ? `; ${missing} of ${usable.length} loads never marked the map usable` : ''),
      failed: missing > 0,
    },
  ];
}

/** The GPU programs each page had compiled by its idle map (first 1x run), each a compile in SwiftShader. */
export function programsAtLoad(r: Results): Measurement[] {
  const x = at1x(r);
  const a = x?.app[0]?.programs;
  const f = x?.floor[0]?.programs;
  if (!a || !f) return [];
  return [
    {
      value: Number.NaN,
      measured: `app ${a.length} (${a.join(', ')}); floor ${f.length} (${f.join(', ')})`,
    },
  ];
}

export function loadCpuVsFloor(r: Results): Measurement[] {
  const x = at1x(r);
  if (!x) return [];
  const cpuRatio = spreadOf(x.app.map((a, i) => a.loadCpu.total / x.floor[i]!.loadCpu.total));
  const cpuOf = (runs: PageRun[]) =>
    `${seconds(median(runs.map((a) => a.loadCpu.total)))} (main thread ${seconds(median(runs.map((a) => a.loadCpu.mainThread)))}, GPU process ${seconds(median(runs.map((a) => a.loadCpu.gpu)))})`;
  return [
    {
      value: cpuRatio.median,
      measured: `${fmtSpread(cpuRatio, ratio)}; app ${cpuOf(x.app)}, floor ${cpuOf(x.floor)}`,
    },
  ];
}

/** Per interaction: p95 of input -> next frame, minus the floor's p95 of setFilter -> next frame. */
export function frameOverFloor(r: Results): Measurement[] {
  const x = at1x(r);
  if (!x) return [];
  const floorP95 = p95(pooled(x.floor, 'floor'));
  const floorRunP95 = x.floor.map((f) => p95(pooled([f], 'floor')));
  return KINDS.map((kind) => {
    const all = pooled(x.app, kind);
    const delta = p95(all) - floorP95;
    const perRun = spreadOf(x.app.map((a, i) => p95(pooled([a], kind)) - floorRunP95[i]!));
    const samples = x.app.flatMap((a) => a.samples[kind] ?? []);
    const unchanged = samples.filter((t) => t.timeout && t.noFrame).length;
    const timeouts = samples.filter((t) => t.timeout && !t.noFrame).length;
    const dispatch = median(pooled(x.app, kind, 'dispatch'));
    return {
      metric: `Filter change -> frame p95, ${KIND_LABEL[kind]} (1x)`,
      value: delta,
      measured:
        `p95 ${ms(p95(all))} vs floor ${ms(floorP95)}: +${ms(delta)} (per run +${ms(perRun.min)} to +${ms(perRun.max)}); ` +
        `p50 ${ms(median(all))}, of which event dispatch p50 ${ms(dispatch)}` +
        (unchanged
          ? `; ${unchanged} of ${all.length} changed nothing on the map (no frame to wait for; the p95 is over the rest)`
          : '') +
        (timeouts ? `; ${timeouts} of ${all.length} without a frame or idle map within 8 s` : ''),
      // A change that leaves the map as it was draws no frame; MapLibre is right not to.
      failed: timeouts > 0,
    };
  });
}

/** One figure per kind of change and for the floor's setFilter, e.g. "programme 40 ms, ...; floor setFilter 9 ms". */
function perKind(x: { app: PageRun[]; floor: PageRun[] }, field: 'cpu' | 'idle', stat: (xs: number[]) => number) {
  const kinds = KINDS.map((k) => `${k} ${ms(stat(pooled(x.app, k, field)))}`).join(', ');
  return [{ value: Number.NaN, measured: `${kinds}; floor setFilter ${ms(stat(pooled(x.floor, 'floor', field)))}` }];
}

export function cpuPerChange(r: Results): Measurement[] {
  const x = at1x(r);
  return x ? perKind(x, 'cpu', median) : [];
}

/**
 * The frame above is the first one after the input. Outline roles arrive
 * through the outline source's worker a frame or more later; idle is when
 * every source and frame is done.
 */
export function idleAfterChange(r: Results): Measurement[] {
  const x = at1x(r);
  return x ? perKind(x, 'idle', p95) : [];
}
