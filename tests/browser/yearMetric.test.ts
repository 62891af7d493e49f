/**
 * Issue 12, items 1 and 3: the map tells the truth in every year. For every
 * year on the slider and each goal (and, in the reporting year, each fill),
 * the number of countries the summary states is the number the map draws
 * (a fill class or an outline, read back from the map), and the legend lists
 * exactly the encodings drawn. In a country's panel, money that is not the
 * country's own says whose it is.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  countryDrawing,
  drawnCountriesOnMap,
  FULL_HD,
  layerVisible,
  legendEntries,
  openApp,
  outlinedOnMap,
  panelFor,
  screenshot,
  sharedPage,
  slideYearTo,
  summaryCountries,
  waitForMapIdle,
} from './support';

const shared = sharedPage(FULL_HD, {}, ({ page }) => openApp(page, '?layers=posts,routes,labels,context'));

const GOALS = ['Beide doelen', 'Opvang in de regio', 'Migratiesamenwerking'];

async function sliderYears(page: Page): Promise<number[]> {
  const scale = await page.locator('.year-scale span').allTextContents();
  const [first, last] = [Number(scale[0]), Number(scale[scale.length - 1])];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The legend against the map: fill classes in use, outlines drawn, layers shown. */
async function expectLegendMatchesMap(page: Page, where: string) {
  const entries = await legendEntries(page);
  const { filled } = await countryDrawing(page);
  const classes = [...new Set(Object.values(filled))].filter((c) => c !== 0).sort((a, b) => a - b);
  const listed = entries
    .filter((e) => /^class-\d+$/.test(e) && e !== 'class-0')
    .map((e) => Number(e.slice(6)))
    .sort((a, b) => a - b);
  expect(listed, `${where}: fill classes`).toEqual(classes);
  const has = (id: string) => entries.includes(id);
  expect(has('focus-reception'), `${where}: reception outline`).toBe(
    (await outlinedOnMap(page, 'focusReception')).length > 0,
  );
  expect(has('focus-migration'), `${where}: migration outline`).toBe(
    (await outlinedOnMap(page, 'focusMigration')).length > 0,
  );
  expect(has('match'), `${where}: match outline`).toBe((await outlinedOnMap(page, 'match')).length > 0);
  expect(has('route'), `${where}: routes`).toBe(await layerVisible(page, 'routes-line'));
  expect(has('hosting'), `${where}: top-5 circles`).toBe(await layerVisible(page, 'context-hosting'));
}

async function expectSummaryIsMap(page: Page, where: string) {
  await waitForMapIdle(page);
  const drawn = await drawnCountriesOnMap(page);
  expect(await summaryCountries(page), `${where}: ${drawn.join(' ')}`).toBe(drawn.length);
  await expectLegendMatchesMap(page, where);
}

describe('a map for every year', () => {
  it('for every year and goal, the summary counts exactly the countries drawn, and the legend lists what is drawn', async () => {
    const { page } = shared;
    const years = await sliderYears(page);
    expect(years.length).toBeGreaterThan(10);
    let coloured = 0;
    for (const goal of GOALS) {
      await page.getByRole('radio', { name: goal, exact: true }).check();
      for (const year of years) {
        await slideYearTo(page, year);
        await expectSummaryIsMap(page, `${goal}, ${year}`);
        if ((await drawnCountriesOnMap(page)).length > 0) coloured++;
      }
    }
    // No year draws a grey world: every year has programmes somewhere.
    expect(coloured).toBe(GOALS.length * years.length);
  });

  it('in the reporting year the fill switches to programmes active, in the URL, with its own legend', async () => {
    const { page } = shared;
    await page.getByRole('radio', { name: 'Beide doelen', exact: true }).check();
    await slideYearTo(page, 2023);
    await expect.poll(() => page.locator('.legend-title').textContent()).toMatch(/^Aantal activiteiten/);
    await page.getByRole('radio', { name: 'programma’s actief' }).check();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('fill=programmes');
    await expect
      .poll(() => page.locator('.legend-title').textContent())
      .toBe('Programma’s actief in 2023 (beide doelen)');
    await expectSummaryIsMap(page, 'programmes, 2023');
    await page.getByRole('radio', { name: 'activiteiten (zoals gerapporteerd)' }).check();
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('fill=');
  });

  it('outside 2023, routes and top-5 circles are hidden, focus rows are gone, and the legend says so', async () => {
    const { page } = shared;
    await slideYearTo(page, 2025);
    await waitForMapIdle(page);
    expect(await layerVisible(page, 'routes-line')).toBe(false);
    expect(await layerVisible(page, 'context-hosting')).toBe(false);
    const entries = await legendEntries(page);
    expect(entries).not.toContain('focus-reception');
    expect(entries).not.toContain('route');
    await expect.poll(() => page.locator('.legend').textContent()).toContain('alleen getoond in 2023');
    await expect
      .poll(() => page.locator('.legend-title').textContent())
      .toBe('Programma’s actief in 2025 (beide doelen)');
  });

  it('screenshots at 1920x1080 of 2016, 2023 and 2025', async () => {
    const { page } = shared;
    for (const year of [2016, 2023, 2025]) {
      await slideYearTo(page, year);
      await waitForMapIdle(page);
      await screenshot(page, `year-${year}-1920x1080`);
    }
  });
});

describe('money by the country it is for', () => {
  it("Jordan's panel shows no other country's budget unlabelled", async () => {
    const { page } = shared;
    for (const year of [2023, 2024]) {
      await openApp(page, `?country=JOR&year=${year}`);
      const panel = panelFor(page, 'JOR');
      await panel.waitFor();
      const budgets = panel.locator('.budget');
      expect(await budgets.count()).toBeGreaterThan(0);
      for (const b of await budgets.all()) {
        const whose = await b.getAttribute('data-whose');
        if (whose === 'this-country') continue;
        // Another country's share or a programme total: a visible label before the amount.
        await expect.poll(() => b.locator('.money-whose').textContent()).toMatch(/^(voor |Programmatotaal)/);
      }
      const gcff = panel.locator('[data-programme="gcff"] .budget');
      await expect
        .poll(() => gcff.allTextContents())
        .toEqual([expect.stringMatching(/^voor Moldavië .*10\smln/), expect.stringMatching(/^voor Armenië .*10\smln/)]);
    }
  });

  it("Pakistan's Afghanistan-effort card shows EUR 30 mln (2022) and EUR 40 mln (2023), the year's emphasised", async () => {
    const { page } = shared;
    for (const year of [2022, 2023]) {
      await openApp(page, `?country=PAK&year=${year}`);
      const card = panelFor(page, 'PAK').locator('[data-programme="afghanistan-region"]');
      await card.waitFor();
      const lines = await card.locator('.budget').allTextContents();
      expect(lines).toEqual([
        expect.stringMatching(/^Programmatotaal, 1 land en Afghaanse regio .*30\smln\.\s\(2022\)/),
        expect.stringMatching(/^Programmatotaal, 1 land en Afghaanse regio .*40\smln\.\s\(2023\)/),
      ]);
      await expect
        .poll(() => card.locator('.budget[aria-current="true"] strong').textContent())
        .toMatch(year === 2022 ? /30\smln/ : /40\smln/);
    }
  });
});
