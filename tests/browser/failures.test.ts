/**
 * Failures a user can meet on a bad day: a corrupt file, a file that does not
 * arrive, data that breaks one part of the page. Each gives a message naming
 * what failed, a way to try again, and the rest of the app keeps working.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  appProblems,
  baseUrl,
  browserSession,
  clickCountry,
  DESKTOP,
  launchBrowserWith,
  matchedOnMap,
  NIGERIA,
  newContext,
  newPage,
  openApp,
  outlinedOnMap,
  panelFor,
  sorted,
  sourceFeaturesWhenIdle,
  waitForMapIdle,
} from './support';

/** Inside Kenya, north of Nairobi: a Prospects country, not a COMPASS one. */
const KENYA: [number, number] = [38.5, 1.5];

const session = browserSession();

/** page.route does not see requests a service worker answers, so the worker is kept out. */
const pageWithoutWorker = () => session.contextPage(DESKTOP, { serviceWorkers: 'block' });

/** Serves the real file with `change` applied to its JSON. */
function altered(change: (value: Record<string, unknown> | unknown[]) => void) {
  return async (route: Route) => {
    const response = await route.fetch();
    const value = await response.json();
    change(value);
    await route.fulfill({ response, json: value });
  };
}

describe('failures the app survives', () => {
  it('a corrupt data file is named with the reason, the map still works, and retry loads it', async () => {
    const { page, watch } = await pageWithoutWorker();
    let served = 0;
    await page.route('**/geo/posts.geojson', async (route) => {
      if (served++ > 0) return route.continue();
      // Cut off mid-file, as a broken deploy or proxy would leave it.
      return route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","feat' });
    });
    await openApp(page);
    const notice = page.locator('.notice[data-failed="posts"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('geo/posts.geojson: not valid JSON');
    expect(await sourceFeaturesWhenIdle(page, 'posts')).toBe(0);
    // Countries are drawn and answer clicks.
    await clickCountry(page, ...NIGERIA);
    await panelFor(page, 'NGA').waitFor();

    await notice.getByRole('button').click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => sourceFeaturesWhenIdle(page, 'posts')).toBeGreaterThan(20);
    expect(appProblems(watch)).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
  });

  it('a file that does not arrive is named after a few seconds; meanwhile the app works; retry fetches it', async () => {
    const { page, watch } = await pageWithoutWorker();
    let requests = 0;
    const stalled: Route[] = [];
    await page.route('**/geo/posts.geojson', (route) => {
      // The first request hangs, like a stalled embassy connection; the retry gets through.
      if (requests++ === 0) stalled.push(route);
      else return route.continue();
    });
    await openApp(page);
    const notice = page.locator('.notice[data-slow="posts"]');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('geo/posts.geojson');
    await clickCountry(page, ...NIGERIA);
    await panelFor(page, 'NGA').waitFor();

    await notice.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => sourceFeaturesWhenIdle(page, 'posts')).toBeGreaterThan(20);
    expect(requests).toBe(2);
    // The stalled request answering late changes nothing: the retry's data stay.
    await stalled[0]?.fulfill({ status: 200, contentType: 'application/json', body: '{"bad"' }).catch(() => undefined);
    await page.waitForTimeout(300);
    expect(await page.locator('.notice-error').count()).toBe(0);
    expect(await sourceFeaturesWhenIdle(page, 'posts')).toBeGreaterThan(20);
    expect(appProblems(watch)).toEqual([]);
  });

  it('data that breaks the panel is reported in the panel; the map and the next country still work', async () => {
    const { page, watch } = await pageWithoutWorker();
    // COMPASS's results arrive as a string: the file passes the load check, the programme card cannot render it.
    await page.route(
      '**/data/programmes.json',
      altered((programmes) => {
        const compass = (programmes as { id: string; results: unknown }[]).find((p) => p.id === 'compass');
        if (compass) compass.results = 'kapot';
      }),
    );
    await openApp(page);
    await clickCountry(page, ...NIGERIA);
    const failure = page.locator('aside.panel [data-boundary="panel"][role="alert"]');
    await failure.waitFor();
    expect(await failure.locator('p').textContent()).toBe(
      'Dit onderdeel kon niet worden getoond. De rest van de kaart werkt nog.',
    );
    // The technical details name what broke: COMPASS's results are not a list.
    expect(await failure.locator('details code').textContent()).toMatch(/\.(filter|map) is not a function/);
    // The map is untouched: Nigeria is selected on it, and filters still redraw it.
    expect(await outlinedOnMap(page, 'selected')).toEqual(['NGA']);
    await page
      .locator('fieldset.programme-list')
      .getByRole('checkbox', { name: /^Prospects( \(|$)/ })
      .check();
    expect(await matchedOnMap(page)).toEqual(sorted('JOR IRQ LBN SDN EGY ETH KEN UGA'.split(' ')));
    // Another country, not in COMPASS, shows its panel as normal. Framing the data first puts
    // Kenya in the area the panel leaves free (Nigeria's framing may leave it under the panel).
    await page.getByRole('button', { name: 'Toon alle landen met gegevens' }).click();
    await waitForMapIdle(page);
    await clickCountry(page, ...KENYA);
    await panelFor(page, 'KEN').waitFor();
    expect(await failure.count()).toBe(0);
    // Expected: the boundary's own report of what it caught, and React's.
    const unexpected = appProblems(watch).filter(
      (p) => !p.includes('[panel]') && !/\.(filter|map) is not a function/.test(p),
    );
    expect(unexpected).toEqual([]);
  });

  it('data that breaks the figures is reported there; the map view still works', async () => {
    const { page, watch } = await pageWithoutWorker();
    await page.route(
      '**/data/statistics.json',
      altered((statistics) => {
        (statistics as { figures: unknown[] }).figures.unshift(null);
      }),
    );
    await openApp(page, '?view=charts', { idle: false });
    const failure = page.locator('[data-boundary="charts"][role="alert"]');
    await failure.waitFor();
    expect(await failure.textContent()).toContain('Dit onderdeel kon niet worden getoond');
    // The header still switches views, and the map answers.
    await page.getByRole('button', { name: 'Kaart', exact: true }).click();
    await waitForMapIdle(page);
    await clickCountry(page, ...NIGERIA);
    await panelFor(page, 'NGA').waitFor();
    const unexpected = appProblems(watch).filter((p) => !p.includes('[charts]') && !p.includes('null'));
    expect(unexpected).toEqual([]);
  });

  it('Chromium started with --disable-webgl --disable-3d-apis: a message, then table, filters and panel work', async () => {
    const noWebgl = await launchBrowserWith(['--disable-webgl', '--disable-3d-apis']);
    session.afterTest(() => noWebgl.close());
    const context = await newContext(noWebgl, DESKTOP, { serviceWorkers: 'block' });
    const { page, watch } = await newPage(context);
    await page.goto(new URL('?lang=en', baseUrl()).href);
    const message = page.locator('[data-map-error]');
    await message.waitFor();
    expect(await message.textContent()).toBe(
      'The map cannot be shown in this browser (this browser has no WebGL). The table, filters and country panel still work.',
    );
    // The table stands in for the map, and the filters drive it.
    const rows = page.locator('.table-view table tr[data-iso3]');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(10);
    await page
      .locator('fieldset.programme-list')
      .getByRole('checkbox', { name: /^PROSPECTS|^Prospects/ })
      .check();
    await expect
      .poll(async () => sorted(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-iso3') ?? ''))))
      .toEqual(sorted('JOR IRQ LBN SDN EGY ETH KEN UGA'.split(' ')));
    // A row opens the country's panel.
    await page.locator('.table-view tr[data-iso3="KEN"] button').click();
    await panelFor(page, 'KEN').waitFor();
    // MapLibre's own report of the failed context is expected; nothing else.
    const unexpected = appProblems(watch).filter((p) => !/webgl|WebGL/.test(p));
    expect(unexpected).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
  });

  it('MapLibre that does not arrive: a message and the table at once, and the retry brings the map', async () => {
    const { page, watch } = await pageWithoutWorker();
    let refuse = true;
    await page.route('**/assets/MapController-*.js', (route) =>
      refuse ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(new URL('?lang=en', baseUrl()).href);
    const message = page.locator('[data-map-error]');
    await message.waitFor();
    expect(await message.locator('span').textContent()).toBe(
      'The map could not be loaded (no connection?). The table, filters and country panel still work.',
    );
    await page.locator('.table-view table tr[data-iso3]').first().waitFor();
    refuse = false;
    await message.getByRole('button', { name: 'Try again' }).click();
    // The retry fetches the chunk again before there is a map to wait for.
    await page.locator('.map[data-ready="true"]').waitFor();
    await waitForMapIdle(page);
    expect(await message.count()).toBe(0);
    expect(await sourceFeaturesWhenIdle(page, 'countries')).toBeGreaterThan(100);
    const unexpected = appProblems(watch).filter(
      (p) => !/MapController|dynamically imported module|internetdisconnected|ERR_INTERNET/i.test(p),
    );
    expect(unexpected).toEqual([]);
  });
});
