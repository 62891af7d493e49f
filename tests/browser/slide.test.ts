/**
 * What a slide says and how it is set (design review, finding 11): its title
 * is the headline sentence of the view, in English when the interface is
 * English; the shipped typeface is loaded when the title is drawn; the colour
 * scale is one row. The canvas calls the export makes are recorded in the
 * page (fillText, fillRect), so the test reads what was drawn, not pixels.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_CLASSES } from '../../src/theme/palette';
import { DESKTOP, EXPORT_DIR, expectClean, openApp, pngSize, sharedPage } from './support';

const FAMILY = 'Source Sans 3';
const shared = sharedPage(DESKTOP, { serviceWorkers: 'block' });

interface Drawn {
  texts: { text: string; font: string; familyLoaded: boolean; weights: string[] }[];
  rects: { color: string; x: number; y: number; w: number; h: number }[];
}

/** Records every text and filled rectangle a 2D canvas draws from now on. */
function record(page: Page): Promise<void> {
  return page.evaluate((family) => {
    const w = window as unknown as { drawn: Drawn };
    w.drawn = { texts: [], rects: [] };
    const proto = CanvasRenderingContext2D.prototype;
    const fillText = proto.fillText;
    const fillRect = proto.fillRect;
    proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, max?: number) {
      const weights = [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded')
        .map((f) => f.weight);
      w.drawn.texts.push({ text, font: this.font, familyLoaded: document.fonts.check(this.font, text), weights });
      return max === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, max);
    };
    proto.fillRect = function (this: CanvasRenderingContext2D, x: number, y: number, wd: number, h: number) {
      w.drawn.rects.push({ color: String(this.fillStyle), x, y, w: wd, h });
      return fillRect.call(this, x, y, wd, h);
    };
  }, FAMILY);
}

async function exportSlide(page: Page): Promise<{ drawn: Drawn; bytes: Buffer }> {
  await record(page);
  const menu = page.locator('details.export-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Download PNG (1920×1080)', exact: true }).click(),
  ]);
  const bytes = readFileSync(await dl.path());
  const drawn = await page.evaluate(() => (window as unknown as { drawn: Drawn }).drawn);
  return { drawn, bytes };
}

const headlineText = (page: Page) =>
  page
    .locator('h1.headline')
    .textContent()
    .then((t) => t ?? '');

describe('the slide', () => {
  it('English interface: the title is the headline sentence in English, drawn in the loaded shipped font', async () => {
    const { page, watch } = shared;
    await openApp(page, '?lang=en&prog=prospects');
    const headline = (await headlineText(page)).trim();
    expect(headline).toMatch(/^In 2023 the Netherlands works on migration in \d+ countries; Prospects in \d+$/);
    const { drawn, bytes } = await exportSlide(page);
    mkdirSync(EXPORT_DIR, { recursive: true });
    writeFileSync(join(EXPORT_DIR, 'slide-en-prospects.png'), bytes);
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
    const title = drawn.texts.find((t) => /\b46px\b/.test(t.font));
    expect(title?.text).toBe(headline);
    expect(title?.font).toContain(FAMILY);
    // When the title was drawn the shipped face it needs was loaded (a canvas uses what is loaded then).
    expect(title?.familyLoaded).toBe(true);
    expect(title?.weights).toContain('700');
    // Every text on the slide is drawn in the shipped family, none in Dutch.
    for (const t of drawn.texts) expect(t.font, t.text).toContain(FAMILY);
    expect(drawn.texts.map((t) => t.text).join(' ')).not.toMatch(/\b(werkt|landen|Bron)\b/);
    expectClean(watch);
  }, 120_000);

  it('Dutch interface: the title is the Dutch headline; the colour scale is one row of the classes in use', async () => {
    const { page, watch } = shared;
    await openApp(page, '?lang=nl');
    const headline = (await headlineText(page)).trim();
    const { drawn, bytes } = await exportSlide(page);
    writeFileSync(join(EXPORT_DIR, 'slide-nl.png'), bytes);
    expect(drawn.texts.find((t) => /\b46px\b/.test(t.font))?.text).toBe(headline);
    // The legend column is right of the map (x >= 1450 on the 1920 px slide).
    const steps = ACTIVITY_CLASSES.map((k) => drawn.rects.filter((r) => r.color === k.color && r.x >= 1400));
    const row = steps.filter((s) => s.length > 0).map((s) => s[0]!);
    expect(row.length).toBeGreaterThanOrEqual(3);
    expect(new Set(row.map((r) => r.y)).size, 'all steps on one row').toBe(1);
    for (let i = 1; i < row.length; i++) expect(row[i]!.x).toBeCloseTo(row[i - 1]!.x + row[i - 1]!.w, 3);
    const width = row.reduce((n, r) => n + r.w, 0);
    expect(width).toBeGreaterThanOrEqual(180);
    expect(width).toBeLessThanOrEqual(260);
    expect(row[0]!.h).toBeLessThanOrEqual(16);
    expectClean(watch);
  }, 120_000);
});
