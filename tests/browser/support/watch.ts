/** What a page did that a user or an auditor would object to: console errors, page errors, requests elsewhere. */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl } from './browser';

/**
 * Chromium messages that say nothing about the app: SwiftShader's GL
 * translator, and the preload timer (on a loaded machine the map asks for a
 * preloaded file later than "a few seconds" after the load event; that each
 * preload is used, not fetched twice, is tested in preload.test.ts).
 */
const HARMLESS = [
  'unexpected operator',
  'GPU stall due to ReadPixels',
  'was preloaded using link preload but not used within a few seconds',
];

/** Warnings the test harness itself causes (a context with serviceWorkers: 'block'). */
const HARNESS_NOISE = ['Service Worker registration blocked by Playwright'];

export interface PageWatch {
  /** console.error / console.warn messages and uncaught page errors. */
  problems: string[];
  /** Requests that left the app's origin. */
  offOrigin: string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { problems: [], offOrigin: [] };
  const base = baseUrl();
  page.on('console', (m) => {
    const type = m.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = m.text();
    if (HARMLESS.some((h) => text.includes(h))) return;
    watch.problems.push(`console.${type}: ${text}`);
  });
  page.on('pageerror', (e) => watch.problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return;
    watch.offOrigin.push(url);
  });
  return watch;
}

/** A page with its watch, e.g. `const { page, watch } = await newPage(context)`. */
export async function newPage(context: BrowserContext): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  return { page, watch: watchPage(page) };
}

/** watch.problems without the harness's own warnings. */
export function appProblems(watch: PageWatch): string[] {
  return watch.problems.filter((p) => !HARNESS_NOISE.some((n) => p.includes(n)));
}

/** No console problems (but the harness's own) and no request off the app's origin. */
export function expectClean(watch: PageWatch): void {
  expect(appProblems(watch), 'console errors/warnings or page errors').toEqual([]);
  expect(watch.offOrigin, 'requests off the app origin').toEqual([]);
}
