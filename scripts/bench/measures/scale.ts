/** Rows for 10x and 100x data against 1x, from runs made side by side. */
import { KIND_LABEL, KINDS } from '../config';
import type { Measurement } from '../judge';
import { fmtSpread, median, ms, p95, ratio, spreadOf } from '../stats';
import { pooled, type Results } from '../types';

export function loadAtScale(scale: 10 | 100) {
  return ({ app }: Results): Measurement[] => {
    const n = app[scale].length;
    if (n === 0) return [];
    const s = spreadOf(app[scale].map((a, i) => a.loadMs / app[1][i]!.loadMs));
    return [
      {
        value: s.median,
        measured: `${fmtSpread(s, ratio)}; ${scale}x ${ms(median(app[scale].map((a) => a.loadMs)))} (${n} run${n === 1 ? '' : 's'})`,
      },
    ];
  };
}

export function cpuAtScale(scale: 10 | 100) {
  return ({ app }: Results): Measurement[] => {
    const n = app[scale].length;
    if (n === 0) return [];
    const base = app[1].slice(0, n);
    return [
      {
        value: Number.NaN,
        measured:
          `load ${fmtSpread(spreadOf(app[scale].map((a, i) => a.loadCpu.total / app[1][i]!.loadCpu.total)), ratio)}; ` +
          KINDS.map((k) => `${k} ${ratio(median(pooled(app[scale], k, 'cpu')) / median(pooled(base, k, 'cpu')))}`).join(
            ', ',
          ),
      },
    ];
  };
}

/** Per interaction: p95 of input -> frame at this scale over the same number of 1x runs. */
export function interactionAtScale(scale: 10 | 100) {
  return ({ app }: Results): Measurement[] => {
    const n = app[scale].length;
    if (n === 0) return [];
    const base1x = app[1].slice(0, n);
    return KINDS.map((kind) => {
      const base = p95(pooled(base1x, kind));
      const at = p95(pooled(app[scale], kind));
      const perRun = spreadOf(app[scale].map((a, i) => p95(pooled([a], kind)) / p95(pooled([app[1][i]!], kind))));
      const q = at / base;
      const samples = app[scale].flatMap((a) => a.samples[kind] ?? []);
      const unchanged = samples.filter((t) => t.timeout && t.noFrame).length;
      const timeouts = samples.filter((t) => t.timeout && !t.noFrame).length;
      return {
        metric: `Interaction p95 ${scale}x / 1x, ${KIND_LABEL[kind]}`,
        value: q,
        measured:
          `${ratio(q)} (${ms(at)} vs ${ms(base)}; per run ${ratio(perRun.min)}-${ratio(perRun.max)}); ` +
          `event dispatch p50 ${ms(median(pooled(app[scale], kind, 'dispatch')))} vs ${ms(median(pooled(base1x, kind, 'dispatch')))}` +
          (unchanged ? `; ${unchanged} of ${samples.length} drew no frame within 8 s` : '') +
          (timeouts ? `; ${timeouts} of ${samples.length} without an idle map within 8 s` : ''),
        // No sample with a frame: nothing to compare, which is no pass.
        failed: timeouts > 0 || !Number.isFinite(q),
      };
    });
  };
}
