/** Browser contexts and pages as the bench opens them: the page helpers installed, loads timed to an idle map. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHANGE_TIMEOUT_MS, LOAD_TIMEOUT_MS, VIEWPORT } from './config';
import { cpuOf } from './cpu';
import { pageHelpersScript } from './page/bundle';
import type { Cpu } from './types';

/** A fresh context (empty cache, no service worker yet) with window.__bench in every document. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await context.addInitScript({ content: await pageHelpersScript() });
  return context;
}

export interface ColdLoad {
  ms: number;
  /** The app's usable map (see page/api.ts), ms from navigation start. */
  usableMs?: number;
  programs: string[];
  complete: boolean;
  cpu: Cpu & { mainThread: number };
}

/** Navigates to `url` and waits for an idle map with all its data; wall clock and CPU time. */
export async function coldLoad(page: Page, url: string): Promise<ColdLoad> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const { result: r, cpu } = await cpuOf(async () => {
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    return page.evaluate((timeout) => window.__bench.ready(timeout), LOAD_TIMEOUT_MS);
  });
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  const thread = metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
  return {
    ms: r.ms,
    ...(r.usableMs !== undefined ? { usableMs: r.usableMs } : {}),
    programs: r.programs,
    complete: r.complete,
    cpu: { ...cpu, mainThread: thread * 1000 },
  };
}

/** Waits for the map's idle, then a little longer for the page to settle. */
export async function idle(page: Page): Promise<void> {
  await page.evaluate((timeout) => window.__bench.idle(timeout), CHANGE_TIMEOUT_MS);
  await page.waitForTimeout(60);
}
