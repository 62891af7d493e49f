/**
 * Routes as flows at 1920x1080 in 2023: each route ends in one arrowhead, the
 * Central Mediterranean's figure is written on the map ("158.000" in Dutch,
 * "158,000" after switching to English), and hovering its line names it, a
 * click opens its details. Writes a route close-up screenshot.
 */
import { describe, expect, it } from 'vitest';
import { FULL_HD, openApp, screenshot, sharedPage, waitForMapIdle } from './support';

const shared = sharedPage(FULL_HD, {}, ({ page }) => openApp(page, '?year=2023'));

interface RenderedMarks {
  field: unknown;
  labels: Record<string, { nl: string; en: string }>;
  arrows: string[];
}

function renderedMarks(page: typeof shared.page): Promise<RenderedMarks> {
  return page.evaluate(() => {
    const m = window.migratiekaart?.map;
    if (!m) throw new Error('map missing');
    const out: RenderedMarks = { field: m.getLayoutProperty('routes-marks', 'text-field'), labels: {}, arrows: [] };
    for (const f of m.queryRenderedFeatures({ layers: ['routes-marks'] })) {
      const p = f.properties ?? {};
      if (p.mark === 'label') out.labels[p.id] = { nl: p.label_nl, en: p.label_en };
      else out.arrows.push(String(p.id));
    }
    return out;
  });
}

describe('routes as flows (1920x1080, 2023)', () => {
  it('draws one arrowhead per route and writes the figures in Dutch', async () => {
    const { page } = shared;
    const marks = await renderedMarks(page);
    const routes = await page.evaluate(() =>
      [...new Set(window.migratiekaart?.map.querySourceFeatures('routes').map((f) => String(f.properties?.id)))].sort(),
    );
    expect(routes).toHaveLength(9);
    expect([...marks.arrows].sort()).toEqual(routes);
    expect(marks.field).toEqual(['get', 'label_nl']);
    expect(marks.labels['central-mediterranean']?.nl).toBe('ca. 158.000');
    expect(Object.keys(marks.labels).sort()).toEqual([
      'central-mediterranean',
      'eastern-mediterranean',
      'western-african',
    ]);
  });

  it('switches the figures to English with the interface', async () => {
    const { page } = shared;
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(async () => (await renderedMarks(page)).field).toEqual(['get', 'label_en']);
    await waitForMapIdle(page);
    const marks = await renderedMarks(page);
    expect(marks.labels['central-mediterranean']?.en).toBe('about 158,000');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(async () => (await renderedMarks(page)).field).toEqual(['get', 'label_nl']);
  });

  it('hovering the Central Mediterranean line names it, a click opens its details', async () => {
    const { page } = shared;
    await waitForMapIdle(page);
    const target = await page.evaluate(async () => {
      const hook = window.migratiekaart;
      if (!hook) throw new Error('map missing');
      const { controller: c, map } = hook;
      const canvas = map.getCanvas().getBoundingClientRect();
      const line = map
        .querySourceFeatures('routes')
        .find((f) => f.properties?.id === 'central-mediterranean')?.geometry;
      if (line?.type !== 'LineString') return null;
      // Points along the middle third of the curve, where neither the label nor the arrowhead is.
      const n = line.coordinates.length;
      for (let i = Math.floor(n / 3); i < (2 * n) / 3; i++) {
        const p = map.project(line.coordinates[i] as [number, number]);
        const x = canvas.left + p.x;
        const y = canvas.top + p.y;
        const onTop = document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas');
        const hit = await c.hitAt(p.x, p.y);
        if (onTop && hit?.kind === 'route' && hit.id === 'central-mediterranean') return { x, y };
      }
      return null;
    });
    expect(target, 'a clickable point on the Central Mediterranean line').not.toBeNull();
    if (!target) return;
    // Hovering names the route; a click opens it.
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => page.locator('.hover-tooltip').textContent()).toContain('Centrale Middellandse Zee');
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.locator('aside.panel .details[data-route="central-mediterranean"]').count()).toBe(1);
    expect(await page.locator('#panel-heading').textContent()).toBe('Centrale Middellandse Zee');
    await page.keyboard.press('Escape');
    await page.locator('aside.panel').waitFor({ state: 'detached' });
  });

  it('writes a close-up of the Mediterranean routes', async () => {
    const { page } = shared;
    await openApp(page, '?year=2023&map=4.3/36.5/17');
    const marks = await renderedMarks(page);
    expect(marks.labels['central-mediterranean']?.nl).toBe('ca. 158.000');
    const path = await screenshot(page, 'routes-mediterranean-1920x1080');
    const { size } = await import('node:fs').then((fs) => fs.statSync(path));
    expect(size).toBeGreaterThan(50_000);
  });
});
