/**
 * The map style built from the real data: it validates, needs no server, and
 * draws each post and route once; labels follow the language.
 */
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { labelField, labelTextFields } from '../../../src/map/labelLanguage';
import { shownPosts } from '../../../src/map/postVisibility';
import { buildStyle } from '../../../src/map/style';
import { matchingCountries, visiblePostIds } from '../../../src/state/selectors';
import { MAP_FONT_STACK } from '../../../src/theme/font';
import { realData, realFilters } from '../data/realData';

const d = realData();

function validate(style: object) {
  return validateStyleMin(style as never).map((e) => e.message);
}

describe('map style and its dynamic expressions', () => {
  it('the whole style validates with MapLibre’s style-spec validator, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) expect(validate(buildStyle(d, lang))).toEqual([]);
  });

  it('needs no sprite, tile or font server: glyphs come from the app itself', () => {
    const style = buildStyle(d, 'nl') as unknown as Record<string, unknown>;
    // Relative: the glyph ranges the build wrote to public/fonts, on the page's own origin.
    expect(style.glyphs).toBe('fonts/{fontstack}/{range}.pbf');
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style.sources)).not.toMatch(/https?:/);
  });

  it('every layer with text draws it in the shipped typeface', () => {
    const withText = buildStyle(d, 'nl').layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field']);
    expect(withText.map((l) => l.id).sort()).toEqual([
      'context-labels',
      'labels',
      'posts-cluster-count',
      'routes-marks',
    ]);
    for (const l of withText) expect(l.type === 'symbol' && l.layout?.['text-font'], l.id).toEqual(MAP_FONT_STACK);
  });

  it.each([
    ['post', d.posts.features, ['posts-open', 'posts-closed']],
    ['route', d.routes.features, ['routes-line']],
  ] as const)('every %s is drawn by exactly one of its layers', (_, features, ids) => {
    const style = buildStyle(d, 'nl');
    const filters = ids.map((id) => {
      const index = style.layers.findIndex((l) => l.id === id);
      const layer = style.layers[index] as { filter?: unknown };
      return featureFilter(layer.filter as never, `layers[${index}].filter`);
    });
    for (const f of features) {
      const feature = { type: 1, properties: f.properties as never, geometry: [] };
      const drawnBy = filters.filter((ff) => ff.filter({ zoom: 3 }, feature as never)).length;
      expect(drawnBy, JSON.stringify(f.properties)).toBe(1);
    }
  });

  it('the posts source holds exactly the posts the summary counts, for each programme', () => {
    let narrowed = 0;
    for (const selected of [[], ...d.programmes.map((p) => [p.id]), ['prospects', 'compass'], []]) {
      const matching = matchingCountries(d.programmes, realFilters({ programmes: selected, year: 2023 }));
      const shown = shownPosts(d.posts, matching).features.map((f) => f.properties.id);
      expect(shown.sort(), selected.join(',')).toEqual(visiblePostIds(d.posts, matching).sort());
      if (shown.length > 0 && shown.length < d.posts.features.length) narrowed++;
    }
    expect(narrowed).toBeGreaterThan(5);
    // No filter: the very same collection, so the source is not sent again.
    expect(shownPosts(d.posts, null)).toBe(shownPosts(d.posts, null));
  });

  it('posts are clustered only where they would overlap, and single posts are never drawn as a cluster', () => {
    const style = buildStyle(d, 'nl');
    expect(style.sources.posts).toMatchObject({ cluster: true, clusterRadius: 7 });
    for (const id of ['posts-open', 'posts-closed', 'posts-collision'])
      expect(JSON.stringify(style.layers.find((l) => l.id === id)), id).toContain('"!",["has","point_count"]');
  });

  it('the largest source is the last the map hands its worker, so the small ones draw (and compile) meanwhile', () => {
    const sources = Object.entries(buildStyle(d, 'nl').sources);
    const size = ([, spec]: (typeof sources)[number]) =>
      JSON.stringify((spec as { data?: unknown }).data ?? null).length;
    const largest = sources.reduce((a, b) => (size(b) > size(a) ? b : a));
    expect(largest[0]).toBe('countries');
    expect(sources.at(-1)?.[0]).toBe(largest[0]);
  });

  it('label field follows the language', () => {
    expect(labelField('en')).toEqual(['get', 'name_en']);
    expect(labelField('nl')).toEqual(['get', 'name_nl']);
  });

  it('the start style names every label layer in its language, as a language change would', () => {
    for (const lang of ['nl', 'en'] as const) {
      const style = buildStyle(d, lang);
      for (const [id, field] of labelTextFields(lang)) {
        const layer = style.layers.find((l) => l.id === id) as { layout?: Record<string, unknown> };
        expect(layer.layout?.['text-field'], `${lang}/${id}`).toEqual(field);
      }
    }
  });
});
