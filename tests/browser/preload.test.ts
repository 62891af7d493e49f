/**
 * The files index.html preloads (country shapes, labels, editions,
 * programmes, the first glyph range, the body font, MapLibre's chunk and
 * stylesheet) must be the very requests
 * the app makes: a preload the app does not reuse (another URL, another
 * credentials mode) is fetched twice and only slows the first view down.
 * A chunk fetched ahead of use (the panel's) must show at once when used.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, expectClean, openApp, openCountrySearch, sharedPage, waitForMapIdle } from './support';

const shared = sharedPage(DESKTOP);

const MAPLIBRE_CHUNK = /\/assets\/maplibre-gl-[\w-]+\.js$/;

/** The URLs of the page's `<link rel=...>`: preload, or modulepreload (vite.config.ts, preloadMap: the map's chunks). */
const linksOf = (page: Page, rel: 'preload' | 'modulepreload') =>
  page.evaluate((r) => [...document.querySelectorAll<HTMLLinkElement>(`link[rel="${r}"]`)].map((l) => l.href), rel);

let counter: ((r: Request) => void) | null = null;
/** How often each URL is requested from now on, until the next test starts counting (the page's watch keeps its own listener). */
function countRequests(page: Page): Map<string, number> {
  const fetched = new Map<string, number>();
  if (counter) page.off('request', counter);
  counter = (r) => fetched.set(r.url(), (fetched.get(r.url()) ?? 0) + 1);
  page.on('request', counter);
  return fetched;
}

describe('Preloads', () => {
  it('every preloaded file is fetched once and used by the first view', async () => {
    const { page, watch } = shared;
    const fetched = countRequests(page);
    await openApp(page);
    await waitForMapIdle(page);
    const preloads = await linksOf(page, 'preload');
    expect(preloads.length).toBeGreaterThanOrEqual(5);
    // MapLibre's chunk and the map's code download with the page (vite.config.ts, preloadMap), once.
    const modules = await linksOf(page, 'modulepreload');
    expect(
      modules.some((u) => MAPLIBRE_CHUNK.test(u)),
      modules.join(),
    ).toBe(true);
    expect(
      modules.some((u) => /\/assets\/MapController-[\w-]+\.js$/.test(u)),
      modules.join(),
    ).toBe(true);
    // Its stylesheet (MapLibre's, bundled with the map's code).
    expect(
      preloads.some((u) => /\/assets\/[\w-]+\.css$/.test(u)),
      preloads.join(),
    ).toBe(true);
    for (const url of [...preloads, ...modules]) {
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

  it('the embed page (the same entry) preloads the map’s chunks too, each fetched once', async () => {
    const { page, watch } = shared;
    const fetched = countRequests(page);
    await page.goto(new URL('embed.html?country=NGA', baseUrl()).href);
    await page.locator('.map[data-ready="true"]').waitFor({ state: 'attached' });
    const modules = await linksOf(page, 'modulepreload');
    expect(
      modules.some((u) => MAPLIBRE_CHUNK.test(u)),
      modules.join(),
    ).toBe(true);
    for (const url of modules) expect(fetched.get(url), `requests for ${url}`).toBe(1);
    expectClean(watch);
  });

  it('the panel, fetched at the first focus, opens with the selection: no loading line in between', async () => {
    const { page, watch } = shared;
    await openApp(page);
    await waitForMapIdle(page);
    // Focusing the search is the first use: the panel's chunk is fetched then, while the name is typed.
    const chunk = page.waitForResponse((r) => /\/assets\/DetailPanel-[^/]*\.js$/.test(r.url()));
    await openCountrySearch(page);
    await page.locator('#country-search').focus();
    await chunk;
    await page.locator('#country-search').fill('Nigeria');
    await page.evaluate(() => {
      const w = window as unknown as { loadingShown: boolean };
      w.loadingShown = false;
      new MutationObserver(() => {
        if (document.querySelector('.panel .part-loading')) w.loadingShown = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.keyboard.press('Enter');
    await page.locator('aside.panel .details[data-iso3="NGA"] h2').waitFor();
    expect(await page.evaluate(() => (window as unknown as { loadingShown: boolean }).loadingShown)).toBe(false);
    expectClean(watch);
  });
});
