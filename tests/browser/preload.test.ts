/**
 * The files index.html preloads (country shapes, labels, editions,
 * programmes, the first glyph range, the body font) must be the very requests
 * the app makes: a preload the app does not reuse (another URL, another
 * credentials mode) is fetched twice and only slows the first view down.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, expectClean, openApp, sharedPage, waitForMapIdle } from './support';

const shared = sharedPage(DESKTOP);

describe('Preloads', () => {
  it('every preloaded file is fetched once and used by the first view', async () => {
    const { page, watch } = shared;
    const fetched = new Map<string, number>();
    page.on('request', (r) => fetched.set(r.url(), (fetched.get(r.url()) ?? 0) + 1));
    await openApp(page);
    await waitForMapIdle(page);
    const preloads = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => l.href),
    );
    expect(preloads.length).toBeGreaterThanOrEqual(5);
    for (const url of preloads) {
      expect(url.startsWith(baseUrl()), url).toBe(true);
      expect(fetched.get(url), `requests for ${url}`).toBe(1);
    }
    // Used, not only fetched: the map drew labels (glyph range 0-255, labels.geojson) on the countries.
    const drawn = await page.evaluate(
      () => window.migratiekaart?.map.queryRenderedFeatures({ layers: ['labels'] }).length,
    );
    expect(drawn).toBeGreaterThan(10);
    expectClean(watch);
  });
});
