/**
 * Offline briefings: after one visit the service worker has the app, the
 * geography and the data, so the map, a country panel and the presentation
 * work with the network gone, and the header says the app is offline.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, clickCountry, DESKTOP, NIGERIA, openApp, sharedPage } from './support';

/** Messages the network being gone explains (the browser logs failed fetches itself). */
const OFFLINE_NOISE = ['net::ERR_INTERNET_DISCONNECTED', 'Failed to load resource'];

const shared = sharedPage(DESKTOP, { serviceWorkers: 'allow' });

afterAll(async () => {
  await shared.context?.setOffline(false).catch(() => undefined);
});

async function waitForController(p: Page): Promise<void> {
  await p.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await p.evaluate(() => !!navigator.serviceWorker.controller))) {
    await p.reload();
    await p.locator('.map[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
  }
  await expect.poll(() => p.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
}

describe('Offline', () => {
  it('the service worker registers only after the map has drawn, so its precache never slows the first load', async () => {
    const { context } = shared;
    const page = await context.newPage();
    // Page time of the first register() call and of the map's first complete frame (data-ready).
    await page.addInitScript(() => {
      const w = window as unknown as { __registeredAt?: number; __drawnAt?: number };
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (...args: Parameters<typeof register>) => {
        w.__registeredAt ??= performance.now();
        return register(...args);
      };
      new MutationObserver(() => {
        if (document.querySelector('.map[data-ready="true"]')) w.__drawnAt ??= performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await openApp(page);
    const times = () =>
      page.evaluate(() => {
        const w = window as unknown as { __registeredAt?: number; __drawnAt?: number };
        return { registered: w.__registeredAt, drawn: w.__drawnAt };
      });
    await expect.poll(async () => (await times()).registered, { timeout: 30_000 }).toBeGreaterThan(0);
    const { registered, drawn } = await times();
    expect(drawn).toBeGreaterThan(0);
    expect(registered).toBeGreaterThan(drawn as number);
    await page.close();
  });

  it('once visited, the map, a country panel and the presentation work without a network', async () => {
    const { context, page, watch } = shared;
    await openApp(page);
    await waitForController(page);
    // The precache holds the data and geography files.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      }
      return urls;
    });
    for (const file of ['/index.html', '/geo/countries.geojson', '/data/scenes.json', '/data/programmes.json'])
      expect(cached, `precached ${file}`).toContain(file);

    expect(await page.locator('.badge-offline').count()).toBe(0);
    await context.setOffline(true);
    await expect.poll(() => page.locator('.badge-offline').isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // A reload with no network: served by the service worker.
    await page.reload();
    await page.locator('.map[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
    await expect.poll(() => page.locator('.badge-offline').isVisible()).toBe(true);
    await clickCountry(page, ...NIGERIA);
    const panel = page.locator('aside.panel .details[data-iso3="NGA"]');
    await panel.waitFor({ timeout: 15_000 });
    expect(await page.locator('#panel-heading').textContent()).toBe('Nigeria');
    await expect.poll(() => panel.locator('[data-programme="compass"]').isVisible()).toBe(true);

    // A link into the story, offline.
    await page.goto(new URL('?scene=2', baseUrl()).href);
    await page.locator('.map[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
    const card = page.locator('section.presentation .scene-card[data-scene="two-goals"]');
    await card.waitFor({ timeout: 20_000 });
    expect(await card.locator('.scene-progress').textContent()).toBe('Scène 2 van 14');
    await page.keyboard.press('ArrowRight');
    await page.locator('.scene-card[data-scene="reception-in-region"]').waitFor({ timeout: 20_000 });
    await page.keyboard.press('Escape');

    // The figures view is a lazy chunk: it must be precached too.
    await page.getByRole('button', { name: 'Cijfers', exact: true }).click();
    await expect.poll(() => page.locator('.chart-plot svg').count(), { timeout: 30_000 }).toBeGreaterThan(0);

    const problems = watch.problems.filter((p) => !OFFLINE_NOISE.some((n) => p.includes(n)));
    expect(problems, 'console errors/warnings or page errors while offline').toEqual([]);
    expect(watch.offOrigin, 'requests off the app origin').toEqual([]);

    // Back online: the badge goes.
    await context.setOffline(false);
    await expect.poll(() => page.locator('.badge-offline').count()).toBe(0);
  }, 120_000);
});
