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

export async function heapRun(browser: Browser, base: string): Promise<HeapResult> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await coldLoad(page, new URL(APP_QUERY, base).href);
  await idle(page);
  await page.waitForTimeout(1000);
  const afterLoad = await heapUsed(cdp);
  const before = await heapByConstructor(cdp);
  // The heap after 10% and after all of the changes: growth that goes on
  // between the two is per change (a leak), not a cache filling once.
  const first = Math.round(HEAP_CHANGES / 10);
  const series: { changes: number; used: number }[] = [{ changes: 0, used: afterLoad.used }];
  const t = Date.now();
  let frames = 0;
  let url = '';
  for (const n of [first, HEAP_CHANGES - first]) {
    const churn = await page.evaluate((count) => window.__bench.churn(count), n);
    frames += churn.frames;
    url = churn.url;
    await idle(page);
    await page.waitForTimeout(500);
    series.push({ changes: (series[series.length - 1]?.changes ?? 0) + n, used: (await heapUsed(cdp)).used });
  }
  const churnMs = Date.now() - t;
  const afterChanges = await heapUsed(cdp);
  const after = await heapByConstructor(cdp);
  // V8 heap snapshots count compiled code as '(code)': optimised code grows
  // while the JIT warms up and is no application data.
  const snapshot = {
    before: { code: sizeOf(before, true), other: sizeOf(before, false) },
    after: { code: sizeOf(after, true), other: sizeOf(after, false) },
  };
  await context.close();
  const growth = [...after.entries()]
    .map(([name, a]) => {
      const b = before.get(name) ?? { size: 0, count: 0 };
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
    ratioWithoutCode: snapshot.after.other / snapshot.before.other,
    snapshot,
    series,
    growth,
  };
}
