/**
 * The glyph SDF: what MapLibre's shader reads as inside (255), the outline
 * (192) and outside (falling to 0 over 8 px), from a path rasterised without
 * a canvas.
 */
import { describe, expect, it } from 'vitest';
import { BORDER, flatten, rasterise, sdfOf } from '../../../../scripts/glyphs/sdf';

/** A closed rectangle path from (x0, y0) to (x1, y1); `clockwise: false` draws it the other way round. */
const rect = (x0: number, y0: number, x1: number, y1: number, clockwise = true) => {
  const corners = clockwise
    ? [
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ]
    : [
        [x0, y1],
        [x1, y1],
        [x1, y0],
      ];
  return [
    { type: 'M' as const, x: x0, y: y0 },
    ...corners.map(([x, y]) => ({ type: 'L' as const, x: x!, y: y! })),
    { type: 'Z' as const },
  ];
};

const square = flatten(rect(2, 2, 12, 12));

describe('glyph SDF', () => {
  it('rasterises a path by coverage: whole pixels inside, none outside, half on a half-covered edge', () => {
    const cover = rasterise(square, 0, 0, 14, 14);
    expect(cover[7 * 14 + 7]).toBeCloseTo(1);
    expect(cover[0]).toBe(0);
    const half = rasterise(flatten(rect(0, 0, 1.5, 1)), 0, 0, 2, 1);
    expect(half[1]).toBeCloseTo(0.5);
  });

  it('fills by the nonzero rule: a counter drawn the other way round stays empty (the hole of an o)', () => {
    const ring = flatten([...rect(0, 0, 10, 10), ...rect(3, 3, 7, 7, false)]);
    const cover = rasterise(ring, 0, 0, 10, 10);
    expect(cover[5 * 10 + 5]).toBe(0);
    expect(cover[1 * 10 + 1]).toBeCloseTo(1);
  });

  it('encodes distance as MapLibre expects: 255 deep inside, about 192 on the outline, lower outside, with a border', () => {
    const cover = rasterise(square, 0, 0, 14, 14);
    const sdf = sdfOf(cover, 14, 14);
    const width = 14 + 2 * BORDER;
    expect(sdf.length).toBe(width * width);
    const at = (x: number, y: number) => sdf[(y + BORDER) * width + x + BORDER] ?? -1;
    expect(at(7, 7)).toBe(255);
    // Pixel 2 is the first inside the square's edge at x = 2, pixel 1 the last outside.
    expect(at(2, 7)).toBeGreaterThan(192);
    expect(at(1, 7)).toBeLessThan(192);
    expect(at(1, 7)).toBeGreaterThan(150);
    expect(sdf[0]).toBeLessThan(at(1, 7));
  });
});
