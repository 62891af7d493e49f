/** Rows measured once per bench: the heap after many changes, and Lighthouse. */
import type { Measurement } from '../judge';
import { fmtSpread, kb, ms, ratio, spreadOf } from '../stats';
import type { Results } from '../types';

export function heapGrowth({ heap }: Results): Measurement[] {
  if (!heap) return [];
  return [
    {
      value: heap.ratio,
      measured:
        `${ratio(heap.ratio)} (${heap.series.map((x) => `${x.changes}: ${kb(x.used)}`).join(', ')}); ` +
        `heap snapshot without compiled code ${ratio(heap.ratioWithoutCode)}, compiled code ${kb(heap.snapshot.before.code)} -> ${kb(heap.snapshot.after.code)}; ` +
        `DOM nodes ${heap.afterLoad.nodes} -> ${heap.afterChanges.nodes}, listeners ${heap.afterLoad.listeners} -> ${heap.afterChanges.listeners}; 1 run`,
    },
  ];
}

const sec = (x: number | undefined) => `${((x ?? Number.NaN) / 1000).toFixed(1)} s`;

export function lighthousePerformance(formFactor: 'desktop' | 'mobile') {
  return ({ lighthouse }: Results): Measurement[] => {
    const runs = lighthouse.filter((r) => r.formFactor === formFactor && r.page === 'app');
    if (runs.length === 0) return [];
    const floor = lighthouse.find((r) => r.formFactor === formFactor && r.page === 'floor');
    const perf = spreadOf(runs.map((r) => r.performance));
    const m = runs[0]!.metrics;
    return [
      {
        value: perf.median,
        measured:
          `${fmtSpread(perf, (x) => x.toFixed(0))}; FCP ${sec(m['first-contentful-paint'])}, LCP ${sec(m['largest-contentful-paint'])}, TBT ${ms(m['total-blocking-time'] ?? Number.NaN)}, SI ${sec(m['speed-index'])}, CLS ${m['cumulative-layout-shift']}` +
          (floor
            ? `; floor page ${floor.performance} (TBT ${ms(floor.metrics['total-blocking-time'] ?? Number.NaN)}, LCP ${sec(floor.metrics['largest-contentful-paint'])})`
            : ''),
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
