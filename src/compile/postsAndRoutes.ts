/**
 * posts.geojson and routes.geojson: the edition's posts and routes as GeoJSON
 * with their sources and derived fields (README, "Data files").
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { DerivedFields } from '../model/derived';
import type { EditionData } from './editionFiles';
import { routeCurve } from './routeCurves';

/** A post's derived fields: those of every row ("*") and its own (edition.yaml csv_derived). */
function postDerived(d: EditionData, id: string): { derived?: DerivedFields } {
  const marks = d.edition.csv_derived?.['posts.csv'];
  const merged = { ...marks?.['*'], ...marks?.[id] };
  return Object.keys(merged).length > 0 ? { derived: merged } : {};
}

export function compilePosts(d: EditionData) {
  return {
    type: 'FeatureCollection',
    features: d.posts.map((p) => ({
      type: 'Feature',
      id: p.number,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        number: p.number,
        iso3: p.iso3,
        name_nl: p.city_nl,
        name_en: p.city_en,
        status: p.status,
        source: p.source,
        ...postDerived(d, p.id),
      },
    })),
  } satisfies FeatureCollection<Point>;
}

/**
 * Each route as its smoothed, schematic curve (routeCurves.ts) with where its
 * one arrowhead and its figure's label go; the hand-placed path stays in
 * routes.yaml.
 */
export function compileRoutes(d: EditionData) {
  return {
    type: 'FeatureCollection',
    features: d.routes.routes.map((r, i) => {
      const curve = routeCurve(r.path);
      return {
        type: 'Feature',
        id: i,
        geometry: { type: 'LineString', coordinates: curve.line },
        properties: {
          id: r.id,
          name_nl: r.name_nl,
          name_en: r.name_en,
          detections_2023: r.detections_2023,
          qualifier: r.qualifier,
          share_of_total_pct: r.share_of_total_pct,
          partial_nl: r.partial_nl,
          partial_en: r.partial_en,
          from: r.from,
          to: r.to,
          dialogue: r.dialogue,
          source: r.source,
          derived: r.derived,
          arrow: curve.arrow,
          figure_label: curve.label,
        },
      };
    }),
  } satisfies FeatureCollection<LineString>;
}
