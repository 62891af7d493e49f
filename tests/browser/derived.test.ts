/**
 * Statement or inference (issue 13), as a reader sees it: Prospects phase I
 * shows no start year and says why, with its basis reachable by keyboard; the
 * results scene uses the report's words and footnote 21's period; the table
 * names the derived values behind its rows.
 */
import { describe, expect, it } from 'vitest';
import { appProblems, browserSession, DESKTOP, expectNoAxeViolations, openApp } from './support';

const session = browserSession();

describe('derived values in the app', () => {
  it("the Prospects card in Jordan shows phase I with 'start niet vermeld' and its basis, reachable by keyboard", async () => {
    const { page, watch } = await session.contextPage(DESKTOP, { serviceWorkers: 'block' });
    await openApp(page, '?country=JOR');
    const card = page.locator('aside.panel article.programme[data-programme="prospects"]');
    await card.waitFor({ timeout: 15_000 });
    // The card is a compact row until opened.
    await card.getByRole('button', { expanded: false }).click();
    const phase = card.locator('.phase').filter({ hasText: 'Fase I' });
    const text = (await phase.first().textContent()) ?? '';
    expect(text).toContain('Fase I (start niet vermeld–2023)');
    expect(text).not.toMatch(/Fase I \(20\d\d/);
    const mark = phase.first().locator('.derived[data-derived="years"]');
    expect(await mark.textContent()).toMatch(
      /\[jaren afgeleid: Het rapport noemt geen startjaar\. Fase I liep al vóór 2022/,
    );
    // Keyboard: the mark is in the tab order, and focus lands on it.
    expect(await mark.getAttribute('tabindex')).toBe('0');
    await mark.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-derived'))).toBe('years');
    expect(appProblems(watch)).toEqual([]);
    await expectNoAxeViolations(page, 'country panel with derived marks');
  });

  it('in English the same card says "start not stated" and "years derived"', async () => {
    const { page } = await session.contextPage(DESKTOP, { serviceWorkers: 'block' });
    await openApp(page, '?country=JOR&lang=en');
    const card = page.locator('aside.panel article.programme[data-programme="prospects"]');
    await card.waitFor({ timeout: 15_000 });
    const text = (await card.locator('.phase').first().textContent()) ?? '';
    expect(text).toContain('Phase I (start not stated–2023)');
    expect(text).toContain('[years derived: The report gives no start year.');
  });

  it("the scene 'Resultaten' says 'inkomstengenererende activiteiten' and the period of footnote 21", async () => {
    const { page } = await session.contextPage(DESKTOP, { serviceWorkers: 'block' });
    await openApp(page);
    const scenes = (await page.evaluate(async () => (await fetch('data/scenes.json')).json())) as { id: string }[];
    const n = scenes.findIndex((s) => s.id === 'results-2023') + 1;
    expect(n).toBeGreaterThan(0);
    await openApp(page, `?scene=${n}`);
    const card = page.locator('section.presentation .scene-card[data-scene="results-2023"]');
    await card.waitFor({ timeout: 15_000 });
    const text = (await card.locator('.scene-text').textContent()) ?? '';
    expect(text).toContain('ondersteund in het ontwikkelen van inkomstengenererende activiteiten');
    expect(text).toContain('Van 1 oktober 2022 tot 30 september 2023');
    expect(text).not.toMatch(/steun bij inkomen/);
  });

  it("the table names the derived values behind each row, and 'Over de gegevens' shows the notes about no country", async () => {
    const { page } = await session.contextPage(DESKTOP, { serviceWorkers: 'block' });
    await openApp(page, '?view=table', { idle: false });
    const table = page.locator('section.table-view');
    await table.waitFor({ timeout: 15_000 });
    expect(await table.locator('thead th').last().textContent()).toBe('Afgeleid (met grondslag)');
    const niger = (await table.locator('tr[data-iso3="NER"] td').last().textContent()) ?? '';
    expect(niger).toContain('PROMIS:');
    expect(niger).toContain('[afgeleid: Afgeleid uit een onduidelijke zin');
    const about = page.locator('section.about-data');
    expect(await about.locator('h3').textContent()).toBe('Over de gegevens');
    expect(await about.locator('li[data-note="results-reporting-period"]').count()).toBe(1);
    // At 1280x800 the table keeps most of the view; the notes come after it, a scroll away (they used to
    // take their whole height first and leave the table 274 px, one country).
    const tableBox = await table.locator('.table-scroll').boundingBox();
    expect(tableBox?.height ?? 0).toBeGreaterThan(400);
    await about.scrollIntoViewIfNeeded();
    expect(await about.locator('h3').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'table with derived column');
  });
});
