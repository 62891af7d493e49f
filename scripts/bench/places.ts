/** Where synthetic records may be put: countries on the map, and random points inside them. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import polylabel from 'polylabel';
import { isKnownIso3 } from '../../src/compile/countryNames';
import type { WorldArea } from '../../src/compile/world';
import type { Rng } from './random';

/** Countries a synthetic record may use: a boundary, a known code, not neutral. */
export function placeableAreas(world: WorldArea[]): Map<string, WorldArea> {
  return new Map(
    world
      .filter((a): a is WorldArea & { iso3: string } => !!a.iso3 && a.iso3 !== 'ESH' && isKnownIso3(a.iso3))
      .map((a) => [a.iso3, a]),
  );
}

/** A random point inside the country (rejection sampling in its largest part), or null. */
export function pointIn(area: WorldArea, r: Rng): [number, number] | null {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  const box = (ring: Position[]) => {
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
  };
  let largest = polygons[0]!;
  let largestSize = -1;
  for (const poly of polygons) {
    const [w, s, e, n] = box(poly[0] ?? []);
    if ((e - w) * (n - s) > largestSize) [largest, largestSize] = [poly, (e - w) * (n - s)];
  }
  const [w, s, e, n] = box(largest[0] ?? []);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const inside = (p: [number, number]) =>
    Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 85 && booleanPointInPolygon(p, area.geometry);
  for (let i = 0; i < 200; i++) {
    const p: [number, number] = [round(w + r.next() * (e - w)), round(s + r.next() * (n - s))];
    if (inside(p)) return p;
  }
  const at = polylabel(largest as [number, number][][], 0.01);
  const p: [number, number] = [round(at[0]!), round(at[1]!)];
  return inside(p) ? p : null;
}
