/**
 * Map icons rasterised at start-up in plain arithmetic: no sprite file, no request, no canvas.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { POST_CLOSED, ROUTE } from '../theme/palette';
import { FIGURE_STYLE, NO_FIGURE_STYLE, ROUTE_ARROW, ROUTE_ARROW_QUIET } from './layers/routes';

export interface Icon {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** An sRGB colour as 0-255 channels; `#rrggbb` only (the palette's form). */
function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const WHITE = '#ffffff';

/** How much of a pixel a shape covers from its signed distance (px, negative inside): a 1 px anti-aliased edge. */
const coverage = (signedDistance: number) => Math.min(1, Math.max(0, 0.5 - signedDistance));

/**
 * Rasterises layers of flat colour, each given as a signed distance (px) at a
 * pixel centre, painted in order like strokes and fills on a canvas. Done in
 * plain arithmetic instead of on a 2D canvas: the page's first 2D canvas costs
 * 10-160 ms to set up on the main thread during the map's load (measured,
 * docs/performance.md), and this takes well under a millisecond.
 */
function raster(size: number, layers: [string, (x: number, y: number) => number][]): Icon {
  const data = new Uint8ClampedArray(size * size * 4);
  const colours = layers.map(([hex]) => rgb(hex));
  // Plain loops without allocations: this runs once, unoptimised, during the map's load.
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // "Source over" in straight alpha, layer by layer.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let i = 0; i < layers.length; i++) {
        const c = coverage(layers[i]![1](x + 0.5, y + 0.5));
        if (c === 0) continue;
        const colour = colours[i]!;
        const out = c + a * (1 - c);
        const keep = (a * (1 - c)) / out;
        r = (colour[0] * c) / out + r * keep;
        g = (colour[1] * c) / out + g * keep;
        b = (colour[2] * c) / out + b * keep;
        a = out;
      }
      const o = (y * size + x) * 4;
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = b;
      data[o + 3] = a * 255;
    }
  }
  return { width: size, height: size, data };
}

/** Distance from (x, y) to the segment (ax, ay)-(bx, by); `butt`: 0 beyond its ends is measured across only. */
function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** A butt-capped line's signed distance: across the line inside its length, outside beyond its ends. */
function buttLine(x: number, y: number, ax: number, ay: number, bx: number, by: number, halfWidth: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  const along = ((x - ax) * dx + (y - ay) * dy) / len;
  const across = Math.abs((x - ax) * dy - (y - ay) * dx) / len;
  return Math.max(across - halfWidth, -along, along - len);
}

/** Closed post: white disc, thick dark ring and a cross: a shape, so it reads in greyscale too. */
export function closedPostIcon(color: string): Icon {
  const s = 32;
  const [c, r] = [s / 2, s / 2 - 2.5];
  const ring = (x: number, y: number) => Math.abs(Math.hypot(x - c, y - c) - r) - 2;
  const cross = (x: number, y: number) =>
    Math.min(
      buttLine(x, y, s * 0.3, s * 0.3, s * 0.7, s * 0.7, 1.75),
      buttLine(x, y, s * 0.7, s * 0.3, s * 0.3, s * 0.7, 1.75),
    );
  return raster(s, [
    [WHITE, (x, y) => Math.hypot(x - c, y - c) - r],
    [color, ring],
    [color, cross],
  ]);
}

/** A transparent square: a post's place in label placement (posts.ts, postsCollision). */
export function blankIcon(size: number): Icon {
  return { width: size, height: size, data: new Uint8ClampedArray(size * size * 4) };
}

/** The arrowhead in its square box: length and half its base, as parts of the side (the legends draw the same). */
export const ARROW_SHAPE = { length: 0.88, halfBase: 0.44 } as const;

/** Signed distance to a triangle (negative inside), without allocating: called for every pixel. */
function triangleDistance(x: number, y: number, p: readonly (readonly [number, number])[]): number {
  let d = Number.POSITIVE_INFINITY;
  let positive = 0;
  let negative = 0;
  for (let i = 0; i < 3; i++) {
    const a = p[i]!;
    const b = p[(i + 1) % 3]!;
    d = Math.min(d, segmentDistance(x, y, a[0], a[1], b[0], b[1]));
    const side = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
    if (side > 0) positive++;
    if (side < 0) negative++;
  }
  // Inside when on the same side of all three edges.
  return positive === 0 || negative === 0 ? -d : d;
}

/**
 * A route's arrowhead, pointing up (north before `icon-rotate`), its base on
 * the box's bottom edge where the line ends (`icon-anchor: bottom`). Drawn at
 * 64 px for a 32 CSS px box at 2x, so the largest (~30 px) is not blown up.
 * The white edge (2.5 px, round corners) keeps it apart from any fill, as the
 * line's casing does. `opacity` is drawn into the image (see `faded`).
 */
export function arrowIcon(color: string, opacity = 1): Icon {
  let opaque = opaqueArrows.get(color);
  if (!opaque) {
    opaque = opaqueArrow(color);
    opaqueArrows.set(color, opaque);
  }
  return faded(opaque, opacity);
}

/** Both arrow styles share one rasterised shape, each faded from a copy. */
const opaqueArrows = new Map<string, Icon>();

function opaqueArrow(color: string): Icon {
  const s = 64;
  const tri: [number, number][] = [
    [s * (0.5 - ARROW_SHAPE.halfBase), s - 3],
    [s * 0.5, s * (1 - ARROW_SHAPE.length)],
    [s * (0.5 + ARROW_SHAPE.halfBase), s - 3],
  ];
  const inside = (x: number, y: number) => triangleDistance(x, y, tri);
  return raster(s, [
    [WHITE, (x, y) => inside(x, y) - 2.5],
    [color, inside],
  ]);
}

/**
 * The icon with its alpha scaled, as `icon-opacity` would draw it. The arrows carry
 * their opacity in the image so every icon layer has a constant `icon-opacity` and
 * shares one GPU program (a per-feature opacity is another shader to compile).
 */
function faded(icon: Icon, opacity: number): Icon {
  const data = icon.data.slice();
  if (opacity < 1) for (let i = 3; i < data.length; i += 4) data[i] = Math.round(data[i]! * opacity);
  return { ...icon, data };
}

/** Draws the icon a layer asks for, the first time it asks (MapLibre's missing-image resolver). */
export function addMissingIcon(map: MapLibreMap, id: string): void {
  if (map.hasImage(id)) return;
  if (id === 'post-closed') map.addImage(id, closedPostIcon(POST_CLOSED), { pixelRatio: 2 });
  if (id === 'post-collision') map.addImage(id, blankIcon(16), { pixelRatio: 1 });
  if (id === ROUTE_ARROW) map.addImage(id, arrowIcon(ROUTE, FIGURE_STYLE.opacity), { pixelRatio: 2 });
  if (id === ROUTE_ARROW_QUIET) map.addImage(id, arrowIcon(ROUTE, NO_FIGURE_STYLE.opacity), { pixelRatio: 2 });
}
