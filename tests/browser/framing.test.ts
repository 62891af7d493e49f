/**
 * Nothing framed sits under the interface (issue 14): at 1920x1080, 1280x800
 * and 390x844, for the first load, a selection of Nigeria, Pakistan, Colombia
 * and Gambia, and each scene of the story, the label point of every framed
 * country lies on the map and outside the panel or sheet, scene card and bar,
 * legend and map controls. One page per viewport, steps in sequence; flights
 * are instant under reduced motion. At 1920: Escape after five scenes gives
 * back the URL the presenter started from.
 */
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  DESKTOP,
  FULL_HD,
  markedCountries,
  obstructed,
  openApp,
  openCountrySearch,
  openPhoneMenu,
  PHONE,
  settled,
  sharedPage,
} from './support';

interface SceneData {
  id: string;
  camera: { bounds: [number, number, number, number] } | { center: [number, number]; zoom: number };
  country: string | null;
}
interface LabelData {
  features: { properties: { iso3: string }; geometry: { coordinates: [number, number] } }[];
}

const SELECTIONS = [
  ['NGA', 'Nigeria'],
  ['PAK', 'Pakistan'],
  ['COL', 'Colombia'],
  ['GMB', 'Gambia'],
] as const;

async function json<T>(path: string): Promise<T> {
  return (await (await fetch(new URL(path, baseUrl()))).json()) as T;
}

/** A scene frames its country and the marked countries whose label point lies in its box. */
function framedByScene(scene: SceneData, marked: string[], labels: LabelData): string[] {
  const out = new Set<string>(scene.country ? [scene.country] : []);
  if ('bounds' in scene.camera) {
    const [w, s, e, n] = scene.camera.bounds;
    for (const f of labels.features) {
      const [x, y] = f.geometry.coordinates;
      if (marked.includes(f.properties.iso3) && x >= w && x <= e && y >= s && y <= n) out.add(f.properties.iso3);
    }
  }
  return [...out].sort();
}

describe.each([
  ['1920x1080', FULL_HD],
  ['1280x800', DESKTOP],
  ['390x844', PHONE],
])('framing at %s', (size, viewport) => {
  const shared = sharedPage(viewport, { serviceWorkers: 'block' }, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page);
  });

  it('first load: every country with data for the filters is in plain sight', async () => {
    const { page } = shared;
    await settled(page);
    const marked = await markedCountries(page);
    expect(marked.length).toBeGreaterThan(20);
    expect(await obstructed(page, marked)).toEqual([]);
  });

  it('a selected country is recentred into the free area (Nigeria, Pakistan, Colombia, Gambia)', async () => {
    const { page } = shared;
    const problems: string[] = [];
    for (const [iso3, name] of SELECTIONS) {
      await openCountrySearch(page);
      await page.locator('#country-search').fill(name);
      await page.keyboard.press('Enter');
      await page.locator(`aside.panel .details[data-iso3="${iso3}"]`).waitFor();
      await settled(page);
      problems.push(...(await obstructed(page, [iso3])));
    }
    expect(problems).toEqual([]);
  });

  if (size === '1920x1080')
    it('Escape after five scenes gives back the view the presenter started from', async () => {
      const { page } = shared;
      await settled(page);
      const before = await page.evaluate(() => location.search);
      expect(before).toContain('country=GMB');
      await page.getByRole('button', { name: 'Presentatie starten' }).click();
      for (let i = 0; i < 5; i++) {
        await settled(page);
        await page.keyboard.press('ArrowRight');
      }
      await expect.poll(() => page.evaluate(() => location.search)).toContain('scene=6');
      await settled(page);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.app.presenting').count()).toBe(0);
      await settled(page);
      await expect.poll(() => page.evaluate(() => location.search)).toBe(before);
    });

  it('each scene frames its subject clear of the scene card, panel and legend', async () => {
    const { page } = shared;
    const scenes = await json<SceneData[]>('data/scenes.json');
    const labels = await json<LabelData>('geo/labels.geojson');
    const problems: string[] = [];
    await openPhoneMenu(page);
    await page.getByRole('button', { name: 'Presentatie starten' }).click();
    for (const [i, scene] of scenes.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await page.locator(`.scene-card[data-scene="${scene.id}"]`).waitFor();
      await settled(page);
      const framed = framedByScene(scene, await markedCountries(page), labels);
      problems.push(...(await obstructed(page, framed)).map((p) => `scene ${i + 1} ${scene.id}: ${p}`));
    }
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });
});
