/** Embassy posts: those the map shows, and those the compiled data has. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root } from './paths';

/** Countries of the posts drawn on the map and not hidden by the programme filter. */
export const shownPostCountries = (page: Page) =>
  page.evaluate(() => {
    const m = window.migratiekaart?.map;
    if (!m) throw new Error('map missing');
    const shown = m
      .queryRenderedFeatures({ layers: ['posts-open', 'posts-closed'] })
      .filter((f) => f.state?.hidden !== true)
      .map((f) => String(f.properties?.iso3));
    return [...new Set(shown)].sort();
  });

/** Countries among `iso3s` that have a post, from the compiled posts file. */
export const postCountriesIn = (iso3s: readonly string[]) => {
  const posts = JSON.parse(readFileSync(join(root, 'public/geo/posts.geojson'), 'utf8')) as {
    features: { properties: { iso3: string } }[];
  };
  return [...new Set(posts.features.map((f) => f.properties.iso3).filter((c) => iso3s.includes(c)))].sort();
};
