/**
 * The map people use: each test is one user journey through the production
 * build, driven the way a user drives it (mouse on the map canvas, keyboard,
 * filters, links), checked by what the user sees plus the map's own state.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  browserSession,
  camera,
  chooseCountry,
  clickCountry,
  DESKTOP,
  dragMap,
  expectClean,
  expectNoAxeViolations,
  FULL_HD,
  mapPoint,
  matchedOnMap,
  NIGERIA,
  newContext,
  openApp,
  PHONE,
  panelFor,
  postCountriesIn,
  programme,
  programmeLabel,
  screenshot,
  shownPostCountries,
  shownYear,
  slideYearTo,
  sorted,
  sourceFeaturesWhenIdle,
  stepYearTo,
  tableRows,
  typeInSearch,
  waitForMapIdle,
} from './support';

// From the report (H3/H4), as compiled into public/data/programmes.json.
const PROSPECTS = sorted('JOR IRQ LBN SDN EGY ETH KEN UGA'.split(' '));
const COMPASS = sorted('AFG DZA EGY ETH IRQ LBN LBY MLI MAR NER NGA SDN TCD TUN'.split(' '));
const UNION = sorted([...new Set([...PROSPECTS, ...COMPASS])]);

const session = browserSession();
let desktop: BrowserContext;

beforeAll(async () => {
  desktop = await newContext(session.browser(), DESKTOP);
});

const desktopPage = () => session.page(desktop);
const contextPage = session.contextPage;

describe('The map people use', () => {
  it('clicking Nigeria on the map shows COMPASS, 7 migration-cooperation activities and sources', async () => {
    const { page, watch } = await desktopPage();
    await openApp(page);
    await clickCountry(page, ...NIGERIA);
    const panel = panelFor(page, 'NGA');
    await panel.waitFor();
    expect(await page.locator('#panel-heading').textContent()).toBe('Nigeria');
    await expect.poll(() => panel.locator('[data-programme="compass"]').isVisible()).toBe(true);
    const count = panel.locator('li[data-goal="migration-cooperation"]');
    expect(await count.locator('strong').textContent()).toBe('7 activiteiten');
    const sources = panel.locator('.source');
    expect(await sources.count()).toBeGreaterThanOrEqual(3);
    expect(await count.locator('.source').textContent()).toMatch(/^Bron: \S/);
    expectClean(watch);
  });

  it('the programme filter marks exactly the programme countries on the map and in the table', async () => {
    const { page, watch } = await desktopPage();
    await openApp(page, '', { idle: false });
    expect(await matchedOnMap(page)).toEqual([]);

    await programme(page, 'Prospects').check();
    await expect.poll(() => matchedOnMap(page)).toEqual(PROSPECTS);
    await expect.poll(() => page.locator('.match-count').textContent()).toBe('8 landen');
    await expect.poll(() => page.locator('.chips').textContent()).toContain('Prospects');
    expect(await tableRows(page)).toEqual(PROSPECTS);
    // Posts: only those in Prospects countries are shown, and a hidden post does not take clicks.
    await waitForMapIdle(page);
    expect(await shownPostCountries(page)).toEqual(postCountriesIn(PROSPECTS));
    const abuja = await page.evaluate(() => {
      const app = window.migratiekaart;
      if (!app) throw new Error('map missing');
      const p = app.map.project([7.4951, 9.0579]);
      return app.controller.hitAt(p.x, p.y);
    });
    expect(abuja, 'a click on the hidden Abuja post').toEqual({ kind: 'country', iso3: 'NGA' });

    await programme(page, 'COMPASS').check();
    await expect.poll(() => matchedOnMap(page)).toEqual(UNION);
    await expect.poll(() => page.locator('.match-count').textContent()).toBe(`${UNION.length} landen`);
    expect(await tableRows(page)).toEqual(UNION);
    // Countries outside the filter are faded, matching ones are not.
    const dims = await page.evaluate(() => {
      const m = window.migratiekaart?.map;
      const dim = (id: string) => m?.getFeatureState({ source: 'countries', id }).dim;
      return { NGA: dim('NGA'), BRA: dim('BRA') };
    });
    expect(dims).toEqual({ NGA: false, BRA: true });
    expectClean(watch);
  });

  it('the year decides which programme phases count, and counts say "no data" outside 2023', async () => {
    const { page, watch } = await desktopPage();
    await openApp(page, '?prog=prospects', { idle: false });
    expect(await shownYear(page)).toBe(2023);
    await expect.poll(() => matchedOnMap(page)).toEqual(PROSPECTS);

    // 2024: Prospects phase II (2024-2027) and COMPASS phase 2 (2024-2027).
    await stepYearTo(page, 2024);
    await expect.poll(() => matchedOnMap(page)).toEqual(PROSPECTS);
    await programme(page, 'COMPASS').check();
    await expect.poll(() => matchedOnMap(page)).toEqual(UNION);

    // 2021: Prospects had not started (phase I is 2022-2023); COMPASS had (2021-2023).
    await slideYearTo(page, 2021);
    await expect.poll(() => matchedOnMap(page)).toEqual(COMPASS);
    await expect.poll(() => programmeLabel(page, 'Prospects').textContent()).toContain('niet actief in 2021');
    await programme(page, 'COMPASS').uncheck();
    await expect.poll(() => matchedOnMap(page)).toEqual([]);
    await expect.poll(() => page.locator('.match-count').textContent()).toBe('0 landen');

    // Nigeria in 2021: activity counts exist only for the reporting year 2023.
    await clickCountry(page, ...NIGERIA);
    const panel = panelFor(page, 'NGA');
    await panel.waitFor();
    expect(await panel.locator('.no-data').textContent()).toBe('Geen gegevens voor dit jaar');
    expect(await panel.locator('li[data-goal]').count(), 'no zero counts in a year without data').toBe(0);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // Fondation Orient-Occident (Morocco) runs 2024-2026 only.
    await programme(page, 'Prospects').uncheck();
    await programme(page, 'Fondation Orient-Occident').check();
    const foo = programmeLabel(page, 'Fondation Orient-Occident');
    for (const [year, active] of [
      [2023, false],
      [2024, true],
      [2026, true],
      [2027, false],
    ] as const) {
      if (Math.abs(year - (await shownYear(page))) === 1) await stepYearTo(page, year);
      else await slideYearTo(page, year);
      await expect
        .poll(() => foo.textContent())
        .toBe(active ? 'Fondation Orient-Occident' : `Fondation Orient-Occident (niet actief in ${year})`);
      await expect.poll(() => matchedOnMap(page)).toEqual(active ? ['MAR'] : []);
    }
    expectClean(watch);
  });

  it('switching to English translates the panel, the legend, the country list and the map labels', async () => {
    const { page, watch } = await desktopPage();
    await openApp(page, '', { idle: false });
    expect(await page.locator('.app').getAttribute('lang')).toBe('nl');
    expect(await page.locator('.legend').textContent()).toContain('Legenda');
    await typeInSearch(page, 'Duits');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual(['Duitsland']);

    await page.locator('.lang-switch').click();
    await expect.poll(() => page.locator('.app').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('.lang-switch').textContent()).toBe('Nederlands');
    const legend = () => page.locator('.legend').textContent();
    await expect.poll(legend).toContain('Legend');
    expect(await legend()).not.toContain('Legenda');

    await typeInSearch(page, 'Germ');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual(['Germany']);
    await chooseCountry(page, 'Egypt', 'Egypt');
    await panelFor(page, 'EGY').waitFor();
    await expect.poll(() => page.locator('#panel-heading').textContent()).toBe('Egypt');
    await expect.poll(() => page.locator('aside.panel').textContent()).toContain('Programmes in 2023');

    const labelField = () =>
      page.evaluate(() => JSON.stringify(window.migratiekaart?.map.getLayoutProperty('labels', 'text-field')));
    await expect.poll(labelField).toContain('name_en');
    expect(await labelField()).not.toContain('name_nl');
    expectClean(watch);
  });

  it('a copied link reproduces filters, selection, language and camera', async () => {
    const { page, watch } = await desktopPage();
    await openApp(page);
    await programme(page, 'Prospects').check();
    await page.locator('input[name="goal"][value="reception-in-region"]').check();
    await page.locator('.lang-switch').click();
    await chooseCountry(page, 'Egypt', 'Egypt');
    await panelFor(page, 'EGY').waitFor();
    await waitForMapIdle(page);

    // Move the map: drag western Egypt to where its south-east was (MapLibre ends a drag
    // on a mouseup over its own canvas; the selection framed Egypt into the free area,
    // so points in Egypt are clear of panel and legend), then zoom in with the wheel.
    await dragMap(page, [26, 27], [33, 23]);
    const moved = await mapPoint(page, 30, 27);
    await page.mouse.move(moved.x, moved.y);
    await page.mouse.wheel(0, -250);
    await page.waitForTimeout(300);
    await waitForMapIdle(page);
    await expect.poll(() => page.url()).toMatch(/[?&]map=/);

    const before = await camera(page);
    expect(before.zoom).toBeGreaterThan(2.3);
    const url = page.url();
    expect(url).toContain('country=EGY');
    expect(url).toContain('lang=en');
    expect(url).toMatch(/prog=prospects\b/);
    expect(url).toContain('goal=reception-in-region');
    const checked = (p: Page) =>
      p
        .locator('fieldset.programme-list label')
        .filter({ has: p.locator('input:checked') })
        .allTextContents();
    const checkedBefore = await checked(page);
    // The programme's name is written the same way in both languages.
    expect(checkedBefore).toEqual(['Prospects']);

    const second = await desktopPage();
    await openApp(second.page, url);
    const again = second.page;
    expect(await checked(again)).toEqual(checkedBefore);
    expect(await again.locator('input[name="goal"]:checked').getAttribute('value')).toBe('reception-in-region');
    await panelFor(again, 'EGY').waitFor();
    expect(await again.locator('#panel-heading').textContent()).toBe('Egypt');
    expect(await again.locator('.app').getAttribute('lang')).toBe('en');
    await waitForMapIdle(again);
    const after = await camera(again);
    expect(Math.abs(after.zoom - before.zoom)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(after.lon - before.lon)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(after.lat - before.lat)).toBeLessThanOrEqual(0.01);
    expectClean(watch);
    expectClean(second.watch);
  }, 90_000); // two page loads in one journey: allow for a slow software-WebGL machine

  it('a copied link keeps its camera when the selected country is out of view', async () => {
    // Select Nigeria, pan to Europe, copy the link: the link must open on Europe.
    const { page, watch } = await desktopPage();
    await openApp(page, '?country=NGA&map=4/50/10');
    await panelFor(page, 'NGA').waitFor();
    await page.waitForTimeout(1000); // a camera animation would start within this time
    await waitForMapIdle(page);
    const cam = await camera(page);
    expect(cam.zoom).toBeCloseTo(4, 1);
    expect(cam.lat).toBeCloseTo(50, 1);
    expect(cam.lon).toBeCloseTo(10, 1);
    expect(page.url()).toContain('map=4/50/10');
    expectClean(watch);
  });

  it("the app's own framing leaves the link without a camera; the user's own move pins one", async () => {
    // A camera in the link overrides the framing on another screen, so only a move the user made belongs in it.
    const { page, watch } = await desktopPage();
    await openApp(page, '?country=NGA');
    await panelFor(page, 'NGA').waitFor();
    await page.waitForTimeout(1500); // the selection's framing animation ends within this time
    await waitForMapIdle(page);
    await page.waitForTimeout(400); // the URL is written after the page goes idle
    expect(page.url()).not.toMatch(/[?&]map=/);
    await dragMap(page, [8, 10], [12, 8]);
    await expect.poll(() => page.url()).toMatch(/[?&]map=/);
    expectClean(watch);
  });

  it('keyboard only: skip link, country list, panel, Escape back to the list', async () => {
    const { page, watch } = await desktopPage();
    await openApp(page, '', { idle: false });
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a ? { id: a.id, cls: a.className, inPanel: !!a.closest('aside.panel') } : null;
      });
    await page.keyboard.press('Tab');
    expect((await focused())?.cls).toContain('skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused())?.id).toBe('country-search');

    await page.keyboard.type('Pakis');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual(['Pakistan']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await panelFor(page, 'PAK').waitFor();
    expect(await page.locator('#panel-heading').textContent()).toBe('Pakistan');
    await expect.poll(async () => (await focused())?.inPanel).toBe(true);

    await page.keyboard.press('Escape');
    await page.locator('aside.panel').waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused())?.id).toBe('country-search');
    expectClean(watch);
  });

  it('axe finds no WCAG 2.1 A/AA violations with a panel open, in Dutch and in English', async () => {
    const { page, watch } = await desktopPage();
    await openApp(page, '?country=NGA&prog=prospects', { idle: false });
    await panelFor(page, 'NGA').waitFor();
    await expectNoAxeViolations(page, 'nl');
    await page.locator('.lang-switch').click();
    await expect.poll(() => page.locator('#panel-heading').textContent()).toBe('Nigeria');
    await expect.poll(() => page.locator('.app').getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(page, 'en');
    expectClean(watch);
  });

  it('on a phone the filters are a chip on the map that opens a sheet, and the panel is a bottom sheet', async () => {
    const { page, watch } = await contextPage(PHONE);
    await openApp(page);
    const chip = page.locator('.filter-chip');
    expect(await chip.textContent()).toMatch(/^Filters · \d+ landen$/);
    expect(await chip.getAttribute('aria-expanded')).toBe('false');
    expect(await programme(page, 'Prospects').isVisible()).toBe(false);

    await chip.click();
    const sheet = page.locator('dialog.filter-sheet');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect(await programme(page, 'Prospects').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Filters sluiten' }).click();
    await sheet.waitFor({ state: 'detached' });
    await expect.poll(() => chip.evaluate((el) => el === document.activeElement)).toBe(true);

    await chooseCountry(page, 'Nigeria', 'Nigeria');
    const panel = page.locator('aside.panel');
    await panelFor(page, 'NGA').waitFor();
    await waitForMapIdle(page);
    const box = await panel.boundingBox();
    const footer = await page.locator('.footer').boundingBox();
    expect(box).not.toBeNull();
    if (!box || !footer) return;
    // Over the map, on the source line, the width of the screen, ~40% of its height.
    expect(Math.abs(box.y + box.height - footer.y)).toBeLessThanOrEqual(2);
    expect(Math.abs(box.width - PHONE.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(box.x)).toBeLessThanOrEqual(1);
    expect(box.height).toBeGreaterThan(PHONE.height * 0.35);
    expect(box.height).toBeLessThan(PHONE.height * 0.45);
    await screenshot(page, 'phone-390x844');

    await page.locator('.panel-close').click();
    await panel.waitFor({ state: 'detached' });
    expectClean(watch);
  });

  it('a garbage link still gives the default view and says what it ignored', async () => {
    const { page, watch } = await desktopPage();
    await openApp(page, '?year=abcd&prog=%3Cscript%3E&country=ZZZ&map=foo');
    const notice = page.locator('.notices [role=status]');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Een deel van de link kon niet worden gelezen');
    for (const param of ['year', 'prog', 'country', 'map']) expect(text, `notice names "${param}"`).toContain(param);
    expect(await shownYear(page)).toBe(2023);
    expect(await page.locator('fieldset.programme-list input:checked').count()).toBe(0);
    expect(await page.locator('aside.panel').count()).toBe(0);
    expect(await page.locator('.app script, .notices script').count()).toBe(0);
    expect(await page.evaluate(() => window.migratiekaart?.map.queryRenderedFeatures().length ?? 0)).toBeGreaterThan(
      100,
    );
    expectClean(watch);
  });

  it('a data file that fails to load is named, the rest works, and retry loads it', async () => {
    // page.route does not see requests a service worker answers: keep it out.
    const { page, watch } = await contextPage(DESKTOP, { serviceWorkers: 'block' });
    let failures = 0;
    await page.route('**/geo/routes.geojson', (route) => {
      if (failures++ > 0) return route.continue();
      return route.fulfill({ status: 503, body: 'unavailable' });
    });
    await openApp(page);
    const notice = page.locator('.notice[data-failed="routes"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('geo/routes.geojson');
    // Everything else still works: countries and posts are drawn, a click opens a panel.
    const drawn = await page.evaluate(() => {
      const m = window.migratiekaart?.map;
      return {
        posts: m?.queryRenderedFeatures({ layers: ['posts-open'] }).length ?? 0,
        routes: m?.querySourceFeatures('routes').length ?? 0,
      };
    });
    expect(drawn.posts).toBeGreaterThan(20);
    expect(drawn.routes).toBe(0);
    await clickCountry(page, ...NIGERIA);
    await panelFor(page, 'NGA').waitFor();

    await notice.getByRole('button').click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => sourceFeaturesWhenIdle(page, 'routes')).toBeGreaterThan(0);
    // Expected here: the browser's own report of the 503, and the blocked service worker.
    const expected = ['status of 503', 'Service Worker registration blocked by Playwright'];
    expect(watch.problems.filter((p) => !expected.some((e) => p.includes(e)))).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
  });

  it('without WebGL the app says so and shows the table instead', async () => {
    const { page, watch } = await desktopPage();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto(baseUrl());
    await page.locator('[data-map-error]').waitFor();
    const rows = page.locator('.table-view table tr[data-iso3]');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(10);
    expect(await page.locator('.map').count()).toBe(0);
    // The rest of the app still answers: a table row opens the country's panel.
    await page.locator('.table-view tr[data-iso3="NGA"] button').click();
    await panelFor(page, 'NGA').waitFor();
    expectClean(watch);
  });

  it('writes a 1920x1080 briefing screenshot (Dutch, Nigeria open, Prospects filter)', async () => {
    const { page, watch } = await contextPage(FULL_HD);
    await openApp(page, '?prog=prospects&country=NGA');
    await panelFor(page, 'NGA').waitFor();
    expect(await programme(page, 'Prospects').isChecked()).toBe(true);
    await waitForMapIdle(page);
    await screenshot(page, 'journey-1920x1080-nl-nigeria-prospects');
    expectClean(watch);
  });
});
