/**
 * The map's icons, rasterised without a canvas (src/map/icons.ts): the shapes
 * a reader tells apart, pixel by pixel, in the colours and opacity the layers
 * rely on.
 */
import { describe, expect, it } from 'vitest';
import { arrowIcon, closedPostIcon } from '../../../src/map/icons';

const pixel = (icon: { width: number; data: Uint8ClampedArray }, x: number, y: number) =>
  Array.from(icon.data.slice((y * icon.width + x) * 4, (y * icon.width + x) * 4 + 4));

describe('map icons', () => {
  it('a closed post is a white disc with a dark ring and a cross, transparent around it', () => {
    const icon = closedPostIcon('#7a0019');
    expect([icon.width, icon.height, icon.data.length]).toEqual([32, 32, 32 * 32 * 4]);
    expect(pixel(icon, 16, 16)).toEqual([0x7a, 0x00, 0x19, 255]); // the cross's centre
    expect(pixel(icon, 16, 8)).toEqual([255, 255, 255, 255]); // the disc between the cross's arms
    expect(pixel(icon, 16, 1)).toEqual([0x7a, 0x00, 0x19, 255]); // the ring, top
    expect(pixel(icon, 0, 0)[3]).toBe(0); // outside
    // Edges are anti-aliased: some pixels are partly covered.
    const alphas = new Set(Array.from({ length: 32 * 32 }, (_, i) => icon.data[i * 4 + 3]));
    expect([...alphas].some((a) => a! > 0 && a! < 255)).toBe(true);
  });

  it('an arrowhead points up in the route colour on a white edge, with its opacity in the image', () => {
    const full = arrowIcon('#a50f15');
    const faint = arrowIcon('#a50f15', 0.6);
    expect(full.width).toBe(64);
    expect(pixel(full, 32, 30)).toEqual([0xa5, 0x0f, 0x15, 255]); // inside, below the tip
    expect(pixel(full, 32, 62)).toEqual([255, 255, 255, 255]); // the white edge under the base
    expect(pixel(full, 2, 2)[3]).toBe(0); // beside the tip: empty
    expect(pixel(full, 32, 2)[3]).toBe(0); // above the tip (it ends ~5 px from the top)
    expect(pixel(faint, 32, 30)).toEqual([0xa5, 0x0f, 0x15, 153]);
  });
});
