/**
 * A route's hand-placed `path` (data/<year>/routes.yaml, schematic) as a
 * smooth flow line: a centripetal Catmull-Rom spline through the points,
 * computed in Web Mercator so it is smooth as drawn on the map, with its end
 * cut back where the arrowhead starts, the screen bearing of that last step
 * for the arrowhead, and the middle of the curve for the figure's label.
 * docs/design.md, "Routes".
 */
import type { Position } from 'geojson';

type XY = [number, number];

/** Points per path segment: at zoom 6 a segment of ~700 px still turns by under 3 degrees a step. */
export const SAMPLES_PER_SEGMENT = 24;

/** The zoom at which the arrowhead's tip lands on the path's last point (first view ~2.3, close-ups ~4-5). */
export const ARROW_REFERENCE_ZOOM = 3;
/** How far (px at the reference zoom) the line stops short of the last point: the arrowhead fills the gap. */
export const ARROW_GAP_PX = 12;

/** The latitude where Web Mercator's square world ends: the map draws nothing nearer a pole. */
const MAX_LAT = 85.051129;

/** Web Mercator, 0..1 both ways, y down (as MapLibre's MercatorCoordinate and the screen). */
export function toMercator([lon, lat]: Position): XY {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat ?? 0)) * Math.PI) / 180;
  return [((lon ?? 0) + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

export function fromMercator([x, y]: XY): [number, number] {
  const lat = (Math.atan(Math.exp((1 - 2 * y) * Math.PI)) * 360) / Math.PI - 90;
  return [round(x * 360 - 180), round(lat)];
}

/** Five decimals: ~1 m, far below a pixel at any zoom the map allows. */
const round = (v: number) => Math.round(v * 1e5) / 1e5;

const sub = (a: XY, b: XY): XY => [a[0] - b[0], a[1] - b[1]];
const dist = (a: XY, b: XY) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const lerp = (a: XY, b: XY, t: number): XY => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/**
 * Centripetal Catmull-Rom (alpha 0.5) through every point: it passes through
 * each hand-placed point, never loops or overshoots between close points, and
 * its direction changes continuously. The ends are mirrored, so the curve
 * leaves the first point and reaches the last along the path's own direction.
 */
export function smoothThrough(points: XY[], samples = SAMPLES_PER_SEGMENT): XY[] {
  if (points.length < 3) return points.map((p) => [p[0], p[1]]);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const padded: XY[] = [lerp(points[1]!, first, 2), ...points, lerp(points[points.length - 2]!, last, 2)];
  const out: XY[] = [first];
  for (let i = 1; i < padded.length - 2; i++) {
    const [p0, p1, p2, p3] = [padded[i - 1]!, padded[i]!, padded[i + 1]!, padded[i + 2]!];
    const t1 = Math.sqrt(dist(p0, p1)) || 1e-9;
    const t2 = t1 + (Math.sqrt(dist(p1, p2)) || 1e-9);
    const t3 = t2 + (Math.sqrt(dist(p2, p3)) || 1e-9);
    for (let s = 1; s <= samples; s++) {
      const t = t1 + ((t2 - t1) * s) / samples;
      const a1 = lerp(p0, p1, t / t1);
      const a2 = lerp(p1, p2, (t - t1) / (t2 - t1));
      const a3 = lerp(p2, p3, (t - t2) / (t3 - t2));
      const b1 = lerp(a1, a2, t / t2);
      const b2 = lerp(a2, a3, (t - t1) / (t3 - t1));
      out.push(lerp(b1, b2, (t - t1) / (t2 - t1)));
    }
  }
  return out;
}

function length(line: XY[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) sum += dist(line[i - 1]!, line[i]!);
  return sum;
}

/** The line up to `at` (a distance along it), ending exactly there. */
function cutAt(line: XY[], at: number): XY[] {
  const out: XY[] = [line[0]!];
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const step = dist(line[i - 1]!, line[i]!);
    if (walked + step >= at) {
      out.push(lerp(line[i - 1]!, line[i]!, step > 0 ? (at - walked) / step : 0));
      return out;
    }
    walked += step;
    out.push(line[i]!);
  }
  return out;
}

/** Degrees clockwise from north (screen up) of the step from a to b. */
export function screenBearing(a: XY, b: XY): number {
  const [dx, dy] = sub(b, a);
  const deg = (Math.atan2(dx, -dy) * 180) / Math.PI;
  return Math.round(((deg + 360) % 360) * 10) / 10;
}

export interface RouteCurve {
  /** The smooth line, [lon, lat], from the first path point to the arrowhead's base. */
  line: [number, number][];
  /** Where the arrowhead's base sits and which way (degrees clockwise from north, on screen) it points. */
  arrow: { at: [number, number]; bearing: number };
  /**
   * The middle of the curve, and the screen direction (x right, y down, unit
   * length) its label moves off the line: the outer side of the bend, where
   * the curve leaves room.
   */
  label: { at: [number, number]; side: [number, number] };
}

export function routeCurve(path: Position[]): RouteCurve {
  const smooth = smoothThrough(path.map(toMercator));
  const gap = ARROW_GAP_PX / (512 * 2 ** ARROW_REFERENCE_ZOOM);
  const total = length(smooth);
  // A short line keeps at least two thirds of itself: the arrowhead never eats the route.
  const line = cutAt(smooth, Math.max(total - gap, (total * 2) / 3));
  const end = line[line.length - 1]!;
  const beforeEnd = cutAt(smooth, Math.max(length(line) - gap / 4, 0));
  const middle = cutAt(smooth, total / 2);
  const mid = middle[middle.length - 1]!;
  const tangent = sub(mid, cutAt(smooth, total / 2 - total / 50).at(-1)!);
  const n = Math.hypot(tangent[0], tangent[1]) || 1;
  let side: XY = [-tangent[1] / n, tangent[0] / n];
  // Outer side of the bend: away from the chord between the ends.
  const chordMid = lerp(smooth[0]!, smooth[smooth.length - 1]!, 0.5);
  const bulge = sub(mid, chordMid);
  const outward = bulge[0] * side[0] + bulge[1] * side[1];
  // A nearly straight line: the label goes east of it (or south of an east-west one).
  if (outward < 0 || (Math.abs(outward) < 1e-9 && side[0] + side[1] < 0)) side = [-side[0], -side[1]];
  return {
    line: line.map(fromMercator),
    arrow: { at: fromMercator(end), bearing: screenBearing(beforeEnd[beforeEnd.length - 1]!, end) },
    label: { at: fromMercator(mid), side: [round(side[0]), round(side[1])] },
  };
}
