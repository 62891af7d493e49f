/**
 * Framing: the padding that keeps a framed subject clear of the interface's
 * overlays, and what the first view frames (the countries with data).
 */
import { describe, expect, it } from 'vitest';
import { computeCountryStates } from '../../../src/map/countryStates';
import { countriesBounds, dataCountries, paddingFor, unionBounds, withSurroundings } from '../../../src/map/framing';
import { realData, realFilters } from '../data/realData';

const MAP = { left: 300, top: 100, right: 1900, bottom: 1000 }; // 1600 x 900

describe('paddingFor', () => {
  it('only a margin when nothing covers the map', () => {
    const p = paddingFor(MAP, []);
    expect(p.left).toBe(p.right);
    expect(p.top).toBe(p.bottom);
    expect(p.left).toBeGreaterThan(0);
    expect(p.left).toBeLessThan(200);
  });

  it('a tall legend in the bottom-left corner pushes the left side (the cheaper strip), by its width', () => {
    const legend = { left: 310, top: 600, right: 630, bottom: 990 };
    const p = paddingFor(MAP, [legend]);
    const margin = paddingFor(MAP, []);
    expect(p.left).toBeGreaterThanOrEqual(330);
    expect(p.bottom).toBeLessThanOrEqual(margin.bottom);
  });

  it('a wide scene card at the top pushes the top; a bar at the bottom right the bottom', () => {
    const card = { left: 320, top: 120, right: 1050, bottom: 420 };
    const bar = { left: 1500, top: 930, right: 1880, bottom: 990 };
    const p = paddingFor(MAP, [card, bar]);
    expect(p.top).toBeGreaterThanOrEqual(320);
    expect(p.bottom).toBeGreaterThanOrEqual(70);
  });

  it('ignores what lies beside the map (a side panel in its own column)', () => {
    expect(paddingFor(MAP, [{ left: 1900, top: 100, right: 2300, bottom: 1000 }])).toEqual(paddingFor(MAP, []));
  });

  it('always leaves at least a quarter of the map free, even under a sheet taller than the map', () => {
    const sheet = { left: 300, top: 150, right: 1900, bottom: 1000 };
    const p = paddingFor(MAP, [sheet]);
    expect(900 - p.top - p.bottom).toBeGreaterThan(0.2 * 900);
  });
});

describe('what the first view frames', () => {
  const d = realData();

  it('2023, both goals: the countries with activities or a focus role, Colombia to Pakistan, not the world', () => {
    const states = computeCountryStates(d.countries, d.programmes, realFilters({ year: 2023 }));
    const iso3s = dataCountries(states);
    expect(iso3s).toEqual(expect.arrayContaining(['COL', 'NGA', 'PAK', 'GMB', 'MDA', 'NER']));
    expect(iso3s).not.toContain('USA');
    const [w, s, e, n] = countriesBounds(d.countries, iso3s)!;
    expect(w).toBeGreaterThan(-82);
    expect(e).toBeLessThan(80);
    expect(s).toBeGreaterThan(-15);
    expect(n).toBeLessThan(60);
  });

  it('a programme filter frames its countries', () => {
    const states = computeCountryStates(
      d.countries,
      d.programmes,
      realFilters({ year: 2023, programmes: ['compass'] }),
    );
    const compass = [...states].filter(([, s]) => s.match).map(([iso3]) => iso3);
    expect(compass).toContain('NGA');
    expect(dataCountries(states)).toEqual(expect.arrayContaining(compass));
  });

  it('boxes: union, and a country grown to show its neighbours', () => {
    expect(unionBounds([])).toBeNull();
    expect(
      unionBounds([
        [0, 0, 1, 1],
        [-5, 2, 0, 8],
      ]),
    ).toEqual([-5, 0, 1, 8]);
    const [w, s, e, n] = withSurroundings([2.7, 4.3, 14.6, 13.9]);
    expect(w).toBeLessThan(-3);
    expect(e).toBeGreaterThan(20);
    expect(s).toBeLessThan(0);
    expect(n).toBeGreaterThan(18);
  });
});
