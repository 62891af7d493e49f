/**
 * Stepping the years does not move the map up and down. At 1000 px the 2022
 * summary line wraps to two lines and the 2023 one does not; the header keeps
 * the taller height when the years step back (components/useStableHeight.ts),
 * so the map under it neither jumps nor reallocates its canvas. A new window
 * width starts afresh.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, sharedPage } from './support';

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
});
