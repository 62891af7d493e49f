/**
 * What a framing camera move fits, and into which part of the map: the
 * countries with data for the view (or one country), fitted into the map
 * rectangle minus whatever the interface lays over it (panel, sheet, scene
 * card, legend, controls). Pure, so it is unit-tested without a DOM or WebGL.
 */
import type { CountriesGeo } from '../data/types';
import type { Bounds } from './camera';
import type { CountryState } from './countryStates';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** Breathing room around a framed subject, as a share of the free area (the review asks ~15% for scenes). */
const MARGIN_SHARE = 0.07;
/** The free area never shrinks below this share of the map in either direction (MapLibre needs room to fit). */
const MIN_FREE_SHARE = 0.25;

/**
 * The padding that keeps a framed subject clear of the overlays: each overlay
 * that covers part of the map pushes the side it is docked to (the side whose
 * strip costs the least map area), then a margin is added inside what is left.
 */
export function paddingFor(map: Rect, overlays: readonly Rect[]): Padding {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  if (width <= 0 || height <= 0) return NO_PADDING;
  const pad = { ...NO_PADDING };
  for (const o of overlays) {
    const l = Math.max(o.left, map.left);
    const r = Math.min(o.right, map.right);
    const t = Math.max(o.top, map.top);
    const b = Math.min(o.bottom, map.bottom);
    if (r <= l || b <= t) continue;
    // The strip each side would need to clear this overlay, and the map area it costs.
    const options: [keyof Padding, number, number][] = [
      ['left', r - map.left, (r - map.left) * height],
      ['right', map.right - l, (map.right - l) * height],
      ['top', b - map.top, (b - map.top) * width],
      ['bottom', map.bottom - t, (map.bottom - t) * width],
    ];
    const [side, amount] = options.reduce((best, o) => (o[2] < best[2] ? o : best));
    pad[side] = Math.max(pad[side], amount);
  }
  // Never leave less than MIN_FREE_SHARE: shrink the larger side first.
  const clamp = (a: keyof Padding, b: keyof Padding, size: number) => {
    const over = pad[a] + pad[b] - size * (1 - MIN_FREE_SHARE);
    if (over <= 0) return;
    const [big, small] = pad[a] >= pad[b] ? [a, b] : [b, a];
    pad[big] = Math.max(0, pad[big] - over);
    if (pad[a] + pad[b] > size * (1 - MIN_FREE_SHARE)) pad[small] = size * (1 - MIN_FREE_SHARE) - pad[big];
  };
  clamp('left', 'right', width);
  clamp('top', 'bottom', height);
  const mx = (width - pad.left - pad.right) * MARGIN_SHARE;
  const my = (height - pad.top - pad.bottom) * MARGIN_SHARE;
  return {
    top: Math.round(pad.top + my),
    right: Math.round(pad.right + mx),
    bottom: Math.round(pad.bottom + my),
    left: Math.round(pad.left + mx),
  };
}

/** The smallest box holding all these boxes; null for none. */
export function unionBounds(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  return boxes.reduce<Bounds>(
    (u, b) => [Math.min(u[0], b[0]), Math.min(u[1], b[1]), Math.max(u[2], b[2]), Math.max(u[3], b[3])],
    [...boxes[0]!] as Bounds,
  );
}

/**
 * The countries a view's first picture must show: those the fill colours
 * (activities in a reporting year, programmes in another), those matching the
 * programme filter, and the focus countries; none: the caller keeps its camera.
 */
export function dataCountries(states: ReadonlyMap<string, CountryState>): string[] {
  const out: string[] = [];
  for (const [iso3, s] of states)
    if (s.fillClass > 0 || s.match || s.focusReception || s.focusMigration) out.push(iso3);
  return out.sort();
}

/** The box of these countries' largest parts (their compiled `fit_bounds`). */
export function countriesBounds(countries: CountriesGeo, iso3s: readonly string[]): Bounds | null {
  const wanted = new Set(iso3s);
  const boxes: Bounds[] = [];
  for (const f of countries.features) {
    const b = f.properties.fit_bounds;
    if (f.properties.iso3 && wanted.has(f.properties.iso3) && b) boxes.push(b as Bounds);
  }
  return unionBounds(boxes);
}

/** A country with its neighbours: its box grown by `factor` around its centre (the fiche's inset, a slide of one country). */
export function withSurroundings(b: Bounds, factor = 2.2, minSpan = 12): Bounds {
  const cx = (b[0] + b[2]) / 2;
  const cy = (b[1] + b[3]) / 2;
  const w = Math.max((b[2] - b[0]) * factor, minSpan) / 2;
  const h = Math.max((b[3] - b[1]) * factor, minSpan * 0.7) / 2;
  return [Math.max(-180, cx - w), Math.max(-80, cy - h), Math.min(180, cx + w), Math.min(84, cy + h)];
}
