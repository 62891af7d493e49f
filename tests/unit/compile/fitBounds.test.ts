/**
 * "Fit to selection" frames a country's largest part (by true area), the same
 * part its label sits on, with the box compiled into geo/countries.geojson.
 */
import bbox from '@turf/bbox';
import { describe, expect, it } from 'vitest';
import { compileAll } from '../../../src/compile/compile';
import { data2023, getWorld } from '../data/helpers';

const out = compileAll([{ year: 2023, data: data2023() }], getWorld());
const countries = out.countries;
const labels = out.labels;
const byIso3 = new Map(countries.features.map((f) => [f.properties.iso3, f]));

describe('fit_bounds', () => {
  it('frames mainland France, not France plus Guiana', () => {
    const [w, s, e, n] = byIso3.get('FRA')!.properties.fit_bounds;
    expect([w > -6, s > 41, e < 10, n < 52]).toEqual([true, true, true, true]);
  });

  it('is the whole country for a country in one piece', () => {
    const one = countries.features.filter((f) => f.geometry.type === 'Polygon');
    expect(one.length).toBeGreaterThan(50);
    for (const f of one) expect(f.properties.fit_bounds, f.properties.iso3 ?? '').toEqual(bbox(f));
  });

  it('lies within the country and holds its label: both use the same part', () => {
    for (const label of labels.features) {
      const f = byIso3.get(label.properties.iso3)!;
      const [w, s, e, n] = f.properties.fit_bounds;
      const [W, S, E, N] = bbox(f);
      const [x, y] = label.geometry.coordinates as [number, number];
      expect([w >= W, s >= S, e <= E, n <= N], `${label.properties.iso3} within`).toEqual([true, true, true, true]);
      // The label point is rounded to 0.001°.
      expect(x >= w - 0.001 && x <= e + 0.001 && y >= s - 0.001 && y <= n + 0.001, label.properties.iso3).toBe(true);
    }
  });
});
