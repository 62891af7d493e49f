/**
 * Bounding box of a country's largest part, for "fit to selection" (France
 * fits to Europe, not to Europe plus Guiana).
 */
import type { CountriesGeo } from '../data/types';

export function countryBounds(countries: CountriesGeo, iso3: string): [number, number, number, number] | null {
  const f = countries.features.find((x) => x.properties.iso3 === iso3);
  if (!f) return null;
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best: [number, number, number, number] | null = null;
  let bestArea = -1;
  for (const poly of polygons) {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of poly[0] ?? []) {
      if (x === undefined || y === undefined) continue;
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
    const area = (e - w) * (n - s);
    if (Number.isFinite(area) && area > bestArea) [best, bestArea] = [[w, s, e, n], area];
  }
  return best;
}
