/**
 * Stepping the years does not move the map up and down. At 1000 px the 2022
 * summary line wraps to two lines and the 2023 one does not; the header keeps
 * the taller height when the years step back (components/useStableHeight.ts),
 * so the map under it neither jumps nor reallocates its canvas. A new window
 * width starts afresh, and so does the typeface arriving after the first render.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, newPage, openApp, sharedPage } from './support';

const NARROW = { width: 1000, height: 800 };
const shared = sharedPage(NARROW, { serviceWorkers: 'block' });

const heights = (page: Page) =>
  page.evaluate(() => ({
    header: (document.querySelector('header.header') as HTMLElement).offsetHeight,
    map: (document.querySelector('.map') as HTMLElement).clientHeight,
  }));

async function stepTo(page: Page, label: 'Vorig jaar' | 'Volgend jaar', year: number) {
  await page.locator(`button[aria-label="${label}"]`).click();
  await expect.poll(() => page.locator('h1.headline').textContent()).toContain(String(year));
}

describe('a steady header while the years step', () => {
  it('keeps the height of its longest lines, so the map stays put; a new width starts afresh', async () => {
    const { page } = shared;
    await openApp(page, '?year=2023');
    const in2023 = await heights(page);
    await stepTo(page, 'Vorig jaar', 2022);
    const in2022 = await heights(page);
    // The premise: 2022's lines need more room at this width.
    expect(in2022.header).toBeGreaterThan(in2023.header);
    await stepTo(page, 'Volgend jaar', 2023);
    expect(await heights(page)).toEqual(in2022);
    await stepTo(page, 'Vorig jaar', 2022);
    expect(await heights(page)).toEqual(in2022);

    // Wider: the header is as tall as a fresh page at that width needs, no taller.
    await page.setViewportSize({ width: 1280, height: 800 });
    await stepTo(page, 'Volgend jaar', 2023);
    const carried = await heights(page);
    await openApp(page, '?year=2023');
    expect(await heights(page)).toEqual(carried);
    await page.setViewportSize(NARROW);
  });

  it('a typeface that arrives after the first render does not leave the header at the fallback font’s height', async () => {
    const { page, browser } = shared;
    await openApp(page, '?year=2023');
    const settled = await heights(page);
    // A fresh context (no font in its cache) whose font files come 800 ms late: the first render is set in
    // the fallback font, which wraps the summary to another line at this width.
    const context = await newContext(browser, NARROW, { serviceWorkers: 'block' });
    try {
      await context.route(/\.woff2$/, async (route) => {
        await new Promise((r) => setTimeout(r, 800));
        await route.continue();
      });
      const late = (await newPage(context)).page;
      await openApp(late, '?year=2023');
      await late.evaluate(() => document.fonts.ready);
      await expect.poll(() => heights(late)).toEqual(settled);
    } finally {
      await context.close();
    }
  });
});
