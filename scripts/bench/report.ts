/**
 * docs/performance.md from a run's JSON: the budget table, how each figure
 * is measured, and the details (profiles, layout shifts, heap, Lighthouse).
 * A hand-written analysis between the markers is kept across runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { BuildInfo } from './build';
import { APP_QUERY, type Scale } from './config';
import type { CpuProfileSummary } from './profile';
import { kb } from './stats';
import type { LighthouseResult, PageRun, ProfileResult, Results, Row } from './types';

const ANALYSIS_START = '<!-- analysis -->';
const ANALYSIS_END = '<!-- /analysis -->';

/** Everything a run writes to performance.json. */
export interface BenchReport {
  date: string;
  durationS: number;
  commit: string;
  command: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    /** Absent in reports written before it was recorded. */
    loadAverageAtStart?: number[];
    loadAverage: number[];
    loadAverageAtRuns: number[];
    os: string;
    node: string;
    chromium: string;
  };
  settings: {
    runs: number;
    runs100x: number;
    samples: number;
    heapChanges: number;
    lighthouseRuns: number;
    runs10x: number;
    phases: string[];
    viewport: { width: number; height: number };
    appQuery: string;
    floorSize: { w: number; h: number };
  };
  rows: Row[];
  build: BuildInfo;
  heap: Results['heap'];
  profiles: Record<string, ProfileResult>;
  lighthouse: LighthouseResult[];
  raw: { app: Record<Scale, PageRun[]>; floor: Record<Scale, PageRun[]>; runScales: Record<number, Scale[]> };
}

const result = (r: Row) =>
  r.notMeasured ? 'not measured' : r.pass === null ? 'info' : r.pass ? 'PASS' : `**FAIL**: ${r.over ?? ''}`;

function table(rows: Row[]): string {
  return [
    '| Metric | Budget | Measured (median, spread) | Result |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.metric} | ${r.budget} | ${r.measured.replace(/\|/g, '/')} | ${result(r)} |`),
  ].join('\n');
}

function profileLine(name: string, p: CpuProfileSummary): string {
  return `- ${name}: ${p.busyMs.toFixed(0)} ms busy; ${Object.entries(p.byBundle)
    .slice(0, 5)
    .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
    .join(', ')}. Top self time: ${p.topFunctions
    .filter((f) => !f.fn.startsWith('('))
    .slice(0, 4)
    .map((f) => `\`${f.fn.replace(/ \(main-\*\.js: app \+ React \+ zod\)/, '')}\` ${f.ms.toFixed(0)} ms`)
    .join(', ')}`;
}

function layoutShifts(app1x: PageRun[]): string {
  const shifts = app1x.flatMap((r) => (r.shifts ? [r.shifts] : [])).sort((a, b) => b.cls - a.cls);
  const worst = shifts[0];
  if (!worst) return '';
  return (
    `Layout shifts during the 1x load (viewport 1280x800): CLS ${shifts.map((x) => x.cls.toFixed(3)).join(', ')} per run. ` +
    `The worst run's largest shifts: ${worst.entries
      .slice(0, 3)
      .map((e) => `${e.value.toFixed(3)} at ${e.at} ms (${e.sources.slice(0, 3).join('; ')})`)
      .join(' / ')}.`
  );
}

function heapGrowth(heap: Results['heap']): string {
  if (!heap) return '';
  return `Heap growth by constructor over the second batch of changes (snapshot after 2N minus after N): ${heap.growth
    .slice(0, 6)
    .map((g) => `${g.name.slice(0, 60)} ${kb(g.bytes)} (${g.count >= 0 ? '+' : ''}${g.count})`)
    .join(', ')}.`;
}

/** The analysis section of the report at `previousFile`, or empty markers. */
function keptAnalysis(previousFile: string): string {
  const previous = existsSync(previousFile) ? readFileSync(previousFile, 'utf8') : '';
  return previous.includes(ANALYSIS_START)
    ? previous.slice(previous.indexOf(ANALYSIS_START), previous.indexOf(ANALYSIS_END) + ANALYSIS_END.length)
    : `${ANALYSIS_START}\n${ANALYSIS_END}`;
}

/** performance.md for a run; the analysis is taken over from `previousFile`. */
export function markdown(j: BenchReport, previousFile: string): string {
  const m = j.machine;
  const s = j.settings;
  const files = (scale: Scale) =>
    Object.entries(j.build.files[scale] ?? {})
      .map(([k, v]) => `${k} ${kb(v.gzip)}`)
      .join(', ');
  const synth = Object.entries(j.build.synth)
    .map(
      ([scale, c]) =>
        `${scale}x: editions ${c?.years} (${c?.editions}), ${c?.posts} posts, ${c?.routes} routes, ${c?.activities} activity rows, ${c?.programmes} programmes, ${c?.moments} moments`,
    )
    .join('; ');
  return `# Performance

Measured by \`npm run bench\` (scripts/bench/run.ts). Not part of \`npm test\`: timings on a shared 2-core
machine with software WebGL are too noisy for assertions, so every budget is a ratio or difference against a
baseline measured in the same run (the bare-MapLibre floor page, or the 1x data), reported as a median with
its spread.

- Date: ${j.date}
- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; load average (1 / 5 / 15 min) at the start ${m.loadAverageAtStart?.join(' / ') ?? 'not recorded'}, at the end ${m.loadAverage.join(' / ')}, before each run ${m.loadAverageAtRuns.join(', ')}
- Browser: Chromium ${m.chromium} (Debian), headless, WebGL2 in software (SwiftShader); Node ${m.node}
- Command: \`${j.command}\`; ${j.durationS} s; code ${j.commit}
- Settings: ${s.runs} run${s.runs === 1 ? '' : 's'} after a warm-up (${s.runs10x} at 10x, ${s.runs100x} at 100x), ${s.samples} samples per interaction per run (floor: ${s.samples * 2}), viewport 1280x800, app opened at \`${APP_QUERY}\`, floor map ${s.floorSize.w}x${s.floorSize.h} px (the app's map container)

## Budgets

${table(j.rows)}

How it is measured:
- Cold load: a fresh browser context (empty cache, no service worker installed yet; the app registers one, as for a
  first visit) per load; from navigation start to the
  first moment the map is loaded and idle with data in every source (app: \`.map[data-ready=true]\`, countries,
  posts and routes; floor: \`body[data-ready]\`). The floor (floor.html, src/bench/floor.ts) is the same
  MapLibre build and worker with the same countries file, camera and map size, one fill layer on a background.
- Filter change -> frame: from the input event's timestamp (a real click or Enter through Playwright) to the
  map's next \`render\` event followed by \`requestAnimationFrame\`; the floor: \`setFilter\` -> the same. p95 over
  all samples of all runs; "per run" is the spread of each run's own p95 minus that run's floor p95.
- Transfer: every response of the first load until the map is idle, gzip (level 6) of each body (read and
  compressed after the load, so the timed load does not share its cores with the compression), split by kind; "on the wire" is what nginx with the shipped config (deploy/nginx) actually sent, bodies and headers, set
  against each body compressed in the encoding the response names (the build's precompressed .br/.gz).
- Time to usable map: from navigation start to the app's \`.map[data-usable=true]\` (src/map/usable.ts: the first
  frame drawn with the countries, focus-role outline and posts sources loaded and the view applied; clicks are wired
  from the map's construction), over the floor page's whole load of the same run.
- Weight: the app's first load minus the floor page's, gzip -6 of every body; MapLibre (chunk and worker) and the
  country shapes are what both load, the rest is the app's own.
- Heap: heap snapshots (V8, after \`HeapProfiler.collectGarbage\`) after load, after ${s.heapChanges} and after
  ${2 * s.heapChanges} UI filter changes (programme toggles, year steps, goal switches as DOM clicks, one task each,
  every tenth waiting for the map's frame, back in the load's state after each batch). Without compiled code:
  after ${s.heapChanges} over after load. Compiled code (the JIT's, grows while it warms up): after ${2 * s.heapChanges} over
  after ${s.heapChanges}. One run.
- Scale: synthetic data from scripts/bench/synth.ts (${synth}).
- Lighthouse 12.2.3 against nginx with the shipped config (1x), desktop preset and default mobile (simulated throttling).

Compiled data (gzip): 1x ${files(1)}. 100x ${files(100)}.

CPU profiles (main thread, sampled):
${Object.entries(j.profiles)
  .map(([scale, p]) =>
    [
      profileLine(`${scale} cold load`, p.load),
      ...Object.entries(p.interactions).map(([k, v]) => profileLine(`${scale} 4x ${k}`, v)),
    ].join('\n'),
  )
  .join('\n')}

${layoutShifts(j.raw.app[1])}

${heapGrowth(j.heap)}

Lighthouse main-thread work (first run): ${j.lighthouse
    .map(
      (r) =>
        `${r.page} ${r.formFactor}: ${Object.entries(r.mainThread)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(', ')}`,
    )
    .join('; ')}.

Raw samples, profiles and Lighthouse details: docs/performance.json.

## Analysis

${keptAnalysis(previousFile)}
`;
}
