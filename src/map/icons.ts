/**
 * Map icons drawn at start-up on a canvas: no sprite file, no request.
 */
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

/** Arrow head pointing along the line (east = direction of travel). */
export function arrowIcon(color: string): Icon {
  return draw(32, (ctx, s) => {
    ctx.beginPath();
    ctx.moveTo(s * 0.2, s * 0.2);
    ctx.lineTo(s * 0.85, s * 0.5);
    ctx.lineTo(s * 0.2, s * 0.8);
    ctx.closePath();
    ctx.fillStyle = color;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2;
    ctx.fill();
    ctx.stroke();
  });
}
