/** CPU profiles of the main thread (sampled) during a load and during filter changes, summed by bundle and function. */
import type { Browser } from 'playwright-core';
import { APP_QUERY } from './config';
import { interact } from './measure';
import { coldLoad, idle, newContext } from './session';
import type { ProfileResult } from './types';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface CpuProfileSummary {
  busyMs: number;
  byBundle: Record<string, number>;
  topFunctions: { fn: string; ms: number }[];
}

/** A readable name for a script's URL: which bundle of the build it is. */
export function bundleOf(url: string): string {
  if (!url) return '';
  const name = url.split('/').pop() ?? url;
  if (name.startsWith('main-')) return 'app (main-*.js)';
  if (name.startsWith('maplibre-gl-worker')) return 'maplibre worker';
  if (name.startsWith('maplibre-gl')) return 'maplibre (main thread)';
  if (name.startsWith('floor-')) return 'floor';
  return name.replace(/-[\w-]{8}\./, '.');
}

const round = (x: number) => Math.round(x * 10) / 10;

function summarizeProfile(p: CpuProfile): CpuProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  (p.samples ?? []).forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas?.[i] ?? 0) / 1000);
  });
  const byBundle: Record<string, number> = {};
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const n = byId.get(id);
    if (!n) continue;
    const f = n.callFrame;
    const special = f.functionName.startsWith('(') ? f.functionName : '';
    if (special === '(idle)') continue;
    total += ms;
    const bundle = special || bundleOf(f.url) || '(native/other)';
    byBundle[bundle] = (byBundle[bundle] ?? 0) + ms;
    const key =
      special ||
      `${f.functionName || '(anonymous)'} @ ${bundleOf(f.url) || '?'}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  return {
    busyMs: round(total),
    byBundle: Object.fromEntries(
      Object.entries(byBundle)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => [k, round(v)]),
    ),
    topFunctions: [...byFunction.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([fn, ms]) => ({ fn, ms: round(ms) })),
  };
}

export async function profileRun(browser: Browser, base: string): Promise<ProfileResult> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Same origin first, so the profiled navigation stays in this renderer.
  await page.goto(new URL('robots.txt', base).href);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const load = await coldLoad(page, new URL(APP_QUERY, base).href);
  const loadProfile = (await cdp.send('Profiler.stop')).profile as CpuProfile;
  await idle(page);
  const interactions: Record<string, CpuProfileSummary> = {};
  for (const kind of ['programme', 'year', 'goal'] as const) {
    await cdp.send('Profiler.start');
    for (let i = 0; i < 4; i++) await interact(page, kind, i);
    interactions[kind] = summarizeProfile((await cdp.send('Profiler.stop')).profile as CpuProfile);
  }
  await context.close();
  return { loadMs: load.ms, load: summarizeProfile(loadProfile), interactions };
}
