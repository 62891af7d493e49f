/**
 * Issue 17 item 5 (design review, finding 10): on a phone the map gets the
 * screen. At 390x844: a top bar of at most 64 px with the headline; a menu
 * (views, language) that works with the keyboard alone; a one-line source;
 * Nigeria's panel as a bottom sheet that leaves at least 45% of the screen to
 * the map and has Nigeria whole in that free area; a handle that drags and
 * expands the sheet. Also 640x900 (Jordan) and English.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, expectNoAxeViolations, openApp, PHONE, panelFor, screenshot, settled } from './support';

const { contextPage } = browserSession();

const phonePage = (viewport = PHONE) => contextPage(viewport, { serviceWorkers: 'block' });

/** A phone page without motion, opened at `query` and settled; with `iso3`, once its panel is there. */
async function openStill(query: string, iso3?: string, viewport = PHONE): Promise<Page> {
  const { page } = await phonePage(viewport);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, query);
  if (iso3) await panelFor(page, iso3).waitFor();
  await settled(page);
  return page;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
}

const box = (page: Page, selector: string): Promise<Box> =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  });

/** Elements whose text runs past their box (cut off or spilling out). */
const overflowing = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate(
    (s) =>
      [...document.querySelectorAll<HTMLElement>(s)]
        .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent ?? ''),
    selector,
  );

/** The map area the bar, the sheet and the footer leave free, and a country's bounding box on the page. */
async function freeAreaAndCountry(page: Page, iso3: string) {
  const bar = await box(page, 'header');
  const sheet = await box(page, 'aside.panel');
  const footer = await box(page, '.footer');
  const viewport = page.viewportSize() ?? PHONE;
  const free = { top: bar.bottom, bottom: sheet.top, left: 0, right: viewport.width };
  const freeHeight = viewport.height - bar.height - sheet.height - footer.height;
  const country = await page.evaluate(async (id) => {
    const m = window.migratiekaart?.map;
    if (!m) throw new Error('map missing');
    const geo = (await (await fetch('geo/countries.geojson')).json()) as {
      features: { properties: { iso3: string | null; fit_bounds: [number, number, number, number] } }[];
    };
    const f = geo.features.find((x) => x.properties.iso3 === id);
    if (!f) throw new Error(`${id} missing`);
    const [w, s, e, n] = f.properties.fit_bounds;
    const canvas = m.getCanvas().getBoundingClientRect();
    const sw = m.project([w, s]);
    const ne = m.project([e, n]);
    return { left: canvas.left + sw.x, bottom: canvas.top + sw.y, right: canvas.left + ne.x, top: canvas.top + ne.y };
  }, iso3);
  return { free, freeHeight, country, viewport };
}

async function expectFramedAboveSheet(page: Page, iso3: string) {
  const { free, freeHeight, country, viewport } = await freeAreaAndCountry(page, iso3);
  expect(freeHeight / viewport.height).toBeGreaterThanOrEqual(0.45);
  const where = `${iso3} ${JSON.stringify(country)} in ${JSON.stringify(free)}`;
  expect(country.top, where).toBeGreaterThanOrEqual(free.top);
  expect(country.bottom, where).toBeLessThanOrEqual(free.bottom);
  expect(country.left, where).toBeGreaterThanOrEqual(free.left);
  expect(country.right, where).toBeLessThanOrEqual(free.right);
}

describe('a phone layout that gives the map the screen', () => {
  it('has a top bar of at most 64 px with the headline, and a one-line source', async () => {
    const { page } = await phonePage();
    await openApp(page);
    expect((await box(page, 'header')).height).toBeLessThanOrEqual(64);
    expect(await page.locator('header h1.headline').textContent()).toMatch(
      /^In 2023 werkt Nederland in \d+ landen aan migratie$/,
    );
    const footer = await box(page, '.footer');
    expect(footer.height).toBeLessThanOrEqual(30);
    expect(await page.locator('.footer .disclaimer').isVisible()).toBe(false);
    expect(await overflowing(page, 'header h1, .source-short, .filter-chip')).toEqual([]);
    // The map takes the rest: everything between the bar and the source line.
    const map = await box(page, '.map');
    expect(map.height).toBeGreaterThanOrEqual(PHONE.height - 64 - 30);
    await screenshot(page, 'phone-first-390');

    await page.getByRole('button', { name: 'Meer over bron, grenzen en namen' }).click();
    await expect.poll(() => page.locator('.footer .disclaimer').isVisible()).toBe(true);
    await screenshot(page, 'phone-source-more-390');

    // The filter chip opens the filters as a modal sheet; Escape closes it and focus is back on the chip.
    const chip = page.locator('.filter-chip');
    await chip.click();
    await page.locator('dialog.filter-sheet #filters-heading').waitFor();
    await screenshot(page, 'phone-filters-390');
    await expectNoAxeViolations(page, 'phone filter sheet');
    await page.keyboard.press('Escape');
    await page.locator('dialog.filter-sheet').waitFor({ state: 'detached' });
    await expect.poll(() => chip.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('opens the menu with the keyboard alone: views, presenting, embed and language; Escape gives focus back', async () => {
    const { page } = await phonePage();
    await openApp(page);
    const toggle = page.locator('.menu-toggle');
    const focused = () => page.evaluate(() => document.activeElement?.className ?? '');
    for (let i = 0; i < 8 && !(await focused()).includes('menu-toggle'); i++) await page.keyboard.press('Tab');
    expect(await focused()).toContain('menu-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const menu = page.locator('#phone-menu');
    for (const name of ['Kaart', 'Tabel', 'Cijfers', 'Tijdlijn', 'Switch to English'])
      expect(await menu.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);
    expect(await menu.getByRole('button', { name: 'Presentatie starten' }).isVisible()).toBe(true);
    await screenshot(page, 'phone-menu-390');
    await expectNoAxeViolations(page, 'phone menu open');

    // Tab from the first item reaches the language switch; Escape closes and returns focus.
    for (let i = 0; i < 12 && !(await focused()).includes('lang-switch'); i++) await page.keyboard.press('Tab');
    expect(await focused()).toContain('lang-switch');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.isVisible()).toBe(false);
    expect(await focused()).toContain('menu-toggle');

    // A view chosen from the menu closes it.
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.isVisible()).toBe(true);
    await page.keyboard.press('Tab'); // Kaart -> Tabel
    await page.keyboard.press('Enter');
    await page.locator('.table-view').waitFor();
    await expect.poll(() => menu.isVisible()).toBe(false);
    expect(await focused()).toContain('menu-toggle');
  });

  it('frames Nigeria whole above its bottom sheet, which leaves at least 45% of the screen to the map', async () => {
    const page = await openStill('?country=NGA', 'NGA');
    await expectFramedAboveSheet(page, 'NGA');
    await screenshot(page, 'phone-nigeria-390');
    await expectNoAxeViolations(page, 'phone, Nigeria in the sheet');
  });

  it('frames a country chosen with the search (keyboard) above the sheet', async () => {
    const page = await openStill('');
    const toggle = page.locator('.search-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('country-search');
    await page.keyboard.type('Niger', { delay: 30 });
    await page.keyboard.press('ArrowDown');
    const active = page.locator('#phone-search [role=option][aria-selected=true]');
    await expect.poll(() => active.textContent()).toBe('Nigeria');
    await page.keyboard.press('Enter');
    await panelFor(page, 'NGA').waitFor();
    await settled(page);
    expect(await page.locator('#phone-search').isVisible()).toBe(false);
    await expectFramedAboveSheet(page, 'NGA');
    // Closing the panel gives focus back to the search button (the search row has closed).
    await page.keyboard.press('Escape');
    await page.locator('aside.panel').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('search-toggle');
  });

  it('drags the sheet by its handle and expands it with the handle button', async () => {
    const { page } = await phonePage();
    await openApp(page, '?country=NGA');
    await panelFor(page, 'NGA').waitFor();
    const handle = page.locator('.sheet-handle');
    const height = async () => (await box(page, 'aside.panel')).height;
    const start = await height();
    expect(start / PHONE.height).toBeGreaterThan(0.35);
    expect(start / PHONE.height).toBeLessThan(0.45);

    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    await handle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(height).toBeGreaterThan(PHONE.height * 0.7);
    await screenshot(page, 'phone-sheet-expanded-390');
    await page.keyboard.press('Enter');
    await expect.poll(height).toBeCloseTo(start, 0);

    // Dragging the handle up by 150 px makes the sheet 150 px taller.
    const h = await box(page, '.sheet-handle');
    const x = (h.left + h.right) / 2;
    const y = (h.top + h.bottom) / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 75, { steps: 5 });
    await page.mouse.move(x, y - 150, { steps: 5 });
    await page.mouse.up();
    // Exactly the dragged height: the click the browser sends after the drag did not also toggle it.
    expect(Math.abs((await height()) - (start + 150))).toBeLessThanOrEqual(3);
    await screenshot(page, 'phone-sheet-dragged-390');

    // Dragged down past its smallest height, the sheet closes, as phone sheets do.
    const g = await box(page, '.sheet-handle');
    await page.mouse.move(x, (g.top + g.bottom) / 2);
    await page.mouse.down();
    await page.mouse.move(x, PHONE.height - 60, { steps: 8 });
    await page.mouse.move(x, PHONE.height - 5, { steps: 4 });
    await page.mouse.up();
    await page.locator('aside.panel').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();
  });

  it('in English, nothing cut off', async () => {
    const page = await openStill('?lang=en&country=NGA', 'NGA');
    expect((await box(page, 'header')).height).toBeLessThanOrEqual(64);
    expect(await page.locator('header h1.headline').textContent()).toMatch(
      /^In 2023 the Netherlands works on migration in \d+ countries$/,
    );
    expect(await page.locator('.filter-chip').textContent()).toMatch(/^Filters · \d+ countries$/);
    expect(await overflowing(page, 'header h1, .source-short, .filter-chip, #panel-heading')).toEqual([]);
    await expectFramedAboveSheet(page, 'NGA');
    await screenshot(page, 'phone-nigeria-390-en');
  });

  it('at 640x900 the same layout: Jordan whole above its sheet', async () => {
    const page = await openStill('?country=JOR', 'JOR', { width: 640, height: 900 });
    expect((await box(page, 'header')).height).toBeLessThanOrEqual(64);
    await expectFramedAboveSheet(page, 'JOR');
    await screenshot(page, 'phone-jordan-640');
  });
});
