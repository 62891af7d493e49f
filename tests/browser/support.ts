/**
 * Shared helpers for the browser journeys: Debian's Chromium through
 * playwright-core (software WebGL via SwiftShader), the app served from dist/
 * by globalSetup.ts, and small probes into the page (MapLibre is reachable as
 * window.migratiekaart.controller under WebDriver automation).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = join(root, 'test-results/screenshots');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

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
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
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
        const controller = window.migratiekaart?.controller;
        if (!controller) {
          reject(new Error('window.migratiekaart.controller is missing'));
          return;
        }
        const m = controller.map;
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
      const m = window.migratiekaart?.controller.map;
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

let iso3Cache: Promise<string[]> | undefined;
/** Every ISO3 code in the countries file the server serves. */
export function allIso3(): Promise<string[]> {
  iso3Cache ??= fetch(new URL('geo/countries.geojson', baseUrl()))
    .then((r) => r.json() as Promise<{ features: { properties: { iso3: string | null } }[] }>)
    .then((geo) => [...new Set(geo.features.map((f) => f.properties.iso3).filter((x): x is string => !!x))].sort());
  return iso3Cache;
}

/**
 * Countries the map marks as matching the programme filter (feature-state
 * `match`), over every country in the source: the loaded tiles and the file.
 */
export async function matchedOnMap(page: Page): Promise<string[]> {
  return page.evaluate(
    (fromFile) => {
      const m = window.migratiekaart?.controller.map;
      if (!m) throw new Error('map missing');
      const ids = new Set(fromFile);
      for (const f of m.querySourceFeatures('countries')) {
        const iso3 = f.properties?.iso3;
        if (typeof iso3 === 'string') ids.add(iso3);
      }
      return [...ids].filter((id) => m.getFeatureState({ source: 'countries', id }).match === true).sort();
    },
    await allIso3(),
  );
}

export const sorted = (xs: readonly string[]) => [...xs].sort();
