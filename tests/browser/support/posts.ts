/** Embassy posts: those the map shows, and those the compiled data has. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root } from './paths';

/** Countries of the posts drawn on the map, alone or inside a cluster (the source holds only the shown posts). */
export const shownPostCountries = (page: Page) =>
  page.evaluate(async () => {
    const m = window.migratiekaart?.map;
    if (!m) throw new Error('map missing');
    const alone = m
      .queryRenderedFeatures({ layers: ['posts-open', 'posts-closed'] })
      .map((f) => String(f.properties?.iso3));
    type Leaves = (id: number, limit: number, offset: number) => Promise<{ properties: { iso3: string } }[]>;
    const source = m.getSource('posts') as unknown as { getClusterLeaves: Leaves };
    const clusters = m.queryRenderedFeatures({ layers: ['posts-clusters'] });
    const inClusters = await Promise.all(
      clusters.map(async (c) =>
        (await source.getClusterLeaves(Number(c.properties?.cluster_id), 1000, 0)).map((l) => l.properties.iso3),
      ),
    );
    return [...new Set([...alone, ...inClusters.flat()])].sort();
  });

/** Countries among `iso3s` that have a post, from the compiled posts file. */
export const postCountriesIn = (iso3s: readonly string[]) => {
  const posts = JSON.parse(readFileSync(join(root, 'public/geo/posts.geojson'), 'utf8')) as {
    features: { properties: { iso3: string } }[];
  };
  return [...new Set(posts.features.map((f) => f.properties.iso3).filter((c) => iso3s.includes(c)))].sort();
};
