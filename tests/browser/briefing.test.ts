/**
 * Briefing: the story told with a clicker (keys), links into a scene, slide
 * PNGs at 1x and 2x, every scene as a zip, and accessibility while presenting.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS } from '../../src/state/types';
import {
  appProblems,
  baseUrl,
  DESKTOP,
  EXPORT_DIR,
  launchBrowser,
  matchedOnMap,
  newContext,
  newPage,
  openApp,
  type PageWatch,
  pngSize,
  slideStats,
  waitForMapIdle,
} from './support';

/** The layers a plain link shows. */
const DEFAULT_ON = Object.entries(DEFAULT_LAYERS)
  .filter(([, on]) => on)
  .map(([id]) => id);

interface SceneData {
  id: string;
  title_nl: string;
  camera: { bounds: [number, number, number, number] } | { center: [number, number]; zoom: number };
  programmes: string[];
  year: number | null;
  goal: string;
  country: string | null;
  layers: string[];
}
interface ProgrammeData {
  id: string;
  countries: { iso3: string; from?: number }[];
  phases: { from: number; to: number | null }[];
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser: Browser;
let context: BrowserContext;
let motionless: BrowserContext;
let scenes: SceneData[];
let programmes: ProgrammeData[];
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, DESKTOP, { serviceWorkers: 'block' });
  // Flights are instant under reduced motion: the walk through 14 scenes stays affordable on software WebGL.
  motionless = await browser.newContext({
    viewport: DESKTOP,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'block',
    reducedMotion: 'reduce',
  });
  scenes = (await (await fetch(new URL('data/scenes.json', baseUrl()))).json()) as SceneData[];
  programmes = (await (await fetch(new URL('data/programmes.json', baseUrl()))).json()) as ProgrammeData[];
  mkdirSync(EXPORT_DIR, { recursive: true });
});

afterEach(async () => {
  for (const close of cleanup.splice(0)) await close().catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
});

async function freshPage(ctx: BrowserContext = context): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await newPage(ctx);
  cleanup.push(() => opened.page.close());
  return opened;
}

function expectClean(watch: PageWatch) {
  expect(appProblems(watch), 'console errors/warnings or page errors').toEqual([]);
  expect(watch.offOrigin, 'requests off the app origin').toEqual([]);
}

/** Countries a scene's programmes cover in 2023 (the scenes' year is null: the latest edition). */
function expectedMatch(scene: SceneData): string[] {
  const year = scene.year ?? 2023;
  const out = new Set<string>();
  for (const p of programmes) {
    if (!scene.programmes.includes(p.id)) continue;
    if (!p.phases.some((ph) => ph.from <= year && (ph.to === null || ph.to >= year))) continue;
    for (const c of p.countries) if (c.from === undefined || c.from <= year) out.add(c.iso3);
  }
  return [...out].sort();
}

const sceneCentre = (s: SceneData): [number, number] =>
  'bounds' in s.camera
    ? [(s.camera.bounds[0] + s.camera.bounds[2]) / 2, (s.camera.bounds[1] + s.camera.bounds[3]) / 2]
    : s.camera.center;

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The scene n (1-based) is shown, and the map and the URL carry its data. */
async function expectScene(page: Page, n: number) {
  const scene = scenes[n - 1]!;
  await expect.poll(() => param(page, 'scene'), { message: `scene param for scene ${n}` }).toBe(String(n));
  const card = page.locator(`section.presentation .scene-card[data-scene="${scene.id}"]`);
  await card.waitFor({ timeout: 15_000 });
  expect(await card.locator('h2').textContent()).toBe(scene.title_nl);
  expect(await card.locator('.scene-progress').textContent()).toBe(`Scène ${n} van ${scenes.length}`);
  // Filters in the URL.
  expect(param(page, 'prog'), `prog= for ${scene.id}`).toBe(
    scene.programmes.length ? scene.programmes.join(',') : null,
  );
  expect(param(page, 'goal'), `goal= for ${scene.id}`).toBe(scene.goal === 'both' ? null : scene.goal);
  expect(param(page, 'country'), `country= for ${scene.id}`).toBe(scene.country);
  // The link names the layers only when they differ from the default set ('none' for no layer).
  const layers = param(page, 'layers');
  const shownLayers = layers === null ? [...DEFAULT_ON] : layers === 'none' ? [] : layers.split(',');
  expect(shownLayers.sort(), `layers= for ${scene.id}`).toEqual([...scene.layers].sort());
  // Map state.
  await expect
    .poll(() => matchedOnMap(page), { message: `feature-state match for ${scene.id}` })
    .toEqual(expectedMatch(scene));
  await waitForMapIdle(page);
  const centre = sceneCentre(scene);
  await expect
    .poll(
      () =>
        page.evaluate((c) => window.migratiekaart?.map.getBounds().contains(c) ?? false, centre as [number, number]),
      { message: `camera of ${scene.id} contains ${centre}` },
    )
    .toBe(true);
}

async function download(page: Page, button: string, timeout = 60_000): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.locator('details.export-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

describe('Briefing', () => {
  it('the clicker keys step the story forward and back; every scene sets its filters and camera', async () => {
    const { page, watch } = await freshPage(motionless);
    await openApp(page);
    await page.getByRole('button', { name: 'Presentatie starten' }).click();
    await expect.poll(() => page.locator('.app').getAttribute('class')).toContain('presenting');
    await expectScene(page, 1);
    // Forward to the end with the three "next" keys, in turn.
    const forward = ['ArrowRight', 'PageDown', 'Space'];
    for (let n = 2; n <= scenes.length; n++) {
      await page.keyboard.press(forward[(n - 2) % forward.length]!);
      await expectScene(page, n);
    }
    // Past the end stays on the last scene.
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    expect(param(page, 'scene')).toBe(String(scenes.length));
    // Back a few with the two "previous" keys.
    const back = ['ArrowLeft', 'PageUp'];
    for (let n = scenes.length - 1; n >= scenes.length - 5; n--) {
      await page.keyboard.press(back[(scenes.length - 1 - n) % back.length]!);
      await expectScene(page, n);
    }
    await page.keyboard.press('Home');
    await expectScene(page, 1);
    await page.keyboard.press('End');
    await expectScene(page, scenes.length);
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'scene')).toBeNull();
    await expect.poll(() => page.locator('.app').getAttribute('class')).not.toContain('presenting');
    expect(await page.locator('section.presentation').count()).toBe(0);
    expectClean(watch);
  }, 300_000);

  it('a link with ?scene=6 opens scene 6, and the bar buttons step it', async () => {
    const { page, watch } = await freshPage();
    await openApp(page, '?scene=6');
    await expectScene(page, 6);
    await page.locator('.scene-bar button').last().waitFor();
    await page.getByRole('button', { name: 'Volgende scène' }).click();
    await expectScene(page, 7);
    await page.getByRole('button', { name: 'Vorige scène' }).click();
    await expectScene(page, 6);
    await page.locator('.scene-exit').click();
    await expect.poll(() => param(page, 'scene')).toBeNull();
    await expect.poll(() => page.locator('.app').getAttribute('class')).toBe('app');
    expectClean(watch);
  });

  it('exports a slide PNG at 1920x1080 and at 2x: map drawn, blue title band, white footer', async () => {
    const { page, watch } = await freshPage();
    await openApp(page, '?prog=compass&country=NGA');
    const one = await download(page, 'Download PNG (1920×1080)');
    expect(one.name).toMatch(/^migratiekaart-2023\.png$/);
    writeFileSync(join(EXPORT_DIR, 'briefing-1x.png'), one.bytes);
    expect(pngSize(one.bytes)).toEqual({ width: 1920, height: 1080 });
    const s1 = await slideStats(page, one.bytes);
    expect(s1.colours, 'distinct colours').toBeGreaterThan(200);
    expect(s1.mapTransparent, 'transparent pixels in the map area').toBe(0);
    expect(s1.mapColours, 'distinct colours in the map area').toBeGreaterThan(200);
    expect(s1.titleAccent, 'title band is mostly #01689b').toBeGreaterThan(0.6);
    expect(s1.titleWhite, 'white title text').toBeGreaterThan(0.005);
    expect(s1.footerWhite, 'footer is mostly white').toBeGreaterThan(0.6);
    expect(s1.footerDark, 'dark footer text').toBeGreaterThan(0.003);

    const two = await download(page, 'Download PNG (2×)', 90_000);
    expect(two.name).toMatch(/@2x\.png$/);
    writeFileSync(join(EXPORT_DIR, 'briefing-2x.png'), two.bytes);
    expect(pngSize(two.bytes)).toEqual({ width: 3840, height: 2160 });
    const s2 = await slideStats(page, two.bytes);
    expect(s2.colours).toBeGreaterThan(200);
    expect(s2.mapTransparent).toBe(0);
    expect(s2.titleAccent).toBeGreaterThan(0.6);
    expect(s2.footerWhite).toBeGreaterThan(0.6);
    expectClean(watch);
  }, 150_000);

  it('"all scenes" gives a zip of 14 numbered slide PNGs', async () => {
    const { page, watch } = await freshPage();
    await openApp(page);
    const progress = setInterval(() => {
      void page
        .locator('.busy')
        .textContent({ timeout: 1000 })
        .then((t) => console.log('zip export progress:', t))
        .catch(() => undefined);
    }, 30_000);
    const zip = await download(page, 'Alle scènes als PNG (zip)', 420_000).finally(() => clearInterval(progress));
    expect(zip.name).toBe('migratiekaart-scenes.zip');
    const entries = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(entries).sort();
    expect(names).toHaveLength(14);
    expect(names).toEqual(
      scenes.map((s, i) => `migratiekaart-scene-${String(i + 1).padStart(2, '0')}-${s.id}.png`).sort(),
    );
    for (const name of names) expect(pngSize(entries[name]!), name).toEqual({ width: 1920, height: 1080 });
    // Scene 10 (Nigeria) as a picture: drawn, not blank.
    const nigeria = names[9]!;
    writeFileSync(join(EXPORT_DIR, nigeria), entries[nigeria]!);
    const stats = await slideStats(page, entries[nigeria]!);
    expect(stats.mapTransparent).toBe(0);
    expect(stats.colours).toBeGreaterThan(200);
    copyFileSync(join(EXPORT_DIR, nigeria), join(EXPORT_DIR, 'zip-scene-10.png'));
    expectClean(watch);
  }, 450_000);

  it('axe finds no WCAG 2.1 A/AA violations in presentation mode', async () => {
    const { page, watch } = await freshPage();
    await openApp(page, '?scene=10');
    await expectScene(page, 10);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const summary = results.violations
      .map((v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      .join('\n');
    expect(results.violations, summary).toEqual([]);
    expectClean(watch);
  });
});
