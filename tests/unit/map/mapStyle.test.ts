import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { classOf, computeCountryStates, fillStateChanges } from '../../../src/map/countryStates';
import { labelField, labelTextFields } from '../../../src/map/labelLanguage';
import { countriesByIso3, outlineCollection, outlineRolesChanged, pointerCollection } from '../../../src/map/outlines';
import { hiddenPostIds, visibilityChanges } from '../../../src/map/postVisibility';
import { buildStyle } from '../../../src/map/style';
import { matchingCountries, visiblePostIds } from '../../../src/state/selectors';
import { realData, realFilters } from '../data/realData';

const d = realData();

function validate(style: object) {
  return validateStyleMin(style as never).map((e) => e.message);
}

describe('map style and its dynamic expressions', () => {
  it('the whole style validates with MapLibre’s style-spec validator, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) expect(validate(buildStyle(d, lang))).toEqual([]);
  });

  it('needs no glyph, sprite, tile or font server', () => {
    const style = buildStyle(d, 'nl') as unknown as Record<string, unknown>;
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style.sources)).not.toMatch(/https?:/);
  });

  it.each([
    ['post', d.posts.features, ['posts-open', 'posts-closed']],
    ['route', d.routes.features, ['routes-line', 'routes-line-nofigure']],
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

  it('the programme filter hides exactly the posts the summary does not count, for each programme', () => {
    const all = d.posts.features.map((f) => f.properties.id).sort();
    let narrowed = 0;
    let hiddenBefore = new Set<string>();
    for (const selected of [[], ...d.programmes.map((p) => [p.id]), ['prospects', 'compass'], []]) {
      const matching = matchingCountries(d.programmes, realFilters({ programmes: selected, year: 2023 }));
      const hidden = hiddenPostIds(d.posts, matching);
      const shown = all.filter((id) => !hidden.has(id));
      expect(shown, selected.join(',')).toEqual(visiblePostIds(d.posts, matching).sort());
      if (shown.length > 0 && shown.length < all.length) narrowed++;
      // The feature-state writes from the previous filter's state lead to exactly this one.
      const after = new Set(hiddenBefore);
      for (const [id, h] of visibilityChanges(hiddenBefore, hidden)) {
        if (h) after.add(id);
        else after.delete(id);
      }
      expect([...after].sort()).toEqual([...hidden].sort());
      hiddenBefore = hidden;
    }
    expect(narrowed).toBeGreaterThan(5);
  });

  it('hidden posts are drawn fully transparent, shown posts opaque', () => {
    const style = buildStyle(d, 'nl');
    for (const id of ['posts-open', 'posts-closed']) {
      const layer = style.layers.find((l) => l.id === id) as { paint: Record<string, unknown> };
      const opacities = Object.entries(layer.paint).filter(([k]) => k.endsWith('opacity'));
      expect(opacities.length, id).toBeGreaterThan(0);
      for (const [, value] of opacities) expect(JSON.stringify(value)).toContain('"feature-state","hidden"');
    }
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

describe('country feature-state', () => {
  it('choropleth classes: no data for the year, none, and 1-5', () => {
    expect(classOf({ kind: 'no-data-year' })).toBe(-1);
    expect(classOf({ kind: 'none' })).toBe(0);
    expect(classOf({ kind: 'count', value: 1, byGoal: {} })).toBe(1);
    expect(classOf({ kind: 'count', value: 4, byGoal: {} })).toBe(3);
    expect(classOf({ kind: 'count', value: 12, byGoal: {} })).toBe(5);
  });

  it('Prospects highlights its countries and dims all others; focus outlines follow the goal', () => {
    const s = computeCountryStates(
      d.countries,
      d.programmes,
      realFilters({ programmes: ['prospects'], goal: 'reception-in-region', year: 2023 }),
    );
    expect(s.get('JOR')).toMatchObject({ match: true, dim: false, focusReception: true, focusMigration: false });
    expect(s.get('NGA')).toMatchObject({ match: false, dim: true, focusReception: false, focusMigration: false });
    expect(s.get('NGA')?.activityClass).toBe(0);
    const both = computeCountryStates(d.countries, d.programmes, realFilters({ year: 2023 }));
    expect(both.get('EGY')).toMatchObject({
      focusReception: true,
      focusMigration: true,
      match: false,
      dim: false,
      activityClass: 5,
    });
    expect(both.get('ESH')).toMatchObject({ activityClass: 0, focusReception: false, focusMigration: false });
  });

  it('a filter change sets feature-state only on the countries whose fill changed', () => {
    const a = computeCountryStates(d.countries, d.programmes, realFilters({ year: 2023 }));
    const b = computeCountryStates(d.countries, d.programmes, realFilters({ year: 2023 }));
    expect(fillStateChanges(a, b)).toEqual([]);
    const prospects = computeCountryStates(
      d.countries,
      d.programmes,
      realFilters({ programmes: ['prospects'], year: 2023 }),
    );
    const changed = new Map(fillStateChanges(a, prospects));
    // Every country outside Prospects fades; its eight countries keep their fill.
    expect(changed.get('FRA')).toEqual({ activityClass: 0, dim: true });
    expect(changed.has('JOR')).toBe(false);
    expect(changed.size).toBe([...prospects.values()].filter((s) => s.dim).length);
  });
});

describe('outline sources: only the countries with a role', () => {
  const shapes = countriesByIso3(d.countries);
  const states = (selected: string[], goal: 'both' | 'reception-in-region' | 'migration-cooperation') =>
    computeCountryStates(d.countries, d.programmes, realFilters({ programmes: selected, goal, year: 2023 }));
  const withRole = (c: ReturnType<typeof outlineCollection>, role: 'focusReception' | 'focusMigration' | 'match') =>
    c.features
      .filter((f) => f.properties[role])
      .map((f) => f.id)
      .sort();

  it('holds each role exactly as the computed states say, with the country’s own geometry', () => {
    for (const [selected, goal] of [
      [[], 'both'],
      [['prospects'], 'reception-in-region'],
      [['prospects', 'compass'], 'both'],
      [['compass'], 'migration-cooperation'],
    ] as const) {
      const s = states([...selected], goal);
      const c = outlineCollection(shapes, s);
      for (const role of ['focusReception', 'focusMigration', 'match'] as const) {
        const expected = [...s].filter(([, v]) => v[role]).map(([iso3]) => iso3);
        expect(withRole(c, role), `${selected}/${goal}/${role}`).toEqual(expected.sort());
      }
      // No country without a role is drawn, and each keeps the countries file's shape.
      expect(
        c.features.every((f) => f.properties.focusReception || f.properties.focusMigration || f.properties.match),
      ).toBe(true);
      for (const f of c.features) expect(f.geometry).toBe(shapes.get(f.id)?.geometry);
    }
  });

  it('is a few dozen countries, not the world', () => {
    const c = outlineCollection(shapes, states(['prospects', 'compass'], 'both'));
    expect(c.features.length).toBeGreaterThan(8);
    expect(c.features.length).toBeLessThan(d.countries.features.length / 4);
  });

  it('knows when a filter change leaves every outline as it was', () => {
    const both = states([], 'both');
    expect(outlineRolesChanged(both, states([], 'both'))).toBe(false);
    expect(outlineRolesChanged(both, states(['prospects'], 'both'))).toBe(true);
    expect(outlineRolesChanged(both, states([], 'migration-cooperation'))).toBe(true);
    expect(outlineRolesChanged(new Map(), both)).toBe(true);
  });

  it('pointer: hover and selection, one feature when they are the same country', () => {
    expect(pointerCollection(shapes, null, null).features).toEqual([]);
    const two = pointerCollection(shapes, 'KEN', 'NGA').features.map((f) => [
      f.id,
      f.properties.hover,
      f.properties.selected,
    ]);
    expect(two).toEqual([
      ['KEN', true, false],
      ['NGA', false, true],
    ]);
    const one = pointerCollection(shapes, 'NGA', 'NGA').features;
    expect(one.map((f) => [f.id, f.properties.hover, f.properties.selected])).toEqual([['NGA', true, true]]);
    expect(pointerCollection(shapes, 'XXX', null).features).toEqual([]);
  });
});
