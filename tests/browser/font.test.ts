/**
 * The one typeface (docs/design.md): the interface, the map labels and the
 * slide use Source Sans 3 from the app's own origin; the labels' glyphs come
 * as pre-rendered ranges from /fonts/, render in both languages and offline,
 * and nothing is fetched from anywhere else.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, expectClean, openApp, sharedPage } from './support';

const FAMILY = 'Source Sans 3';
const GLYPH_PATH = `/fonts/${encodeURIComponent(`${FAMILY} Regular`)}/`;

const shared = sharedPage(DESKTOP, { serviceWorkers: 'allow' });

/** The names the 'labels' layer has drawn on screen. */
function renderedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const m = window.migratiekaart?.map;
    if (!m) throw new Error('map missing');
    return m.queryRenderedFeatures({ layers: ['labels'] }).map((f) => String(f.properties.name_nl ?? ''));
  });
}

/** The text field the labels layer draws (name_nl or name_en). */
function labelField(page: Page): Promise<unknown> {
  return page.evaluate(() => window.migratiekaart?.map.getLayoutProperty('labels', 'text-field'));
}

/** Faces of the shipped family the page has loaded, as "weight". */
function loadedWeights(page: Page): Promise<string[]> {
  return page.evaluate(
    (family) =>
      [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded')
        .map((f) => f.weight),
    FAMILY,
  );
}

describe('One typeface, shipped with the app', () => {
  it('the interface is set in the shipped font, fetched from the origin', async () => {
    const { page, watch } = shared;
    const fontRequests: string[] = [];
    page.on('requestfinished', (r) => {
      if (/\.(woff2|pbf)$/.test(new URL(r.url()).pathname)) fontRequests.push(r.url());
    });
    await openApp(page);
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family.startsWith(`"${FAMILY}"`)).toBe(true);
    await expect.poll(() => page.evaluate((f) => document.fonts.check(`16px "${f}"`), FAMILY)).toBe(true);
    expect(await loadedWeights(page)).toContain('400');
    expect(fontRequests.some((u) => u.endsWith('.woff2'))).toBe(true);
    expect(fontRequests.every((u) => u.startsWith(baseUrl()))).toBe(true);
    expectClean(watch);
  });

  it('map labels render from the glyph ranges on the origin, in Dutch and in English', async () => {
    const { page, watch } = shared;
    const glyphs: Array<{ url: string; status: number }> = [];
    page.on('response', (r) => {
      if (r.url().includes('/fonts/')) glyphs.push({ url: r.url(), status: r.status() });
    });
    await openApp(page, '?lang=nl');
    expect(await labelField(page)).toEqual(['get', 'name_nl']);
    await expect.poll(async () => (await renderedLabels(page)).length).toBeGreaterThan(5);

    await openApp(page, '?lang=en');
    expect(await labelField(page)).toEqual(['get', 'name_en']);
    await expect.poll(async () => (await renderedLabels(page)).length).toBeGreaterThan(5);

    // The Latin range came from our origin (fetched now, or answered by the service worker's cache).
    const latin = glyphs.filter((g) => g.url.startsWith(baseUrl()) && g.url.includes(`${GLYPH_PATH}0-255.pbf`));
    expect(latin.length).toBeGreaterThan(0);
    expect(latin.every((g) => g.status === 200)).toBe(true);
    // A missing range would make MapLibre warn "Unable to load glyph range" (a console problem).
    expectClean(watch);
  });

  it('offline, the labels still render: the glyph ranges and the font files are precached', async () => {
    const { context, page, watch } = shared;
    await openApp(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await openApp(page);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      return urls;
    });
    expect(cached).toContain(`${GLYPH_PATH}0-255.pbf`);
    expect(cached.some((u) => /source-sans-3-latin-400-normal-.*\.woff2$/.test(u))).toBe(true);

    await context.setOffline(true);
    try {
      await openApp(page, '?lang=en');
      await expect.poll(async () => (await renderedLabels(page)).length).toBeGreaterThan(5);
      await openApp(page, '?lang=nl');
      await expect.poll(async () => (await renderedLabels(page)).length).toBeGreaterThan(5);
      expect(await loadedWeights(page)).toContain('400');
    } finally {
      await context.setOffline(false);
    }
    expect(watch.offOrigin).toEqual([]);
    expect(watch.problems.filter((p) => /glyph|font/i.test(p))).toEqual([]);
    // The rest is the browser reporting the network gone (as in offline.test.ts).
    watch.problems.length = 0;
  });

  it('the slide export has the shipped font loaded, in every weight it draws with', async () => {
    const { page, watch } = shared;
    await openApp(page);
    const menu = page.locator('details.export-menu');
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
    await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download PNG (1920×1080)', exact: true }).click(),
    ]);
    const weights = await loadedWeights(page);
    for (const w of ['400', '700']) expect(weights, `weight ${w}`).toContain(w);
    expectClean(watch);
  });
});
