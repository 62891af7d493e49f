/**
 * Areas Natural Earth draws by who controls them, redrawn to the Dutch
 * position (README, "Boundary policy"):
 * - Crimea: Natural Earth (world-atlas 50m) draws it as a part of Russia. The
 *   Netherlands recognises it as Ukraine's, so the Russian polygon that holds
 *   Simferopol moves to Ukraine (the two share their edge at Perekop).
 * - The Golan Heights: drawn inside Israel, with no line of their own in the
 *   50m data. The Netherlands regards them as Syrian territory occupied by
 *   Israel, so the part of Israel east of the pre-1967 line (GOLAN_CUT, drawn
 *   here from the east shore of Lake Tiberias, the upper Jordan and Banias)
 *   moves to Syria.
 * Both are geometry operations (turf) on the cleaned areas, so highlights,
 * clicks, labels and "fit to selection" follow without further code.
 */

import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import difference from '@turf/difference';
import intersect from '@turf/intersect';
import union from '@turf/union';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const SIMFEROPOL: Position = [34.1, 44.95];

/**
 * West edge: the pre-1967 line (east shore of Lake Tiberias, upper Jordan,
 * Banias, the Lebanese border); the other edges lie well inside Syria, so the
 * cut takes from Israel exactly the Golan part Natural Earth gives it.
 */
const GOLAN_CUT: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [35.66, 32.6],
      [36.3, 32.6],
      [36.3, 33.6],
      [35.73, 33.6],
      [35.73, 33.34],
      [35.69, 33.25],
      [35.645, 33.2],
      [35.64, 33.1],
      [35.63, 33.0],
      [35.63, 32.91],
      [35.645, 32.87],
      [35.655, 32.8],
      [35.65, 32.73],
      [35.66, 32.685],
      [35.66, 32.6],
    ],
  ],
};

type Geometry = Polygon | MultiPolygon;
const geoFeature = (geometry: Geometry): Feature<Geometry> => ({ type: 'Feature', properties: {}, geometry });
const featureCollection = (features: Feature<Geometry>[]): FeatureCollection<Geometry> => ({
  type: 'FeatureCollection',
  features,
});
const polygons = (g: Geometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const fromPolygons = (list: Position[][][]): Geometry | null =>
  list.length === 0
    ? null
    : list.length === 1
      ? { type: 'Polygon', coordinates: list[0]! }
      : { type: 'MultiPolygon', coordinates: list };

function unite(a: Geometry, b: Geometry): Geometry {
  return union(featureCollection([geoFeature(a), geoFeature(b)]))?.geometry ?? a;
}

/** Returns the areas with Crimea in Ukraine and the Golan Heights in Syria; `clean` rounds the new rings. */
export function redrawDisputedAreas<T extends { iso3: string | null; geometry: Geometry }>(
  areas: T[],
  clean: (g: Geometry) => Geometry | null,
): T[] {
  const by = new Map(areas.map((a) => [a.iso3, a]));
  const replace = new Map<T, Geometry>();
  const rus = by.get('RUS');
  const ukr = by.get('UKR');
  if (rus && ukr) {
    const parts = polygons(rus.geometry);
    const crimea = parts.filter((p) => booleanPointInPolygon(SIMFEROPOL, { type: 'Polygon', coordinates: p }));
    const rest = fromPolygons(parts.filter((p) => !crimea.includes(p)));
    if (crimea.length > 0 && rest) {
      replace.set(rus, rest);
      replace.set(
        ukr,
        crimea.reduce<Geometry>((g, p) => unite(g, { type: 'Polygon', coordinates: p }), ukr.geometry),
      );
    }
  }
  const isr = by.get('ISR');
  const syr = by.get('SYR');
  if (isr && syr) {
    const golan = intersect(featureCollection([geoFeature(isr.geometry), geoFeature(GOLAN_CUT)]))?.geometry;
    const israel = difference(featureCollection([geoFeature(isr.geometry), geoFeature(GOLAN_CUT)]))?.geometry;
    if (golan && israel) {
      replace.set(isr, israel);
      replace.set(syr, unite(syr.geometry, golan));
    }
  }
  return areas.map((a) => {
    const g = replace.get(a);
    const cleaned = g && clean(g);
    return cleaned ? { ...a, geometry: cleaned } : a;
  });
}
