/**
 * The colour scale on a slide: one row of steps, a bar about 240x14 px at
 * 20 px legend type (in proportion when the legend's type shrinks), each step
 * labelled under it (design review, finding 8 and 11). Only the classes some
 * country has are in the model, so only those are drawn. "No activity" and
 * "no data" are not steps of the scale: they stay rows with a swatch.
 */
import type { LegendEntry } from '../map/legendEntries';

/** Classes that are steps of the scale (class-1..5, class-11..14), not "none" or "no data". */
export function isScaleStep(e: LegendEntry): boolean {
  return e.kind === 'fill' && /^class-[1-9]\d*$/.test(e.id);
}

export interface ScaleBarLayout {
  /** Left edge and width of each step, relative to the bar's left edge. */
  steps: { x: number; w: number }[];
  /** Height of the bar. */
  height: number;
  /** Height the bar and its labels take in the column. */
  block: number;
}

/** The bar at legend type `size`: 12 x size wide (240 at 20 px), 0.7 x size high (14). */
export function scaleBarLayout(count: number, size: number, maxWidth: number): ScaleBarLayout {
  const width = Math.min(12 * size, maxWidth);
  const w = count > 0 ? width / count : 0;
  const height = Math.round(size * 0.7);
  const steps = Array.from({ length: count }, (_, i) => ({ x: i * w, w }));
  return { steps, height, block: count > 0 ? height + Math.round(size * 1.5) : 0 };
}

/** Draws the bar with its top at y; returns the height used. */
export function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  entries: LegendEntry[],
  font: string,
  size: number,
  box: { x: number; y: number; w: number },
): number {
  const bar = scaleBarLayout(entries.length, size, box.w);
  ctx.save();
  for (const [i, e] of entries.entries()) {
    const s = bar.steps[i]!;
    ctx.fillStyle = e.color;
    ctx.fillRect(box.x + s.x, box.y, s.w, bar.height);
  }
  // A hairline round the bar: its lightest step still stands off the white column.
  ctx.strokeStyle = '#777777';
  ctx.lineWidth = 1;
  ctx.strokeRect(
    box.x,
    box.y,
    bar.steps.reduce((n, s) => n + s.w, 0),
    bar.height,
  );
  ctx.fillStyle = '#1b1b1b';
  ctx.font = `${size - 2}px ${font}`;
  ctx.textAlign = 'center';
  for (const [i, e] of entries.entries()) {
    const s = bar.steps[i]!;
    ctx.fillText(e.label, box.x + s.x + s.w / 2, box.y + bar.height + Math.round(size * 1.1));
  }
  ctx.restore();
  return bar.block;
}
