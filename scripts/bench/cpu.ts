/**
 * CPU time of every Chromium process (CDP SystemInfo.getProcessInfo). Wall
 * clock on a shared machine includes waiting for a core; CPU seconds do not,
 * so they back the wall-clock ratios up. One page runs at a time, so the
 * difference between two snapshots is that page's work (renderer, its
 * workers, and the GPU process, where SwiftShader draws).
 */
import type { CDPSession } from 'playwright-core';
import type { Cpu } from './types';

let systemInfo: CDPSession | null = null;
type CpuSnapshot = Map<number, { type: string; cpu: number }>;

/** The browser-level CDP session to read process times from (null: stop reading). */
export function readCpuFrom(session: CDPSession | null): void {
  systemInfo = session;
}

export async function cpuSnapshot(): Promise<CpuSnapshot> {
  if (!systemInfo) return new Map();
  const { processInfo } = (await systemInfo.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number; cpuTime: number }[];
  };
  return new Map(processInfo.map((p) => [p.id, { type: p.type, cpu: p.cpuTime }]));
}

/** CPU ms spent since `before`, in total and for renderers and the GPU process. */
export function cpuSince(before: CpuSnapshot, after: CpuSnapshot): Cpu {
  const out: Cpu = { total: 0, renderer: 0, gpu: 0 };
  for (const [id, p] of after) {
    const ms = (p.cpu - (before.get(id)?.cpu ?? 0)) * 1000;
    out.total += ms;
    if (p.type === 'renderer') out.renderer += ms;
    if (p.type === 'GPU') out.gpu += ms;
  }
  return out;
}

/** CPU ms (all processes) that `work` took. */
export async function cpuOf<T>(work: () => Promise<T>): Promise<{ result: T; cpu: Cpu }> {
  const before = await cpuSnapshot();
  const result = await work();
  return { result, cpu: cpuSince(before, await cpuSnapshot()) };
}
