/**
 * A map with no country coloured says so on the map itself (design review,
 * finding 5), not only in the summary line: a programme in a year it is not
 * active. With a programme that is active, there is no such message.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectClean, openApp, sharedPage } from './support';

const shared = sharedPage(DESKTOP, { serviceWorkers: 'block' });

describe('an empty map explains itself', () => {
  it('Fondation Orient-Occident in 2023 (active from 2024): a message over the map, in both languages', async () => {
    const { page, watch } = shared;
    await openApp(page, '?prog=fondation-orient-occident&year=2023');
    const note = page.locator('.map-wrap .map-empty');
    await note.waitFor();
    expect(await note.getAttribute('role')).toBe('status');
    expect(await note.textContent()).toBe(
      'Geen land gekleurd: Fondation Orient-Occident in 2023 nergens actief. Kies een ander jaar of programma.',
    );
    await openApp(page, '?prog=fondation-orient-occident&year=2023&lang=en');
    await note.waitFor();
    expect(await note.textContent()).toMatch(
      /^No country coloured: Fondation Orient-Occident active nowhere in 2023\./,
    );
    // The message sits inside the visible map area.
    const [box, map] = await Promise.all([note.boundingBox(), page.locator('.map-wrap').boundingBox()]);
    expect(box && map && box.y > map.y && box.y + box.height < map.y + map.height).toBe(true);
    expectClean(watch);
  });

  it('Prospects in 2023 colours 8 countries: no message', async () => {
    const { page, watch } = shared;
    await openApp(page, '?prog=prospects');
    await expect.poll(() => page.locator('h1.headline').getAttribute('data-countries')).toBe('8');
    expect(await page.locator('.map-empty').count()).toBe(0);
    expectClean(watch);
  });
});
