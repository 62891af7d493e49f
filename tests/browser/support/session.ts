/**
 * One browser per test file, and the pages and contexts a test opens closed
 * after it: the hooks every journey file would otherwise write out.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, newContext } from './browser';
import { newPage, type PageWatch } from './watch';

export interface BrowserSession {
  /** The file's browser (launched in beforeAll). */
  browser(): Browser;
  /** Runs `close` after the current test. */
  afterTest(close: () => Promise<unknown>): void;
  /** A watched page in `context`, closed after the test. */
  page(context: BrowserContext): Promise<{ page: Page; watch: PageWatch }>;
  /** A fresh context (closed after the test) and a watched page in it. */
  contextPage(...options: Parameters<typeof newContext> extends [Browser, ...infer R] ? R : never): Promise<{
    page: Page;
    watch: PageWatch;
  }>;
}

export function browserSession(): BrowserSession {
  let browser: Browser | undefined;
  const cleanup: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const close of cleanup.splice(0)) await close().catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const session: BrowserSession = {
    browser() {
      if (!browser) throw new Error('the browser is launched in beforeAll');
      return browser;
    },
    afterTest(close) {
      cleanup.push(close);
    },
    async page(context) {
      const opened = await newPage(context);
      cleanup.push(() => opened.page.close());
      return opened;
    },
    async contextPage(...options) {
      const context = await newContext(session.browser(), ...options);
      cleanup.push(() => context.close());
      return newPage(context);
    },
  };
  return session;
}

/** A browser, a context and a watched page kept for a whole file, whose tests go on where the last one stopped. */
export interface SharedPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
}

/** Opened in beforeAll (then `ready` runs, e.g. opening the app), closed in afterAll; read the fields inside tests. */
export function sharedPage(
  viewport: Parameters<typeof newContext>[1],
  options: Parameters<typeof newContext>[2] = {},
  ready: (shared: SharedPage) => Promise<void> = async () => undefined,
): SharedPage {
  const shared = {} as SharedPage;
  beforeAll(async () => {
    shared.browser = await launchBrowser();
    shared.context = await newContext(shared.browser, viewport, options);
    Object.assign(shared, await newPage(shared.context));
    await ready(shared);
  });
  afterAll(async () => {
    await shared.browser?.close();
  });
  return shared;
}
