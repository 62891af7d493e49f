/**
 * Posts that overlap are drawn as one numbered cluster. At the default view
 * of the report's 35 posts there are none; zoomed out to the whole world some
 * posts fall together. A click on a cluster, or the legend's cluster entry
 * from the keyboard, opens a panel that lists its posts; posts the programme
 * filter hides are neither counted nor listed; the legend explains clusters
 * only while some are drawn. Also: the programme list still toggles filters
 * from the keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FULL_HD, legendEntries, matchedOnMap, openApp, programme, sharedPage, waitForMapIdle } from './support';

/** As far out as the map goes (at 1920x1080 about zoom 1.7): Amman and Beirut fall together. */
const WORLD = '&map=0.8/30/20';

const shared = sharedPage(FULL_HD);

interface DrawnCluster {
  x: number;
  y: number;
  count: number;
  posts: string[];
  countries: string[];
}

/** Every cluster drawn, with its page position, count and posts (asked of the map as a click would). */
function drawnClusters(page: Page): Promise<DrawnCluster[]> {
  return page.evaluate(async () => {
    const hook = window.migratiekaart;
    if (!hook) throw new Error('map missing');
    const { map, controller } = hook;
    const box = map.getCanvas().getBoundingClientRect();
    const seen = new Set<number>();
    const out: DrawnCluster[] = [];
    for (const f of map.queryRenderedFeatures({ layers: ['posts-clusters'] })) {
      const id = Number(f.properties?.cluster_id);
      if (seen.has(id) || f.geometry.type !== 'Point') continue;
      seen.add(id);
      const p = map.project(f.geometry.coordinates as [number, number]);
      const hit = await controller.hitAt(p.x, p.y);
      const posts = hit?.kind === 'posts' ? hit.ids : [];
      type Leaves = (id: number, limit: number, offset: number) => Promise<{ properties: { iso3: string } }[]>;
      const source = map.getSource('posts') as unknown as { getClusterLeaves: Leaves };
      const leaves = await source.getClusterLeaves(id, 1000, 0);
      out.push({
        x: box.left + p.x,
        y: box.top + p.y,
        count: Number(f.properties?.point_count),
        posts,
        countries: [...new Set(leaves.map((l) => l.properties.iso3))].sort(),
      });
    }
    return out;
  });
}

/** The posts an open cluster panel lists, in its order. */
const listedIn = (panel: ReturnType<Page['locator']>) =>
  panel.locator('li[data-post]').evaluateAll((els) => els.map((e) => e.getAttribute('data-post') ?? ''));

/** Escape closes the panel. */
async function closePanel(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('aside.panel').waitFor({ state: 'detached' });
}

/** Posts drawn on their own (not in a cluster). */
const singlePosts = (page: Page) =>
  page.evaluate(() => {
    const m = window.migratiekaart?.map;
    if (!m) throw new Error('map missing');
    const f = m.queryRenderedFeatures({ layers: ['posts-open', 'posts-closed'] });
    return [...new Set(f.map((x) => String(x.properties?.id)))];
  });

describe('clusters of posts', () => {
  it('at the default view there is no cluster and the legend does not mention one', async () => {
    const { page } = shared;
    await openApp(page);
    expect(await drawnClusters(page)).toEqual([]);
    expect(await singlePosts(page)).toHaveLength(35);
    expect(await legendEntries(page)).not.toContain('post-cluster');
  });

  it('zoomed out, overlapping posts become clusters, the legend explains them, and a click lists the posts', async () => {
    const { page } = shared;
    await openApp(page, `?year=2023${WORLD}`);
    const clusters = await drawnClusters(page);
    expect(clusters.length).toBeGreaterThan(0);
    // Every post is drawn once: alone or inside one cluster.
    const inClusters = clusters.reduce((n, c) => n + c.count, 0);
    expect(inClusters + (await singlePosts(page)).length).toBe(35);
    await expect.poll(() => legendEntries(page)).toContain('post-cluster');

    const [first] = clusters;
    if (!first) return;
    await page.mouse.click(first.x, first.y);
    const panel = page.locator(`aside.panel .details[data-cluster="${first.count}"]`);
    await panel.waitFor();
    expect(await page.locator('#panel-heading').textContent()).toBe(`${first.count} posten bij elkaar`);
    const listed = await listedIn(panel);
    expect([...listed].sort()).toEqual([...first.posts].sort());
    expect(listed).toHaveLength(first.count);
    // A post in the list opens its own panel.
    await panel.getByRole('button').first().click();
    await page.locator(`aside.panel .details[data-post="${first.posts[0]}"]`).waitFor();
    await closePanel(page);
  });

  it('with a programme filter, hidden posts are neither counted nor listed in a cluster', async () => {
    const { page } = shared;
    await openApp(page, `?year=2023${WORLD}`);
    const before = await drawnClusters(page);
    expect(before.some((c) => c.posts.includes('amman') && c.posts.includes('beirut'))).toBe(true);
    // A programme in Jordan, not in Lebanon: Beirut's post is hidden.
    await programme(page, 'Steun aan de Jordaanse landbouwsector').check();
    await expect.poll(() => matchedOnMap(page)).toContain('JOR');
    const matched = await matchedOnMap(page);
    expect(matched).not.toContain('LBN');
    await waitForMapIdle(page);
    const after = await drawnClusters(page);
    const alone = await singlePosts(page);
    // Beirut is neither counted nor listed anywhere; Amman, now without it, stands alone.
    for (const c of after) {
      expect(c.posts).not.toContain('beirut');
      for (const iso3 of c.countries) expect(matched).toContain(iso3);
    }
    expect(alone).toContain('amman');
    expect(alone).not.toContain('beirut');
    const counted = after.reduce((n, c) => n + c.count, 0) + alone.length;
    const expected = await page.evaluate(async (m) => {
      const r = await fetch('geo/posts.geojson');
      const posts = (await r.json()) as { features: { properties: { iso3: string } }[] };
      return posts.features.filter((f) => m.includes(f.properties.iso3)).length;
    }, matched);
    expect(counted).toBe(expected);
    // Every cluster still drawn lists exactly what it counts.
    for (const c of after) {
      await page.mouse.click(c.x, c.y);
      const panel = page.locator('aside.panel .details[data-cluster]');
      await panel.waitFor();
      const listed = await listedIn(panel);
      expect(listed).toHaveLength(c.count);
      expect(listed).not.toContain('beirut');
      await closePanel(page);
    }
  });

  it('the keyboard reaches a cluster’s posts through the legend', async () => {
    const { page } = shared;
    await openApp(page, `?year=2023${WORLD}`);
    const clusters = await drawnClusters(page);
    const all = clusters.flatMap((c) => c.posts).sort();
    const button = page.locator('.legend [data-entry="post-cluster"] button');
    await button.waitFor();
    // Tab from the legend's summary to the button, as a keyboard user does.
    await page.locator('.legend summary').focus();
    for (let i = 0; i < 20; i++) {
      if (await button.evaluate((b) => b === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const panel = page.locator('aside.panel .details[data-cluster]');
    await panel.waitFor();
    const listed = await listedIn(panel);
    expect([...listed].sort()).toEqual(all);
    // Focus went to the panel's heading; Tab reaches the first post, Enter opens it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-heading');
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('li[data-post]'))) break;
    }
    const focusedPost = await page.evaluate(() =>
      document.activeElement?.closest('li[data-post]')?.getAttribute('data-post'),
    );
    expect(listed).toContain(focusedPost);
    await page.keyboard.press('Enter');
    await page.locator(`aside.panel .details[data-post="${focusedPost}"]`).waitFor();
    await page.keyboard.press('Escape');
  });

  it('the programme list toggles a filter from the keyboard', async () => {
    const { page } = shared;
    await openApp(page, '?year=2023');
    const box = programme(page, 'Prospects');
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(() => page.locator('.chips').textContent()).toContain('Prospects');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.chips button, .chips li').count()).toBeGreaterThan(1);
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(false);
  });
});
