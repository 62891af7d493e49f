/**
 * The performance budgets (docs/performance.md), one row each: what is
 * measured, its limit (written here once; the report's budget column and the
 * pass/fail verdict are both made from it), and how it is measured. The order
 * is the order of the report's table.
 */
import { type Budget, judge, limitText } from './judge';
import * as load from './measures/load';
import * as once from './measures/once';
import * as scale from './measures/scale';
import * as transfer from './measures/transfer';
import type { Results, Row } from './types';

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

/** Lighthouse: no more than 3 points under the floor page, TBT no more than 200 ms over it, accessibility 100. */
function lighthouseBudgets(formFactor: 'desktop' | 'mobile'): Budget[] {
  return [
    {
      metric: `Lighthouse ${formFactor} performance, app vs floor page`,
      limit: { kind: 'scoreVsFloor', max: 3 },
      measure: once.lighthousePerformance(formFactor),
    },
    {
      metric: `Lighthouse ${formFactor} total blocking time, app vs floor page`,
      limit: { kind: 'overFloor', max: 200, unit: 'ms' },
      measure: once.lighthouseTbt(formFactor),
    },
    {
      metric: `Lighthouse ${formFactor} accessibility`,
      limit: { kind: 'score', min: 100 },
      measure: once.lighthouseAccessibility(formFactor),
    },
  ];
}

/** The budgets of issue #15, each against the floor page (or the 1x data) of the same run. */
export const BUDGETS: Budget[] = [
  {
    metric: 'Cold load to idle map with all layers, app / floor (1x, median of runs)',
    limit: { kind: 'ratio', max: 1.3 },
    measure: load.loadVsFloor,
  },
  {
    metric: "Time to usable map (countries, focus roles and posts drawn and clickable) / the floor's load (1x)",
    limit: { kind: 'ratio', max: 1.15 },
    measure: load.usableVsFloor,
  },
  {
    metric: 'Cold load CPU time (all Chromium processes), app / floor (1x)',
    limit: { kind: 'info', note: 'the same ratio without waiting for a core' },
    measure: load.loadCpuVsFloor,
  },
  {
    metric: 'GPU programs compiled by the idle map (1x)',
    limit: { kind: 'info' },
    measure: load.programsAtLoad,
  },
  {
    metric: "The app's own first-load weight: app minus floor page, gzip (1x)",
    limit: { kind: 'overFloor', max: 60, unit: 'KB' },
    measure: transfer.ownWeight,
  },
  { metric: 'First-load transfer, gzip (1x)', limit: { kind: 'info' }, measure: transfer.appTransfer },
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
  {
    metric: 'Filter change -> frame p95 (1x)',
    limit: { kind: 'overFloor', max: 16, unit: 'ms', what: 'p95' },
    measure: load.frameOverFloor,
  },
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
  ...scaleBudgets(10, null),
  ...scaleBudgets(100, { load: 2, interaction: 1.5 }),
  { metric: 'JS heap without compiled code', limit: { kind: 'ratio', max: 1.1 }, measure: once.heapWithoutCode },
  { metric: 'Compiled code', limit: { kind: 'ratio', max: 1.05 }, measure: once.heapCode },
  ...lighthouseBudgets('desktop'),
  ...lighthouseBudgets('mobile'),
];

/** The report's table for these results. */
export function summarize(results: Results): Row[] {
  return BUDGETS.flatMap((b) => {
    const rows = b.measure(results).map((m) => judge(b, m));
    // A budget this run did not measure (a phase left out, a failed Lighthouse run) still gets its row.
    if (rows.length === 0 && b.limit.kind !== 'info')
      return [
        {
          metric: b.metric,
          budget: limitText(b.limit),
          measured: 'not measured in this run',
          pass: null,
          notMeasured: true,
        },
      ];
    return rows;
  });
}
