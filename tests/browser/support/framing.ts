/**
 * Is a framed country in plain sight? Its label point (labels.geojson),
 * projected by the map, must lie inside the map and outside every box the
 * interface lays over it: panel or sheet, scene card and bar, legend, map
 * controls.
 */
import type { Page } from 'playwright-core';
import { waitForMapIdle } from './map';

const OVERLAYS = '.panel, .scene-card, .scene-bar, .legend, .map-controls';

/** Waits until the camera has settled, including a re-framing after a panel or card changed size. */
export async function settled(page: Page): Promise<void> {
  await waitForMapIdle(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await waitForMapIdle(page);
}

/** The countries among `iso3s` whose label point is hidden or off the map, with where they are (for the message). */
export async function obstructed(page: Page, iso3s: readonly string[]): Promise<string[]> {
  return page.evaluate(
    async ([ids, selector]) => {
      const m = window.migratiekaart?.map;
      if (!m) throw new Error('map missing');
      const labels = (await (await fetch('geo/labels.geojson')).json()) as {
        features: { properties: { iso3: string }; geometry: { coordinates: [number, number] } }[];
      };
      const canvas = m.getCanvas().getBoundingClientRect();
      const boxes = [...document.querySelectorAll(selector)]
        .map((el) => ({ name: el.className, r: el.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.r.height > 0);
      const bad: string[] = [];
      for (const iso3 of ids) {
        const f = labels.features.find((x) => x.properties.iso3 === iso3);
        if (!f) {
          bad.push(`${iso3}: no label point`);
          continue;
        }
        const p = m.project(f.geometry.coordinates);
        const x = canvas.left + p.x;
        const y = canvas.top + p.y;
        const where = `${iso3} at ${Math.round(x)},${Math.round(y)}`;
        if (x < canvas.left || x > canvas.right || y < canvas.top || y > canvas.bottom)
          bad.push(`${where}: off the map ${Math.round(canvas.width)}x${Math.round(canvas.height)}`);
        else {
          const over = boxes.find((b) => x >= b.r.left && x <= b.r.right && y >= b.r.top && y <= b.r.bottom);
          if (over) bad.push(`${where}: under .${over.name.split(' ')[0]}`);
        }
      }
      return bad;
    },
    [iso3s, OVERLAYS] as const,
  );
}

/** The countries the map marks for the current view (fill, focus role, programme match): what a first view frames. */
export function markedCountries(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const c = window.migratiekaart?.controller;
    if (!c) throw new Error('map missing');
    return c.markedCountries();
  });
}
