/**
 * Routes as flows: each hand-placed path becomes a smooth curve that starts
 * where the path starts, keeps close to the path, and stops where its one
 * arrowhead begins, pointing along the curve's last direction.
 */
import { describe, expect, it } from 'vitest';
import {
  ARROW_GAP_PX,
  ARROW_REFERENCE_ZOOM,
  routeCurve,
  screenBearing,
  toMercator,
} from '../../../src/compile/routeCurves';
import { realData } from '../data/realData';

/** Pixels per Mercator unit at a zoom (512 px tiles, as MapLibre). */
const px = (zoom: number) => 512 * 2 ** zoom;
const mercDist = (a: number[], b: number[]) => {
  const [ax, ay] = toMercator(a);
  const [bx, by] = toMercator(b);
  return Math.hypot(ax - bx, ay - by);
};

/** Distance (Mercator units) from a point to a polyline. */
function toPolyline(p: number[], line: number[][]): number {
  const [x, y] = toMercator(p);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = toMercator(line[i - 1]!);
    const [bx, by] = toMercator(line[i]!);
    const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2));
    best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
  }
  return best;
}

function turns(line: number[][]): number[] {
  const m = line.map(toMercator);
  const out: number[] = [];
  for (let i = 2; i < m.length; i++) {
    const a = Math.atan2(m[i - 1]![1] - m[i - 2]![1], m[i - 1]![0] - m[i - 2]![0]);
    const b = Math.atan2(m[i]![1] - m[i - 1]![1], m[i]![0] - m[i - 1]![0]);
    const d = (Math.abs(b - a) * 180) / Math.PI;
    out.push(d > 180 ? 360 - d : d);
  }
  return out;
}

const d = realData();
const paths = new Map(d.routes.features.map((f) => [f.properties.id, f]));

describe('route curves (compiled into geo/routes.geojson)', () => {
  const routes = [...paths.values()];

  it.each(routes.map((f) => [f.properties.id, f] as const))('%s: a smooth curve ending at the arrow base', (_, f) => {
    const line = f.geometry.coordinates;
    expect(line.length, 'enough points to look smooth').toBeGreaterThanOrEqual(30);
    // Ends at the arrow's base.
    expect(line[line.length - 1]).toEqual(f.properties.arrow.at);
    // No step turns by more than 7 degrees: at zoom 5 the sharpest bend is a gentle curve.
    expect(Math.max(...turns(line))).toBeLessThan(7);
  });

  it('keeps within 40 px (at zoom 4) of the hand-placed path, and the arrow base lies just short of its last point', async () => {
    const yaml = await import('yaml');
    const fs = await import('node:fs');
    const source = yaml.parse(fs.readFileSync('data/2023/routes.yaml', 'utf8')) as {
      routes: { id: string; path: number[][] }[];
    };
    for (const r of source.routes) {
      const f = paths.get(r.id)!;
      const line = f.geometry.coordinates;
      expect(line[0], r.id).toEqual(r.path[0]);
      for (const p of line) expect(toPolyline(p, r.path) * px(4), r.id).toBeLessThan(40);
      // The gap the arrowhead fills: ARROW_GAP_PX at the reference zoom (less on a very short route).
      const gap = mercDist(f.properties.arrow.at, r.path[r.path.length - 1]!) * px(ARROW_REFERENCE_ZOOM);
      expect(gap, r.id).toBeGreaterThan(ARROW_GAP_PX / 2);
      expect(gap, r.id).toBeLessThanOrEqual(ARROW_GAP_PX + 0.5);
    }
  });
});

describe('any path the schema accepts', () => {
  it('gives finite coordinates: at a pole, on one repeated point, with two points', () => {
    for (const path of [
      [
        [0, 90],
        [10, -90],
      ],
      [
        [5, 5],
        [5, 5],
        [5, 5],
      ],
      [
        [-180, 0],
        [180, 10],
      ],
    ]) {
      const c = routeCurve(path);
      expect(JSON.stringify(c)).not.toMatch(/null|NaN|Infinity/);
      expect(c.line.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('arrow bearing', () => {
  it('is screen degrees clockwise from north', () => {
    expect(screenBearing([0.5, 0.5], [0.5, 0.4])).toBe(0);
    expect(screenBearing([0.5, 0.5], [0.6, 0.5])).toBe(90);
    expect(screenBearing([0.5, 0.5], [0.5, 0.6])).toBe(180);
    expect(screenBearing([0.5, 0.5], [0.4, 0.5])).toBe(270);
  });

  it('points along the last step of the curve, towards the destination', () => {
    const c = routeCurve([
      [0, 0],
      [10, 10],
      [20, 10],
    ]);
    // Arriving eastwards: the hand path's last leg runs due east.
    expect(c.arrow.bearing).toBeGreaterThan(80);
    expect(c.arrow.bearing).toBeLessThan(100);
    const line = c.line;
    const [a, b] = [toMercator(line[line.length - 2]!), toMercator(line[line.length - 1]!)];
    expect(Math.abs(screenBearing(a, b) - c.arrow.bearing)).toBeLessThan(3);
  });

  it('the Central Mediterranean arrives in Sicily heading north-east, the Silk Routes in Türkiye heading west', () => {
    const central = paths.get('central-mediterranean')!.properties.arrow.bearing;
    expect(central).toBeGreaterThan(20);
    expect(central).toBeLessThan(70);
    const silk = paths.get('afghanistan-iran-turkiye')!.properties.arrow.bearing;
    expect(silk).toBeGreaterThan(250);
    expect(silk).toBeLessThan(290);
  });
});
