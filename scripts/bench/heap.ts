/**
 * JS heap after load and after many filter changes (forced GC), and which
 * constructors grew in between (heap snapshots): a leak grows per change, a
 * cache fills once.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { APP_QUERY, HEAP_CHANGES } from './config';
import { heapByConstructor, sizeOf } from './heapSnapshot';
import { coldLoad, idle, newContext } from './session';
import type { HeapResult } from './types';

async function heapUsed(cdp: CDPSession): Promise<{ used: number; nodes: number; listeners: number }> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { used: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/** One heap snapshot summed: compiled code apart from everything else. */
async function snapshotAt(cdp: CDPSession, changes: number) {
  const byConstructor = await heapByConstructor(cdp);
  return { changes, code: sizeOf(byConstructor, true), other: sizeOf(byConstructor, false), byConstructor };
}

/**
 * Load, then HEAP_CHANGES filter changes twice, with a snapshot after load and
 * after each batch. Application data must not grow over the first batch
 * (without compiled code); compiled code fills while the JIT warms up, so it
 * is judged between the first and the second batch, where it must be flat.
 */
export async function heapRun(browser: Browser, base: string): Promise<HeapResult> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await coldLoad(page, new URL(APP_QUERY, base).href);
  await idle(page);
  await page.waitForTimeout(1000);
  const afterLoad = await heapUsed(cdp);
  const snaps = [await snapshotAt(cdp, 0)];
  const series: { changes: number; used: number }[] = [{ changes: 0, used: afterLoad.used }];
  const t = Date.now();
  let frames = 0;
  let url = '';
  let afterChanges = afterLoad;
  for (const n of [HEAP_CHANGES, 2 * HEAP_CHANGES]) {
    const churn = await page.evaluate((count) => window.__bench.churn(count), HEAP_CHANGES);
    frames += churn.frames;
    url = churn.url;
    await idle(page);
    await page.waitForTimeout(500);
    afterChanges = await heapUsed(cdp);
    series.push({ changes: n, used: afterChanges.used });
    snaps.push(await snapshotAt(cdp, n));
  }
  const churnMs = Date.now() - t;
  await context.close();
  const [s0, s1, s2] = snaps as [(typeof snaps)[0], (typeof snaps)[0], (typeof snaps)[0]];
  // Which constructors grew over the second batch: growth there is per change, not a cache filling once.
  const growth = [...s2.byConstructor.entries()]
    .map(([name, a]) => {
      const b = s1.byConstructor.get(name) ?? { size: 0, count: 0 };
      return { name, bytes: a.size - b.size, count: a.count - b.count };
    })
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, 12);
  return {
    changes: HEAP_CHANGES,
    churnMs,
    frames,
    url,
    afterLoad,
    afterChanges,
    ratio: afterChanges.used / afterLoad.used,
    ratioWithoutCode: s1.other / s0.other,
    codeRatio: s2.code / s1.code,
    snapshots: snaps.map(({ changes, code, other }) => ({ changes, code, other })),
    series,
    growth,
  };
}
