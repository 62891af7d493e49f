/**
 * Foundation: the production build draws the embedded basemap, the countries
 * and the posts in Chromium, resolves a click to a country, and does so
 * without errors and without a single request off its own origin.
 */
import { describe, expect, it } from 'vitest';
import { clickCountry, FULL_HD, openApp, outlinedOnMap, screenshot, sharedPage } from './support';

const shared = sharedPage(FULL_HD, {}, ({ page }) => openApp(page));

describe('the production build in Chromium', () => {
  it('draws countries and the 35 posts (Kabul closed) at world view', async () => {
    const { page } = shared;
    const rendered = await page.evaluate(() => {
      const m = window.migratiekaart?.map;
      if (!m) throw new Error('map missing');
      const ids = (layer: string) =>
        m.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties?.id ?? f.properties?.iso3));
      return {
        countries: new Set(ids('countries-fill')).size,
        open: [...new Set(ids('posts-open'))],
        closed: [...new Set(ids('posts-closed'))],
        sourcePosts: new Set(m.querySourceFeatures('posts').map((f) => String(f.properties?.id))).size,
      };
    });
    // Natural Earth 110m has ~175 countries; at world view most of them are drawn.
    expect(rendered.countries).toBeGreaterThan(150);
    expect(rendered.open).toHaveLength(34);
    expect(rendered.open).not.toContain('kabul');
    expect(rendered.closed).toEqual(['kabul']);
    expect(rendered.sourcePosts).toBe(35);
  });

  it('resolves a click on Nigeria to NGA and opens its panel', async () => {
    const { page } = shared;
    // Kano region, clear of the Abuja post marker.
    const hit = await page.evaluate(() => {
      const hook = window.migratiekaart;
      if (!hook) throw new Error('map missing');
      const { controller: m, map } = hook;
      const p = map.project([8.5, 11.5]);
      return m.hitAt(p.x, p.y);
    });
    expect(hit).toEqual({ kind: 'country', iso3: 'NGA' });
    await clickCountry(page, 8.5, 11.5);
    const panel = page.locator('aside.panel .details[data-iso3="NGA"]');
    await expect.poll(() => panel.count()).toBe(1);
    await expect.poll(() => page.locator('#panel-heading').textContent()).toBe('Nigeria');
    await expect.poll(() => outlinedOnMap(page, 'selected')).toEqual(['NGA']);
  });

  it('writes a 1920x1080 screenshot', async () => {
    const { page } = shared;
    const path = await screenshot(page, 'map-1920x1080');
    const { size } = await import('node:fs').then((fs) => fs.statSync(path));
    expect(size).toBeGreaterThan(50_000);
  });

  it('a click on a post or a route opens that post or route', async () => {
    const { page } = shared;
    // Abuja's marker sits on top of Nigeria: the post wins there.
    await clickCountry(page, 7.4951, 9.0579);
    await expect.poll(() => page.locator('aside.panel .details[data-post="abuja"]').count()).toBe(1);
    expect(await page.locator('#panel-heading').textContent()).toContain('Abuja');

    // Some point along a drawn route line that nothing else covers.
    const target = await page.evaluate(async () => {
      const hook = window.migratiekaart;
      if (!hook) throw new Error('map missing');
      const { controller: c, map } = hook;
      const canvas = map.getCanvas().getBoundingClientRect();
      for (const f of map.queryRenderedFeatures({ layers: ['routes-line'] })) {
        const g = f.geometry;
        const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
        for (const line of lines) {
          for (let i = 1; i < line.length; i++) {
            const a = line[i - 1];
            const b = line[i];
            if (!a || !b) continue;
            const p = map.project([((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2]);
            const hit = await c.hitAt(p.x, p.y);
            const x = canvas.left + p.x;
            const y = canvas.top + p.y;
            const onTop = document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas');
            if (hit?.kind === 'route' && onTop) return { id: hit.id, x, y };
          }
        }
      }
      return null;
    });
    expect(target, 'a clickable point on a route line').not.toBeNull();
    if (!target) return;
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.locator(`aside.panel .details[data-route="${target.id}"]`).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('aside.panel').waitFor({ state: 'detached' });
  });

  it('made no request off its own origin and logged no errors', () => {
    const { watch } = shared;
    expect(watch.offOrigin).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
