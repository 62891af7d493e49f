/**
 * Opening the app and probing its map. MapLibre is reachable as
 * window.migratiekaart.controller under WebDriver automation.
 */
import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/** Inside Nigeria near Kano, clear of the Abuja post marker (which sits on top of 8.0 E 9.5 N). */
export const NIGERIA: [number, number] = [8.5, 11.5];

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

/** Goes to a page of the app (query relative to `base`) and waits until its map is ready. */
export async function openAt(page: Page, base: string, query = '', opts: { idle?: boolean } = {}): Promise<void> {
  await page.goto(new URL(query, base).href);
  await page.locator('.map[data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
  if (opts.idle !== false) await waitForMapIdle(page);
}

/** Opens the app with a query string (e.g. '?lang=en') and waits for the map to be loaded and idle. */
export function openApp(page: Page, query = '', opts: { idle?: boolean } = {}): Promise<void> {
  return openAt(page, baseUrl(), query, opts);
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

/**
 * Drags the map so that what is drawn at `from` ends up where `to` was, with
 * the mouse as a user would (MapLibre ends a drag on a mouseup over its own
 * canvas, so both points must be clear of panel and legend).
 */
export async function dragMap(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const a = await mapPoint(page, ...from);
  const b = await mapPoint(page, ...to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 6 });
  await page.mouse.up();
  await waitForMapIdle(page);
}

/** The map's camera: zoom and centre. */
export function camera(page: Page): Promise<{ zoom: number; lon: number; lat: number }> {
  return page.evaluate(() => {
    const m = window.migratiekaart?.map;
    if (!m) throw new Error('map missing');
    return { zoom: m.getZoom(), lon: m.getCenter().lng, lat: m.getCenter().lat };
  });
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

/** Features of a map source once the map is idle: poll it to wait for data that is still on its way. */
export async function sourceFeaturesWhenIdle(page: Page, source: string): Promise<number> {
  await waitForMapIdle(page);
  return page.evaluate((id) => window.migratiekaart?.map.querySourceFeatures(id).length ?? 0, source);
}

/** The side panel's details for a country. */
export const panelFor = (page: Page, iso3: string) => page.locator(`aside.panel .details[data-iso3="${iso3}"]`);

export const sorted = (xs: readonly string[]) => [...xs].sort();

/**
 * What the countries layer draws, read back from the map: every country's
 * fill class (feature-state `fillClass`, 0 or absent: the land colour) and
 * the countries in the outline source (focus roles, programme match).
 */
export async function countryDrawing(page: Page): Promise<{ filled: Record<string, number>; outlined: string[] }> {
  return page.evaluate(async () => {
    const m = window.migratiekaart?.map;
    if (!m) throw new Error('map missing');
    const idsOf = async (id: string) => {
      const source = m.getSource(id) as { getData?: () => Promise<GeoJSON.GeoJSON> } | undefined;
      const data = await source?.getData?.();
      return data?.type === 'FeatureCollection' ? data.features : [];
    };
    const filled: Record<string, number> = {};
    for (const f of await idsOf('countries')) {
      const iso3 = f.properties?.iso3;
      if (!iso3) continue;
      const state = m.getFeatureState({ source: 'countries', id: iso3 });
      filled[iso3] = Number(state.fillClass ?? 0);
    }
    const outlined = (await idsOf('country-outlines'))
      .filter((f) => f.properties?.focusReception || f.properties?.focusMigration || f.properties?.match)
      .map((f) => String(f.properties?.iso3));
    return { filled, outlined };
  });
}

/** Countries drawn with a non-default fill (a class) or an outline: what a reader sees as "on the map". */
export async function drawnCountriesOnMap(page: Page): Promise<string[]> {
  const { filled, outlined } = await countryDrawing(page);
  const coloured = Object.entries(filled)
    .filter(([, c]) => c > 0)
    .map(([iso3]) => iso3);
  return [...new Set([...coloured, ...outlined])].sort();
}

/** Whether a layer is drawn (its layout visibility). */
export function layerVisible(page: Page, layer: string): Promise<boolean> {
  return page.evaluate((id) => window.migratiekaart?.map.getLayoutProperty(id, 'visibility') !== 'none', layer);
}

/** The legend's entries by id (data-entry), in order. */
export function legendEntries(page: Page): Promise<string[]> {
  return page.locator('.legend [data-entry]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entry') ?? ''));
}

/** The number of countries the map summary states ("De kaart toont 27 landen ..."). */
export async function summaryCountries(page: Page): Promise<number> {
  const text = (await page.locator('#map-summary').textContent()) ?? '';
  const n = /(\d+) (landen|countries|land|country)\b/.exec(text);
  if (!n) throw new Error(`no country count in the summary: ${text}`);
  return Number(n[1]);
}
