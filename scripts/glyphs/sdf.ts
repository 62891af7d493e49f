/**
 * A glyph's outline to the signed distance field MapLibre's glyph PBFs carry:
 * rasterise the path with 4x4 supersampling (nonzero winding), then the
 * Felzenszwalb-Huttenlocher distance transform with the same parameters as
 * MapLibre's own TinySDF (radius 8, cutoff 0.25, a 3 px border), so labels
 * look as they did when the browser drew them. Pure: no canvas, no native code.
 */

export type PathCommand =
  | { type: 'M' | 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

/** MapLibre's glyph PBF border (GLYPH_PBF_BORDER) and SDF parameters. */
export const BORDER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
const INF = 1e20;
const SUPER = 4;

type Pt = [number, number];

/** A typed array's value (strict index access says it may be undefined; inside the bounds it never is). */
const at = (a: ArrayLike<number>, i: number): number => a[i] ?? 0;

/** Outlines as closed polygons, curves flattened to short segments (y grows downwards, as in the path). */
export function flatten(commands: readonly PathCommand[]): Pt[][] {
  const rings: Pt[][] = [];
  let ring: Pt[] = [];
  let cur: Pt = [0, 0];
  const close = () => {
    if (ring.length > 2) rings.push(ring);
    ring = [];
  };
  for (const c of commands) {
    if (c.type === 'M') {
      close();
      cur = [c.x, c.y];
      ring.push(cur);
    } else if (c.type === 'L') {
      cur = [c.x, c.y];
      ring.push(cur);
    } else if (c.type === 'Q') {
      const [x0, y0] = cur;
      for (let i = 1; i <= 8; i++) {
        const t = i / 8;
        const u = 1 - t;
        ring.push([u * u * x0 + 2 * u * t * c.x1 + t * t * c.x, u * u * y0 + 2 * u * t * c.y1 + t * t * c.y]);
      }
      cur = [c.x, c.y];
    } else if (c.type === 'C') {
      const [x0, y0] = cur;
      for (let i = 1; i <= 12; i++) {
        const t = i / 12;
        const u = 1 - t;
        const a = u * u * u;
        const b = 3 * u * u * t;
        const d = 3 * u * t * t;
        const e = t * t * t;
        ring.push([a * x0 + b * c.x1 + d * c.x2 + e * c.x, a * y0 + b * c.y1 + d * c.y2 + e * c.y]);
      }
      cur = [c.x, c.y];
    } else close();
  }
  close();
  return rings;
}

/** Coverage (0..1) of each pixel of a w x h box whose top-left is (x0, y0) in path coordinates. */
export function rasterise(rings: Pt[][], x0: number, y0: number, w: number, h: number): Float64Array {
  const cover = new Float64Array(w * h);
  const step = 1 / SUPER;
  for (let sy = 0; sy < h * SUPER; sy++) {
    const y = y0 + (sy + 0.5) * step;
    // Crossings of this scanline with every edge, with the edge's direction (nonzero rule).
    const xs: Array<[number, number]> = [];
    for (const ring of rings) {
      ring.forEach(([ax, ay], i) => {
        const [bx, by] = ring[(i + 1) % ring.length] ?? [ax, ay];
        if (ay <= y === by <= y) return;
        xs.push([ax + ((y - ay) / (by - ay)) * (bx - ax), by > ay ? 1 : -1]);
      });
    }
    xs.sort((a, b) => a[0] - b[0]);
    let winding = 0;
    xs.forEach(([x, dir], i) => {
      winding += dir;
      const next = xs[i + 1];
      if (winding === 0 || !next) return;
      // Sub-samples between this crossing and the next are inside.
      const from = Math.max(0, Math.ceil((x - x0) / step - 0.5));
      const to = Math.min(w * SUPER - 1, Math.floor((next[0] - x0) / step - 0.5));
      const row = Math.floor(sy / SUPER) * w;
      for (let sx = from; sx <= to; sx++)
        cover[row + Math.floor(sx / SUPER)] = at(cover, row + Math.floor(sx / SUPER)) + 1 / (SUPER * SUPER);
    });
  }
  return cover;
}

/** 1D squared distance transform of f (Felzenszwalb & Huttenlocher), in place over a strided line. */
function edt1d(
  grid: Float64Array,
  offset: number,
  stride: number,
  length: number,
  f: Float64Array,
  v: Uint16Array,
  z: Float64Array,
) {
  v[0] = 0;
  z[0] = -INF;
  z[1] = INF;
  f[0] = at(grid, offset);
  for (let q = 1, k = 0, s = 0; q < length; q++) {
    f[q] = at(grid, offset + q * stride);
    const q2 = q * q;
    do {
      const r = at(v, k);
      s = (at(f, q) - at(f, r) + q2 - r * r) / (q - r) / 2;
    } while (s <= at(z, k) && --k > -1);
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = INF;
  }
  for (let q = 0, k = 0; q < length; q++) {
    while (at(z, k + 1) < q) k++;
    const r = at(v, k);
    const qr = q - r;
    grid[offset + q * stride] = at(f, r) + qr * qr;
  }
}

function edt(grid: Float64Array, width: number, height: number) {
  const n = Math.max(width, height);
  const f = new Float64Array(n);
  const v = new Uint16Array(n);
  const z = new Float64Array(n + 1);
  for (let x = 0; x < width; x++) edt1d(grid, x, width, height, f, v, z);
  for (let y = 0; y < height; y++) edt1d(grid, y * width, 1, width, f, v, z);
}

/**
 * The SDF bitmap of a coverage image of w x h pixels, with BORDER pixels added
 * on every side: 255 deep inside, 192 on the outline, falling off over RADIUS px.
 */
export function sdfOf(cover: Float64Array, w: number, h: number): Uint8Array {
  const width = w + 2 * BORDER;
  const height = h + 2 * BORDER;
  const outer = new Float64Array(width * height).fill(INF);
  const inner = new Float64Array(width * height);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const a = Math.min(1, at(cover, y * w + x));
      if (a === 0) continue;
      const k = (y + BORDER) * width + x + BORDER;
      if (a === 1) {
        outer[k] = 0;
        inner[k] = INF;
      } else {
        const d = 0.5 - a;
        outer[k] = d > 0 ? d * d : 0;
        inner[k] = d < 0 ? d * d : 0;
      }
    }
  }
  edt(outer, width, height);
  edt(inner, width, height);
  const out = new Uint8Array(width * height);
  for (let i = 0; i < out.length; i++) {
    const d = Math.sqrt(at(outer, i)) - Math.sqrt(at(inner, i));
    out[i] = Math.max(0, Math.min(255, Math.round(255 - 255 * (d / RADIUS + CUTOFF))));
  }
  return out;
}
