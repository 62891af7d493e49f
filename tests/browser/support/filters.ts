/** Driving the filters, the year and the country search the way a user does. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A programme's checkbox; its label may carry "(niet actief in <year>)". */
export const programme = (page: Page, name: string) =>
  page.locator('fieldset.programme-list').getByRole('checkbox', { name: new RegExp(`^${escapeRe(name)}( \\(|$)`) });

export const programmeLabel = (page: Page, name: string) =>
  page.locator('fieldset.programme-list label').filter({ hasText: name });

export async function shownYear(page: Page): Promise<number> {
  return Number(await page.locator('.year-control legend strong').textContent());
}

/** Moves the year slider straight to a year (the slider runs over the data's years, oldest first). */
export async function slideYearTo(page: Page, year: number) {
  const first = Number(await page.locator('.year-scale span').first().textContent());
  await page.locator('.year-control input[type="range"]').fill(String(year - first));
  await expect.poll(() => shownYear(page)).toBe(year);
}

/** Steps the year with the ‹ › buttons, as a user would. */
export async function stepYearTo(page: Page, year: number) {
  for (let guard = 0; guard < 20; guard++) {
    const now = await shownYear(page);
    if (now === year) return;
    await page.getByRole('button', { name: now < year ? 'Volgend jaar' : 'Vorig jaar', exact: true }).click();
    await expect.poll(() => shownYear(page)).toBe(now < year ? now + 1 : now - 1);
  }
  throw new Error(`could not step the year to ${year}`);
}

/** On a phone the search sits behind the bar's search button: open it (a no-op on a desktop). */
export async function openCountrySearch(page: Page) {
  const toggle = page.locator('.search-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('#country-search').waitFor({ state: 'visible' });
}

/** On a phone the presenter's button is in the bar's menu: open it (a no-op on a desktop). */
export async function openPhoneMenu(page: Page) {
  const toggle = page.locator('.menu-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/**
 * Types into the country search at a person's pace. (The list closes 150 ms
 * after the field loses focus; pasting the whole text sooner than that after
 * a click elsewhere leaves it closed until the next keystroke.)
 */
export async function typeInSearch(page: Page, text: string) {
  await openCountrySearch(page);
  const search = page.locator('#country-search');
  await search.click();
  await search.fill('');
  await page.keyboard.type(text, { delay: 50 });
}

export async function chooseCountry(page: Page, typed: string, option: string) {
  await typeInSearch(page, typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The countries listed in the table view (sorted), then back to the map. */
export async function tableRows(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Tabel', exact: true }).click();
  const rows = page.locator('.table-view table tr[data-iso3]');
  await rows.first().waitFor();
  const iso3s = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-iso3') ?? ''));
  await page.getByRole('button', { name: 'Kaart', exact: true }).click();
  await page.locator('.map').waitFor({ state: 'visible' });
  return iso3s.sort();
}
