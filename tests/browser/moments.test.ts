/**
 * Moments by the countries they concern: a country's panel lists every
 * moment held there or about it, with its role; the Tijdlijn view lists the
 * year's moments by month and a country in it opens that country's panel.
 */
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSession, DESKTOP, expectClean, expectNoAxeViolations, newContext, openApp, panelFor } from './support';

const session = browserSession();
let desktop: BrowserContext;
beforeAll(async () => {
  desktop = await newContext(session.browser(), DESKTOP);
});

describe('Moments in the panels and the timeline', () => {
  it("Nigeria's 2023 panel lists the October Rabat Process meeting and the delegation visit, each with its role", async () => {
    const { page, watch } = await session.page(desktop);
    await openApp(page, '?country=NGA', { idle: false });
    const panel = panelFor(page, 'NGA');
    await panel.waitFor();
    const rabat = panel.locator('[data-moment="rabat-process-youth-meeting"]');
    const delegation = panel.locator('[data-moment="nigeria-delegation-october"]');
    await expect.poll(() => rabat.textContent()).toContain('oktober 2023');
    expect(await rabat.textContent()).toContain('Rabat-proces');
    expect(await rabat.textContent()).toContain('betreft dit land');
    expect(await delegation.textContent()).toContain('oktober 2023');
    expect(await delegation.textContent()).toMatch(/betreft dit land; in Nederland/);
    await expectNoAxeViolations(page, 'Nigeria panel with moments');
    // The May consultations: the report names no place, so none is shown.
    expect(await panel.locator('[data-moment="nigeria-consultations-may"]').textContent()).not.toContain(' in ');
    expectClean(watch);
  });

  it("the Netherlands' panel lists the visits it hosted as held here", async () => {
    const { page, watch } = await session.page(desktop);
    await openApp(page, '?country=NLD&lang=en', { idle: false });
    const panel = panelFor(page, 'NLD');
    await panel.waitFor();
    for (const id of ['nigeria-delegation-october', 'iraq-delegation-visit'])
      await expect.poll(() => panel.locator(`[data-moment="${id}"]`).textContent()).toContain('held here');
    expectClean(watch);
  });

  it('Tijdlijn lists the moments by month; a country in it opens its panel', async () => {
    const { page, watch } = await session.page(desktop);
    await openApp(page, '', { idle: false });
    await page.getByRole('button', { name: 'Tijdlijn', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('timeline');
    const months = page.locator('.timeline-month h3');
    await expect.poll(() => months.count()).toBeGreaterThan(4);
    const headings = await months.allTextContents();
    expect(headings.slice(0, 3)).toEqual(['februari 2023', 'mei 2023', 'juni 2023']);
    expect(headings.slice(-2)).toEqual(['2023, maand niet genoemd', 'Datum niet genoemd (rapport over 2023)']);
    const october = page.locator('.timeline-month', { has: page.locator('h3', { hasText: 'oktober 2023' }) });
    const rabat = october.locator('[data-moment="rabat-process-youth-meeting"]');
    expect(await rabat.textContent()).toContain('niet genoemd in het rapport');
    await expectNoAxeViolations(page, 'Tijdlijn');
    await rabat.getByRole('button', { name: 'Nigeria' }).click();
    await panelFor(page, 'NGA').waitFor();
    expect(await page.locator('#panel-heading').textContent()).toBe('Nigeria');
    // The programme filter narrows the timeline too.
    await page.goto(new URL('?view=timeline&prog=gcff', page.url()).href);
    await expect.poll(() => page.locator('.timeline-view li').count()).toBe(1);
    expect(await page.locator('.timeline-view li').textContent()).toContain('GCFF');
    expectClean(watch);
  });
});
