/** posts.csv: unique ids and numbers, and each post inside its own country. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { DataError } from '../dataError';
import type { WorldArea } from '../world';
import { type CheckContext, csvRow, FileReport } from './context';

/**
 * Capitals on the coast can fall a little outside a generalised coastline
 * (Beirut, Copenhagen, New York). Such a post passes when it lies in no other
 * country and within this distance of its own.
 */
const COAST_TOLERANCE_KM = 25;

export function checkPosts(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('posts.csv'), ctx);
  const { posts } = ctx.data;
  report.unique(posts, (p) => p.id, 'id', csvRow);
  report.unique(posts, (p) => String(p.number), 'number', csvRow);
  posts.forEach((p, i) => {
    report.iso(csvRow(i), 'iso3', p.iso3);
    const own = ctx.areas.get(p.iso3);
    if (!own) return;
    const pt: [number, number] = [p.lon, p.lat];
    if (booleanPointInPolygon(pt, own.geometry)) return;
    const other = ctx.world.find((a) => a.iso3 !== p.iso3 && booleanPointInPolygon(pt, a.geometry));
    const km = distanceKm(pt, own);
    if (other || km > COAST_TOLERANCE_KM)
      report.add(csvRow(i), {
        field: 'lat,lon',
        value: `${p.lat},${p.lon}`,
        message: other
          ? `lies in ${other.iso3 ?? other.neName}, not in ${p.iso3}`
          : `lies ${Math.round(km)} km outside ${p.iso3} (more than ${COAST_TOLERANCE_KM} km)`,
        code: 'post-outside-country',
      });
  });
  return report.errors;
}

/** Shortest distance from a point to the area's boundary. */
function distanceKm(pt: [number, number], area: WorldArea): number {
  const lines = polygonToLine(area.geometry);
  const features = (lines.type === 'FeatureCollection' ? lines.features : [lines]) as Feature<
    LineString | MultiLineString
  >[];
  let best = Number.POSITIVE_INFINITY;
  for (const line of features) {
    const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
    for (const coords of parts) {
      if (coords.length < 2) continue;
      best = Math.min(
        best,
        pointToLineDistance(pt, { type: 'LineString', coordinates: coords }, { units: 'kilometers' }),
      );
    }
  }
  return best;
}
