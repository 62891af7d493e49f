/**
 * Shared helpers for the browser journeys: Debian's Chromium through
 * playwright-core (software WebGL via SwiftShader), the app served from dist/
 * by globalSetup.ts, and small probes into the page (under WebDriver automation
 * the MapController is window.migratiekaart.controller and its MapLibre map
 * window.migratiekaart.map).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = join(root, 'test-results/screenshots');

export { CHROMIUM_ARGS } from '../../scripts/chromium';

/** Chromium messages that say nothing about the app (SwiftShader's GL translator). */
const HARMLESS = ['unexpected operator', 'GPU stall due to ReadPixels'];

/** Desktop layout; at 1280 px the default camera shows West Africa clear of the legend. */
export const DESKTOP = { width: 1280, height: 800 };
export const FULL_HD = { width: 1920, height: 1080 };
export const PHONE = { width: 390, height: 844 };

export function baseUrl(): string {
  return inject('baseUrl');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

export function newContext(
  browser: Browser,
  viewport = DESKTOP,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...options });
}

/** What a page did that a user or an auditor would object to. */
export interface PageWatch {
  /** console.error / console.warn messages and uncaught page errors. */
  problems: string[];
  /** Requests that left the app's origin. */
  offOrigin: string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { problems: [], offOrigin: [] };
  const base = baseUrl();
  page.on('console', (m) => {
    const type = m.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = m.text();
    if (HARMLESS.some((h) => text.includes(h))) return;
    watch.problems.push(`console.${type}: ${text}`);
  });
  page.on('pageerror', (e) => watch.problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return;
    watch.offOrigin.push(url);
  });
  return watch;
}

/** A page with its watch, e.g. `const { page, watch } = await newPage(context)`. */
export async function newPage(context: BrowserContext): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  return { page, watch: watchPage(page) };
}

/**
 * Resolves once MapLibre has nothing left to load, move or draw. MapLibre
 * fires 'idle' only from a render; when a drag ends after the last frame
 * was drawn, no further frame comes, so this asks for repaints until it does.
 */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const m = window.migratiekaart?.map;
        if (!m) {
          reject(new Error('window.migratiekaart.map is missing'));
          return;
        }
        if (m.loaded() && !m.isMoving()) {
          resolve();
          return;
        }
        const nudge = setInterval(() => m.triggerRepaint(), 250);
        const giveUp = setTimeout(() => {
          clearInterval(nudge);
          reject(new Error(`map not idle after 40 s (loaded: ${m.loaded()}, moving: ${m.isMoving()})`));
        }, 40_000);
        m.once('idle', () => {
          clearInterval(nudge);
          clearTimeout(giveUp);
          resolve();
        });
      }),
  );
}

/** Opens the app with a query string (e.g. '?lang=en') and waits for the map to be loaded and idle. */
export async function openApp(page: Page, query = '', opts: { idle?: boolean } = {}): Promise<void> {
  await page.goto(new URL(query, baseUrl()).href);
  await page.locator('.map[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
  if (opts.idle !== false) await waitForMapIdle(page);
}

/** Screen position (page px) of a lon/lat on the map canvas. */
export async function pagePoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lo, la]) => {
      const m = window.migratiekaart?.map;
      if (!m) throw new Error('map missing');
      const p = m.project([lo, la]);
      const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [lon, lat] as const,
  );
}

/**
 * Screen position of a lon/lat where the map canvas itself is on top (not the
 * legend, the panel or the edge of the page), so a pointer there reaches the map.
 */
export async function mapPoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const p = await pagePoint(page, lon, lat);
  const onTop = await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    if (!el) return 'nothing (off the page)';
    if (el.classList.contains('maplibregl-canvas')) return null;
    return `<${el.tagName.toLowerCase()} class="${el.className}">`;
  }, p);
  if (onTop)
    throw new Error(`map point ${lon},${lat} (${Math.round(p.x)},${Math.round(p.y)} px) is covered by ${onTop}`);
  return p;
}

/** Clicks the map canvas where lon/lat is drawn (once the map has settled), as a user would. */
export async function clickCountry(page: Page, lon: number, lat: number): Promise<void> {
  await waitForMapIdle(page);
  const p = await mapPoint(page, lon, lat);
  await page.mouse.click(p.x, p.y);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Countries the map outlines as matching the programme filter: the data of its outline source. */
export async function matchedOnMap(page: Page): Promise<string[]> {
  return outlinedOnMap(page, 'match');
}

/** Countries drawn with this outline (focus roles, match, hover, selected), read from the map's source. */
export async function outlinedOnMap(
  page: Page,
  role: 'focusReception' | 'focusMigration' | 'match' | 'hover' | 'selected',
): Promise<string[]> {
  return page.evaluate(async (r) => {
    const c = window.migratiekaart?.controller;
    if (!c) throw new Error('map missing');
    return c.outlinedCountries(r);
  }, role);
}

export const sorted = (xs: readonly string[]) => [...xs].sort();

/** Chromium with extra command-line switches (e.g. '--js-flags=--expose-gc'); launchBrowser() is unchanged. */
export function launchBrowserWith(extraArgs: string[]): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

export const EXPORT_DIR = join(root, 'test-results/exports');

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG (bad signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** What a slide-sized picture shows, measured at 1920x1080 (larger pictures are scaled down first). */
export interface SlideStats {
  width: number;
  height: number;
  /** Distinct RGBA colours over the whole picture. */
  colours: number;
  /** Distinct colours in the map area (y 120..996). */
  mapColours: number;
  /** Pixels in the map area with alpha below 255. */
  mapTransparent: number;
  /** Share of title-band pixels (top 120 px) that are the accent blue #01689b (±6 per channel). */
  titleAccent: number;
  /** Share of title-band pixels that are near-white (text). */
  titleWhite: number;
  /** Share of footer pixels (bottom 84 px) that are white. */
  footerWhite: number;
  /** Share of footer pixels that are dark (luma < 110: text). */
  footerDark: number;
}

/** Decodes a PNG in the page (createImageBitmap -> canvas) and measures it. */
export async function slideStats(page: Page, png: Uint8Array): Promise<SlideStats> {
  return page.evaluate(async (b64) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const W = 1920;
    const H = 1080;
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0, W, H);
    const { data } = ctx.getImageData(0, 0, W, H);
    const all = new Set<number>();
    const map = new Set<number>();
    let mapTransparent = 0;
    let titleAccent = 0;
    let titleWhite = 0;
    let footerWhite = 0;
    let footerDark = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const i = (y * W + x) * 4;
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        const a = data[i + 3]!;
        const key = ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
        all.add(key);
        if (y < 120) {
          if (Math.abs(r - 0x01) <= 6 && Math.abs(g - 0x68) <= 6 && Math.abs(b - 0x9b) <= 6) titleAccent++;
          else if (r > 230 && g > 230 && b > 230) titleWhite++;
        } else if (y < H - 84) {
          map.add(key);
          if (a < 255) mapTransparent++;
        } else {
          if (r === 255 && g === 255 && b === 255) footerWhite++;
          else if (0.299 * r + 0.587 * g + 0.114 * b < 110) footerDark++;
        }
      }
    }
    return {
      width: bitmap.width,
      height: bitmap.height,
      colours: all.size,
      mapColours: map.size,
      mapTransparent,
      titleAccent: titleAccent / (W * 120),
      titleWhite: titleWhite / (W * 120),
      footerWhite: footerWhite / (W * 84),
      footerDark: footerDark / (W * 84),
    };
  }, Buffer.from(png).toString('base64'));
}

/** Warnings the test harness itself causes (a context with serviceWorkers: 'block'). */
const HARNESS_NOISE = ['Service Worker registration blocked by Playwright'];

/** watch.problems without the harness's own warnings. */
export function appProblems(watch: PageWatch): string[] {
  return watch.problems.filter((p) => !HARNESS_NOISE.some((n) => p.includes(n)));
}

/** Inside Nigeria near Kano, clear of the Abuja post marker (which sits on top of 8.0 E 9.5 N). */
export const NIGERIA: [number, number] = [8.5, 11.5];

/** The side panel's details for a country. */
export const panelFor = (page: Page, iso3: string) => page.locator(`aside.panel .details[data-iso3="${iso3}"]`);

/** Features of a map source once the map is idle: poll it to wait for data that is still on its way. */
export async function sourceFeaturesWhenIdle(page: Page, source: string): Promise<number> {
  await waitForMapIdle(page);
  return page.evaluate((id) => window.migratiekaart?.map.querySourceFeatures(id).length ?? 0, source);
}
