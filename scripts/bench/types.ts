/** What one run of the bench records: the shapes shared by the measuring, the budgets and the report. */
import type { Kind, Scale } from './config';
import type { CpuProfileSummary } from './profile';

/** One measured input (ms from the input event), as the page helpers report it. */
export interface Timing {
  inputDelay?: number;
  dispatch?: number;
  render?: number;
  frame?: number;
  idle?: number;
  timeout?: boolean;
  /** Timed out without any render: nothing on the map changed. */
  noFrame?: boolean;
  /** CPU ms of all Chromium processes from before the input to the idle map. */
  cpu?: number;
}

export interface Cpu {
  total: number;
  renderer: number;
  gpu: number;
}

export interface Transfer {
  /** gzip -6 of each response body, by kind. */
  gzip: Record<string, number>;
  /** Bytes on the wire (CDP encodedDataLength), by kind. */
  wire: Record<string, number>;
  /** Each body compressed the way the server said it sent it (Content-Encoding br/gzip, else as is), by kind. */
  encoded: Record<string, number>;
  raw: Record<string, number>;
  requests: {
    url: string;
    kind: string;
    raw: number;
    gzip: number;
    encoded: number;
    wire: number;
    /** The body's bytes on the wire alone (0 where Chromium reports none, e.g. a worker's script). */
    wireBody: number;
    encoding: string;
  }[];
  /** Requests the service worker made (precache), not in the page's first load. */
  serviceWorker: { requests: number; wire: number };
}

export interface Shifts {
  cls: number;
  entries: { value: number; at: number; sources: string[] }[];
}

export interface PageRun {
  loadMs: number;
  /** ms from navigation start to the app's usable map (app only; NaN if it never came). */
  usableMs?: number;
  /** GPU programs compiled by the idle map (MapLibre's program cache keys). */
  programs?: string[];
  complete: boolean;
  /** CPU ms of the cold load (all Chromium processes), and the page's main thread. */
  loadCpu: Cpu & { mainThread: number };
  /** Layout shifts up to the idle map (app, 1x). */
  shifts?: Shifts;
  samples: Partial<Record<Kind | 'floor', Timing[]>>;
  transfer?: Transfer;
}

export interface HeapResult {
  changes: number;
  churnMs: number;
  frames: number;
  url: string;
  afterLoad: { used: number; nodes: number; listeners: number };
  afterChanges: { used: number; nodes: number; listeners: number };
  /** Heap used after 2 x changes over after load (all of it, compiled code included). */
  ratio: number;
  /** Heap snapshot without compiled code: after `changes` over after load. */
  ratioWithoutCode: number;
  /** Compiled code: after 2 x `changes` over after `changes`. */
  codeRatio: number;
  /** Snapshots after load, after `changes` and after 2 x `changes`: bytes of compiled code and of the rest. */
  snapshots: { changes: number; code: number; other: number }[];
  series: { changes: number; used: number }[];
  growth: { name: string; bytes: number; count: number }[];
}

export interface LighthouseResult {
  formFactor: 'desktop' | 'mobile';
  page: 'app' | 'floor';
  performance: number;
  accessibility: number;
  metrics: Record<string, number>;
  failedAccessibility: string[];
  mainThread: Record<string, number>;
  bootup: { url: string; scripting: number; total: number }[];
  opportunities: { id: string; savingsMs?: number; savingsBytes?: number }[];
}

export interface ProfileResult {
  loadMs: number;
  load: CpuProfileSummary;
  interactions: Record<string, CpuProfileSummary>;
}

export interface Results {
  app: Record<Scale, PageRun[]>;
  floor: Record<Scale, PageRun[]>;
  heap: HeapResult | null;
  lighthouse: LighthouseResult[];
}

/** One line of the budget table. */
export interface Row {
  metric: string;
  budget: string;
  measured: string;
  pass: boolean | null;
  /** A budget this run did not measure. */
  notMeasured?: true;
  /** How far over budget, when failing. */
  over?: string;
}

/** The samples of one kind over these runs (NaN for a timed-out sample). */
export function pooled(runs: PageRun[], kind: Kind | 'floor', field: keyof Timing = 'frame'): number[] {
  return runs.flatMap((r) => (r.samples[kind] ?? []).map((t) => (t.timeout ? Number.NaN : Number(t[field]))));
}
