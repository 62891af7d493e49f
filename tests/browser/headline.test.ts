/**
 * Issue 17, items 1 and 4, at 1920x1080: the headline is the largest text on
 * the page and states the summary's count, in Dutch and English; a country's
 * panel answers first with a strip of key figures (Pakistan: the report
 * states no amount for Pakistan alone, and the strip says so, above the fold),
 * and the counting caveat sits behind one info control instead of showing on
 * every panel.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FULL_HD, openApp, panelFor, screenshot, sharedPage, summaryCountries } from './support';

const shared = sharedPage(FULL_HD);

/** The largest computed font size of any element with visible text of its own, other than `except`. */
function largestOtherText(page: Page, except: string): Promise<{ size: number; text: string }> {
  return page.evaluate((selector) => {
    const skip = document.querySelector(selector);
    let best = { size: 0, text: '' };
    for (const el of document.querySelectorAll('body *')) {
      if (skip?.contains(el)) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own || !(el instanceof HTMLElement) || el.offsetParent === null) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size > best.size) best = { size, text: el.textContent?.trim().slice(0, 60) ?? '' };
    }
    return best;
  }, except);
}

async function expectHeadline(page: Page, lang: 'nl' | 'en') {
  const h1 = page.locator('h1.headline');
  const text = (await h1.textContent()) ?? '';
  expect(text).toMatch(
    lang === 'nl'
      ? /^In 2023 werkt Nederland in \d+ landen aan migratie$/
      : /^In 2023 the Netherlands works on migration in \d+ countries$/,
  );
  const count = Number(/(\d+) (landen|countries)/.exec(text)?.[1]);
  expect(count).toBe(await summaryCountries(page));
  expect(Number(await h1.getAttribute('data-countries'))).toBe(count);
  const size = await h1.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
  const other = await largestOtherText(page, 'h1.headline');
  expect(size, `larger than "${other.text}"`).toBeGreaterThan(other.size);
}

describe('a headline for every view', () => {
  it('is the largest text on the page and states the summary’s count, in Dutch and in English', async () => {
    const { page } = shared;
    await openApp(page);
    await expectHeadline(page, 'nl');
    await screenshot(page, 'headline-1920-nl');
    await openApp(page, '?lang=en');
    await expectHeadline(page, 'en');
    await screenshot(page, 'headline-1920-en');
  });

  it('adds a programme filter’s count, which is the summary’s', async () => {
    const { page } = shared;
    await openApp(page, '?prog=prospects');
    const text = (await page.locator('h1.headline').textContent()) ?? '';
    const filtered = Number(/; Prospects in (\d+)$/.exec(text)?.[1]);
    expect(filtered).toBe(await summaryCountries(page));
    await screenshot(page, 'headline-1920-prospects');
  });
});

describe('a panel that answers first', () => {
  it('shows Pakistan’s key figures above the fold, its money only where the report states it for Pakistan', async () => {
    const { page } = shared;
    await openApp(page, '?country=PAK');
    const strip = panelFor(page, 'PAK').locator('.key-figures');
    await expect.poll(() => strip.isVisible()).toBe(true);
    // The EUR 40 mln of 2023 is for the Afghan region, not for Pakistan alone (budget_for: programme).
    const money = strip.locator('[data-key="money"]');
    expect(await money.getAttribute('data-own')).toBe('false');
    expect(await money.textContent()).toContain('geen bedrag');
    expect(await money.textContent()).toContain('vermeld voor Pakistan alleen, 2023');
    expect(await strip.locator('.key-note').textContent()).toContain('40');
    expect(await strip.locator('[data-key="programmes"] .key-value').textContent()).toMatch(/^\d+$/);
    const box = await money.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(FULL_HD.height);
    await screenshot(page, 'panel-pakistan-1920');
  });

  it('shows Moldova’s own money as a key figure', async () => {
    const { page } = shared;
    await openApp(page, '?country=MDA');
    const money = panelFor(page, 'MDA').locator('[data-key="money"]');
    expect(await money.getAttribute('data-own')).toBe('true');
    expect(await money.locator('.key-value').textContent()).toMatch(/10/);
  });

  it('does not repeat the counting caveat as visible text; the info control shows it once', async () => {
    const { page } = shared;
    for (const iso3 of ['NGA', 'BRA']) {
      await openApp(page, `?country=${iso3}`);
      await panelFor(page, iso3).waitFor();
      expect(await page.getByText('Per land geteld', { exact: false }).filter({ visible: true }).count(), iso3).toBe(0);
    }
    await openApp(page, '?country=NGA');
    const info = panelFor(page, 'NGA').getByRole('button', { name: 'Hoe is geteld?' });
    expect(await info.getAttribute('aria-expanded')).toBe('false');
    await info.click();
    expect(await info.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByText('Per land geteld', { exact: false }).filter({ visible: true }).count()).toBe(1);
  });
});
