/**
 * The world boundaries the map draws: safe across the antimeridian (no band
 * across the map), well-formed rings, and the boundary policy of
 * shared/reference/routes-and-context.md ("Boundaries").
 */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fixRing, type WorldArea } from '../../../src/compile/world';
import { getWorld } from '../data/helpers';

const world = getWorld();

function rings(a: WorldArea): Position[][] {
  return a.geometry.type === 'Polygon' ? a.geometry.coordinates : a.geometry.coordinates.flat();
}
function only(iso3: string): WorldArea {
  const found = world.filter((a) => a.iso3 === iso3);
  expect(found, `areas with iso3 ${iso3}`).toHaveLength(1);
  return found[0]!;
}
function areasAt(lon: number, lat: number): (string | null)[] {
  return world.filter((a) => booleanPointInPolygon([lon, lat], a.geometry)).map((a) => a.iso3);
}
/** Largest longitude step between consecutive points, not counting steps along a pole. */
function largestLonJump(ring: Position[]): number {
  let max = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1]!;
    const b = ring[i]!;
    if (Math.abs(a[1]!) === 90 && a[1] === b[1]) continue;
    max = Math.max(max, Math.abs(b[0]! - a[0]!));
  }
  return max;
}
const km2 = (a: WorldArea) => area(a.geometry) / 1e6;

describe('antimeridian', () => {
  it('draws no ring with a jump of more than 180° longitude between consecutive points', () => {
    const bad = world.flatMap((a) =>
      rings(a)
        .filter((r) => largestLonJump(r) > 180)
        .map(() => a.iso3 ?? a.neName),
    );
    expect(bad).toEqual([]);
  });

  it.each(['RUS', 'FJI', 'ATA', 'USA', 'NZL', 'KIR'])('%s is on the map with continuous rings', (iso3) => {
    const a = only(iso3);
    for (const r of rings(a)) expect(largestLonJump(r)).toBeLessThanOrEqual(180);
  });

  it('keeps Chukotka whole across 180° instead of cutting it (Russia reaches past 180)', () => {
    const lons = rings(only('RUS')).flatMap((r) => r.map((p) => p[0]!));
    expect(Math.max(...lons)).toBeGreaterThan(180);
  });

  it('draws the Antarctic mainland down to the South Pole', () => {
    const ata = only('ATA');
    expect(km2(ata)).toBeGreaterThan(11_000_000);
    expect(areasAt(0, -85)).toEqual(['ATA']);
    expect(areasAt(100, -75)).toEqual(['ATA']);
  });
});

describe('rings', () => {
  it('closes every ring and gives it at least four positions', () => {
    const bad: string[] = [];
    for (const a of world) {
      for (const r of rings(a)) {
        const first = r[0];
        const last = r[r.length - 1];
        if (r.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1])
          bad.push(a.iso3 ?? a.neName);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has one area per ISO3 code', () => {
    const codes = world.flatMap((a) => (a.iso3 ? [a.iso3] : []));
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });
});

describe('boundary policy', () => {
  it('merges Somaliland into Somalia: Hargeisa lies in the one SOM area', () => {
    only('SOM');
    expect(areasAt(44.06, 9.56)).toEqual(['SOM']);
    expect(world.some((a) => a.neName === 'Somaliland')).toBe(false);
  });

  it('merges Northern Cyprus into Cyprus: north Nicosia lies in CYP', () => {
    only('CYP');
    expect(areasAt(33.36, 35.2)).toEqual(['CYP']);
  });

  it('keeps Western Sahara its own area ESH, also west of the berm', () => {
    only('ESH');
    only('MAR');
    expect(areasAt(-13.0, 24.5)).toEqual(['ESH']);
    expect(areasAt(-11.66, 26.74)).toEqual(['ESH']); // Smara
    expect(areasAt(-13.2, 27.15)).toEqual(['ESH']); // Laayoune
    expect(areasAt(-6.84, 34.02)).toEqual(['MAR']); // Rabat
    expect(areasAt(-9.6, 30.42)).toEqual(['MAR']); // Agadir
  });

  it('gives Morocco and Western Sahara their own sizes (about 447,000 and 266,000 km²)', () => {
    expect(km2(only('MAR'))).toBeGreaterThan(400_000);
    expect(km2(only('MAR'))).toBeLessThan(490_000);
    expect(km2(only('ESH'))).toBeGreaterThan(240_000);
    expect(km2(only('ESH'))).toBeLessThan(290_000);
  });

  it('draws Kosovo as XKX', () => {
    only('XKX');
    expect(areasAt(21.17, 42.66)).toEqual(['XKX']); // Pristina
  });

  it.each(['GMB', 'LBN', 'MLT', 'BHR'])('keeps small country %s as a polygon with area', (iso3) => {
    const a = only(iso3);
    expect(['Polygon', 'MultiPolygon']).toContain(a.geometry.type);
    expect(area(a.geometry)).toBeGreaterThan(0);
  });

  it('places every focus country on the map', () => {
    for (const iso3 of ['DZA', 'EGY', 'ETH', 'IRQ', 'MLI', 'NER', 'NGA', 'PAK', 'SDN', 'LBY', 'TUR']) {
      expect(area(only(iso3).geometry), iso3).toBeGreaterThan(0);
    }
  });
});

describe('fixRing', () => {
  it('gives a ring that crosses 180° continuous longitudes', () => {
    const ring: Position[] = [
      [179, -16],
      [-179, -16],
      [-179, -17],
      [179, -17],
      [179, -16],
    ];
    expect(fixRing(ring, 3)).toEqual([
      [179, -16],
      [181, -16],
      [181, -17],
      [179, -17],
      [179, -16],
    ]);
  });

  it('closes a ring that winds around the South Pole along the pole', () => {
    const ring: Position[] = [
      [-180, -70],
      [-90, -72],
      [0, -69],
      [90, -66],
      [180, -70],
    ];
    const out = fixRing(ring, 3);
    expect(out).not.toBeNull();
    expect(out!.slice(-4)).toEqual([
      [180, -70],
      [180, -90],
      [-180, -90],
      [-180, -70],
    ]);
    expect(out![0]).toEqual([-180, -70]);
    expect(largestLonJump(out!)).toBeLessThanOrEqual(180);
  });

  it('closes a ring around the North Pole at +90', () => {
    const ring: Position[] = [
      [170, 80],
      [-100, 81],
      [-10, 82],
      [80, 81],
      [170, 80],
    ];
    const out = fixRing(ring, 3)!;
    expect(out[0]).toEqual([170, 80]);
    expect(out[out.length - 1]).toEqual([170, 80]);
    expect(out.filter((p) => p[1] === 90)).toHaveLength(2);
    expect(largestLonJump(out)).toBeLessThanOrEqual(180);
  });

  it('closes an open ring', () => {
    const out = fixRing(
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
      3,
    );
    expect(out).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });

  it('rounds to the given decimals and drops repeated points', () => {
    const out = fixRing(
      [
        [0.00001, 0],
        [1, 0],
        [1.0001, 0.0001],
        [1, 1],
        [0, 0],
      ],
      3,
    );
    expect(out).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });

  it.each([
    [
      'a ring of two points',
      [
        [0, 0],
        [1, 1],
        [0, 0],
      ],
    ],
    [
      'a ring of collinear points',
      [
        [0, 0],
        [1, 1],
        [2, 2],
        [0, 0],
      ],
    ],
    [
      'a ring smaller than the rounding',
      [
        [0, 0],
        [0.0001, 0],
        [0.0001, 0.0001],
        [0, 0],
      ],
    ],
    ['an empty ring', []],
  ])('returns null for %s', (_, ring) => {
    expect(fixRing(ring as Position[], 3)).toBeNull();
  });
});
