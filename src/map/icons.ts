/**
 * Map icons drawn at start-up on a canvas: no sprite file, no request.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { POST_CLOSED, ROUTE } from '../theme/palette';

export interface Icon {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

function draw(size: number, paint: (ctx: CanvasRenderingContext2D, s: number) => void): Icon {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // Read back once with getImageData: a CPU-backed canvas avoids a slow GPU readback.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  paint(ctx, size);
  return { width: size, height: size, data: ctx.getImageData(0, 0, size, size).data };
}

/** Closed post: white disc, thick dark ring and a cross: a shape, so it reads in greyscale too. */
export function closedPostIcon(color: string): Icon {
  return draw(32, (ctx, s) => {
    ctx.beginPath();
    ctx.arc(s / 2, s / 2, s / 2 - 2.5, 0, Math.PI * 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 4;
    ctx.strokeStyle = color;
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(s * 0.3, s * 0.3);
    ctx.lineTo(s * 0.7, s * 0.7);
    ctx.moveTo(s * 0.7, s * 0.3);
    ctx.lineTo(s * 0.3, s * 0.7);
    ctx.lineWidth = 3.5;
    ctx.stroke();
  });
}

/** A transparent square: a post's place in label placement (posts.ts, postsCollision). */
export function blankIcon(size: number): Icon {
  return { width: size, height: size, data: new Uint8ClampedArray(size * size * 4) };
}

/** The arrowhead in its square box: length and half its base, as parts of the side (the legends draw the same). */
export const ARROW_SHAPE = { length: 0.88, halfBase: 0.44 } as const;

/**
 * A route's arrowhead, pointing up (north before `icon-rotate`), its base on
 * the box's bottom edge where the line ends (`icon-anchor: bottom`). Drawn at
 * 64 px for a 32 CSS px box at 2x, so the largest (~30 px) is not blown up.
 * The white edge keeps it apart from any fill, as the line's casing does.
 */
export function arrowIcon(color: string): Icon {
  return draw(64, (ctx, s) => {
    ctx.beginPath();
    ctx.moveTo(s * (0.5 - ARROW_SHAPE.halfBase), s - 3);
    ctx.lineTo(s * 0.5, s * (1 - ARROW_SHAPE.length));
    ctx.lineTo(s * (0.5 + ARROW_SHAPE.halfBase), s - 3);
    ctx.closePath();
    ctx.lineJoin = 'round';
    ctx.lineWidth = 5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = color;
    ctx.fill();
  });
}

/** Draws the icon a layer asks for, the first time it asks (MapLibre's missing-image resolver). */
export function addMissingIcon(map: MapLibreMap, id: string): void {
  if (map.hasImage(id)) return;
  if (id === 'post-closed') map.addImage(id, closedPostIcon(POST_CLOSED), { pixelRatio: 2 });
  if (id === 'post-collision') map.addImage(id, blankIcon(16), { pixelRatio: 1 });
  if (id === 'route-arrow') map.addImage(id, arrowIcon(ROUTE), { pixelRatio: 2 });
}
