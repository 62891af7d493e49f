/**
 * The performance budgets (docs/performance.md), one row each: what is
 * measured, its limit (written here once; the report's budget column and the
 * pass/fail verdict are both made from it), and how it is measured. The order
 * is the order of the report's table.
 */
import { type Budget, judge } from './judge';
import * as load from './measures/load';
import * as once from './measures/once';
import * as scale from './measures/scale';
import * as transfer from './measures/transfer';
import type { Results, Row } from './types';

const KB = 1024;

/** 10x is information only; 100x has limits. */
function scaleBudgets(s: 10 | 100, limits: { load: number; interaction: number } | null): Budget[] {
  return [
    {
      metric: `Cold load ${s}x / 1x`,
      limit: limits ? { kind: 'ratio', max: limits.load } : { kind: 'info' },
      measure: scale.loadAtScale(s),
    },
    {
      metric: `CPU time ${s}x / 1x: cold load; per filter change (median)`,
      limit: { kind: 'info' },
      measure: scale.cpuAtScale(s),
    },
    {
      metric: `Interaction p95 ${s}x / 1x`,
      limit: limits ? { kind: 'ratio', max: limits.interaction } : { kind: 'info' },
      measure: scale.interactionAtScale(s),
    },
  ];
}

function lighthouseBudgets(formFactor: 'desktop' | 'mobile', minPerformance: number): Budget[] {
  return [
    {
      metric: `Lighthouse ${formFactor} performance`,
      limit: { kind: 'score', min: minPerformance },
      measure: once.lighthousePerformance(formFactor),
    },
    {
      metric: `Lighthouse ${formFactor} accessibility`,
      limit: { kind: 'score', min: 100 },
      measure: once.lighthouseAccessibility(formFactor),
    },
  ];
}

export const BUDGETS: Budget[] = [
  {
    metric: 'Cold load to idle map, app / floor (1x)',
    limit: { kind: 'ratio', max: 1.3 },
    measure: load.loadVsFloor,
  },
  {
    metric: 'Cold load CPU time (all Chromium processes), app / floor (1x)',
    limit: { kind: 'info', note: 'the same ratio without waiting for a core' },
    measure: load.loadCpuVsFloor,
  },
  { metric: 'Filter change -> frame p95 (1x)', limit: { kind: 'overFloor', max: 16 }, measure: load.frameOverFloor },
  {
    metric: 'CPU time per filter change, input to idle map (1x, median)',
    limit: { kind: 'info' },
    measure: load.cpuPerChange,
  },
  {
    metric: 'Filter change -> idle map p95 (1x): every source updated, outlines included',
    limit: { kind: 'info' },
    measure: load.idleAfterChange,
  },
  { metric: 'First-load transfer, gzip (1x)', limit: { kind: 'bytes', max: 500 * KB }, measure: transfer.appTransfer },
  {
    metric: 'First load on the wire / its bodies as encoded (1x, nginx)',
    limit: { kind: 'ratio', max: 1.05 },
    measure: transfer.wireOverEncoded,
  },
  {
    metric: 'First-load transfer of the floor page, gzip (1x)',
    limit: { kind: 'info' },
    measure: transfer.floorTransfer,
  },
  ...scaleBudgets(10, null),
  ...scaleBudgets(100, { load: 2, interaction: 1.5 }),
  {
    metric: 'JS heap after filter changes / after load (1x, forced GC)',
    limit: { kind: 'ratio', max: 1.1 },
    measure: (r) =>
      once
        .heapGrowth(r)
        .map((m) => ({ ...m, metric: `JS heap after ${r.heap?.changes} filter changes / after load (1x, forced GC)` })),
  },
  ...lighthouseBudgets('desktop', 95),
  ...lighthouseBudgets('mobile', 75),
];

/** The report's table for these results. */
export function summarize(results: Results): Row[] {
  return BUDGETS.flatMap((b) => b.measure(results).map((m) => judge(b, m)));
}
