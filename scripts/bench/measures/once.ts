/** Rows measured once per bench: the heap over many changes, and Lighthouse against the floor page. */
import type { Measurement } from '../judge';
import { fmtSpread, kb, ms, ratio, spreadOf } from '../stats';
import type { LighthouseResult, Results } from '../types';

const snapshotsText = (r: Results) =>
  (r.heap?.snapshots ?? []).map((s) => `${s.changes}: ${kb(s.other)} + code ${kb(s.code)}`).join(', ');

/** Application data: the heap snapshot without compiled code after N changes over after load. */
export function heapWithoutCode(r: Results): Measurement[] {
  const heap = r.heap;
  if (!heap) return [];
  return [
    {
      metric: `JS heap without compiled code, after ${heap.changes} filter changes / after load (1x, forced GC)`,
      value: heap.ratioWithoutCode,
      measured:
        `${ratio(heap.ratioWithoutCode)} (snapshots ${snapshotsText(r)}); heap used ${heap.series.map((x) => `${x.changes}: ${kb(x.used)}`).join(', ')}; ` +
        `DOM nodes ${heap.afterLoad.nodes} -> ${heap.afterChanges.nodes}, listeners ${heap.afterLoad.listeners} -> ${heap.afterChanges.listeners}; 1 run`,
    },
  ];
}

/** Compiled code between N and 2N changes: the JIT has warmed up, so it should be flat. */
export function heapCode(r: Results): Measurement[] {
  const heap = r.heap;
  const [, s1, s2] = heap?.snapshots ?? [];
  if (!heap || !s1 || !s2) return [];
  return [
    {
      metric: `Compiled code, after ${2 * heap.changes} / after ${heap.changes} filter changes (1x, heap snapshot)`,
      value: heap.codeRatio,
      measured: `${ratio(heap.codeRatio)} (${kb(s1.code)} -> ${kb(s2.code)}); 1 run`,
    },
  ];
}

const sec = (x: number | undefined) => `${((x ?? Number.NaN) / 1000).toFixed(1)} s`;

function lighthouseOf(lighthouse: LighthouseResult[], formFactor: 'desktop' | 'mobile') {
  const runs = lighthouse.filter((r) => r.formFactor === formFactor && r.page === 'app');
  const floor = lighthouse.find((r) => r.formFactor === formFactor && r.page === 'floor');
  return runs.length > 0 && floor ? { runs, floor } : null;
}

/** Performance score minus the floor page's, same form factor. */
export function lighthousePerformance(formFactor: 'desktop' | 'mobile') {
  return ({ lighthouse }: Results): Measurement[] => {
    const x = lighthouseOf(lighthouse, formFactor);
    if (!x) return [];
    const perf = spreadOf(x.runs.map((r) => r.performance));
    const m = x.runs[0]!.metrics;
    const f = x.floor.metrics;
    return [
      {
        value: perf.median - x.floor.performance,
        measured:
          `${fmtSpread(perf, (v) => v.toFixed(0))} vs floor ${x.floor.performance}; ` +
          `FCP ${sec(m['first-contentful-paint'])}, LCP ${sec(m['largest-contentful-paint'])} (floor ${sec(f['largest-contentful-paint'])}), SI ${sec(m['speed-index'])}, CLS ${m['cumulative-layout-shift']}`,
      },
    ];
  };
}

/** Total blocking time minus the floor page's. */
export function lighthouseTbt(formFactor: 'desktop' | 'mobile') {
  return ({ lighthouse }: Results): Measurement[] => {
    const x = lighthouseOf(lighthouse, formFactor);
    if (!x) return [];
    const tbt = spreadOf(x.runs.map((r) => r.metrics['total-blocking-time'] ?? Number.NaN));
    const floorTbt = x.floor.metrics['total-blocking-time'] ?? Number.NaN;
    return [
      {
        value: tbt.median - floorTbt,
        measured: `${fmtSpread(tbt, ms)} vs floor ${ms(floorTbt)}: +${ms(tbt.median - floorTbt)}`,
      },
    ];
  };
}

export function lighthouseAccessibility(formFactor: 'desktop' | 'mobile') {
  return ({ lighthouse }: Results): Measurement[] => {
    const runs = lighthouse.filter((r) => r.formFactor === formFactor && r.page === 'app');
    if (runs.length === 0) return [];
    const a11y = spreadOf(runs.map((r) => r.accessibility));
    const failing = [...new Set(runs.flatMap((r) => r.failedAccessibility))];
    return [
      {
        value: a11y.median,
        measured: `${fmtSpread(a11y, (x) => x.toFixed(0))}${failing.length ? `; failing: ${failing.join(', ')}` : ''}`,
      },
    ];
  };
}
