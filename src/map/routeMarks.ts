/**
 * The routes' marks source: one arrowhead per route at the compiled end of its
 * curve, and one label per route with a figure beside the middle of the curve
 * (src/compile/routeCurves.ts places both). The label text is the panel's own
 * ("ca. 158.000" / "about 158,000"): the same number formatting and hedge words.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { RoutesGeo } from '../data/types';
import { hedge } from '../i18n/hedge';
import { formatNumber } from '../i18n/numbers';
import type { Lang } from '../state/types';
import { routeWidthFor } from './layers/routes';

type TextAnchor = 'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export interface RouteMarkProperties {
  /** The route's id: a click or hover on a mark means the route. */
  id: string;
  mark: 'arrow' | 'label';
  detections_2023: number | null;
  bearing?: number;
  label_nl?: string;
  label_en?: string;
  anchor?: TextAnchor;
  /**
   * ems from the point towards the anchor's side (`text-radial-offset`). A
   * number, not an [x, y] pair: GeoJSON sources hand array properties to
   * expressions as JSON strings.
   */
  offset_em?: number;
}

export type RouteMarksGeo = FeatureCollection<Point, RouteMarkProperties>;

/** The text anchor that puts a label on the `side` (screen x right, y down) of its point. */
export function anchorFor([x, y]: [number, number]): TextAnchor {
  const angle = (Math.atan2(y, x) * 180) / Math.PI; // 0 = right, 90 = down
  const sector = Math.round((((angle % 360) + 360) % 360) / 45) % 8;
  return (['left', 'top-left', 'top', 'top-right', 'right', 'bottom-right', 'bottom', 'bottom-left'] as const)[sector]!;
}

/** Text size at the first view (routes.ts LABEL_SIZE), for the offset in ems. */
const LABEL_EM_PX = 13;

export function routeLabel(detections: number, qualifier: string | null, lang: Lang): string {
  return hedge(formatNumber(detections, lang), qualifier as Parameters<typeof hedge>[1], lang);
}

export function routeMarks(routes: RoutesGeo): RouteMarksGeo {
  const features: Feature<Point, RouteMarkProperties>[] = [];
  for (const f of routes.features) {
    const p = f.properties;
    if (!p.arrow || !p.figure_label) continue;
    const base = { id: p.id, detections_2023: p.detections_2023 };
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.arrow.at },
      properties: { ...base, mark: 'arrow', bearing: p.arrow.bearing },
    });
    if (p.detections_2023 === null) continue;
    const side = p.figure_label.side;
    // Clear of the line's half width and its casing, plus a little air.
    const away = (routeWidthFor(p.detections_2023) / 2 + 4) / LABEL_EM_PX;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.figure_label.at },
      properties: {
        ...base,
        mark: 'label',
        label_nl: routeLabel(p.detections_2023, p.qualifier, 'nl'),
        label_en: routeLabel(p.detections_2023, p.qualifier, 'en'),
        anchor: anchorFor(side),
        offset_em: away,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
