/**
 * The legend drawn on a slide: a column of its own beside the map (never over
 * it), the colour scale as one row (legendScale.ts), each other key drawn as
 * the map draws it, labels wrapped to the column and the type shrunk only when
 * the entries would not fit.
 */
import { ARROW_SHAPE } from '../map/icons';
import type { LegendEntry, LegendModel } from '../map/legendEntries';
import { CANVAS_FONT } from '../theme/font';
import { NEUTRAL_BORDER } from '../theme/palette';
import { drawScaleBar, isScaleStep, scaleBarLayout } from './legendScale';

/** The shipped typeface (docs/design.md); renderSlide loads it before anything is drawn. */
export const FONT = CANVAS_FONT;
const KEY_W = 40;

function dash(ctx: CanvasRenderingContext2D, style: string, width: number) {
  ctx.setLineDash(style === 'dashed' ? [width * 2, width * 1.2] : style === 'dotted' ? [2, 4] : []);
}

function line(ctx: CanvasRenderingContext2D, x0: number, x1: number, y: number) {
  ctx.beginPath();
  ctx.moveTo(x0, y);
  ctx.lineTo(x1, y);
  ctx.stroke();
}

/** A route as the map draws it: line on its white casing, arrowhead with its base where the line ends. */
function drawRouteKey(ctx: CanvasRenderingContext2D, e: Extract<LegendEntry, { kind: 'route' }>, x: number, y: number) {
  const box = e.arrowBox ?? 0;
  const end = x + KEY_W - box * ARROW_SHAPE.length;
  ctx.lineCap = 'round';
  ctx.globalAlpha = e.casingOpacity;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = e.width + 2 * e.casing;
  line(ctx, x + 2 + e.width / 2, end, y);
  ctx.globalAlpha = e.opacity;
  ctx.strokeStyle = e.color;
  ctx.lineWidth = e.width;
  line(ctx, x + 2 + e.width / 2, end, y);
  if (box === 0) return;
  const half = box * ARROW_SHAPE.halfBase;
  ctx.beginPath();
  ctx.moveTo(end, y - half);
  ctx.lineTo(x + KEY_W, y);
  ctx.lineTo(end, y + half);
  ctx.closePath();
  ctx.lineJoin = 'round';
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.fillStyle = e.color;
  ctx.fill();
}

export function drawEntry(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number) {
  ctx.save();
  if (e.kind === 'fill') {
    ctx.fillStyle = e.color;
    ctx.fillRect(x, y - 10, KEY_W - 8, 20);
    ctx.strokeStyle = e.dashedBorder ? NEUTRAL_BORDER : '#777777';
    ctx.setLineDash(e.dashedBorder ? [3, 3] : []);
    ctx.strokeRect(x, y - 10, KEY_W - 8, 20);
  } else if (e.kind === 'line' || e.kind === 'lines') {
    const two = e.kind === 'lines';
    if (two || e.edge) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(x, y - (two ? 6 : 3.5), KEY_W, two ? 12 : 7);
      ctx.strokeStyle = '#9a9a9a';
      ctx.lineWidth = 1;
      ctx.strokeRect(x, y - (two ? 6 : 3.5), KEY_W, two ? 12 : 7);
    }
    ctx.lineWidth = two ? 3 : e.width;
    ctx.strokeStyle = e.color;
    if (two) {
      line(ctx, x + 2, x + KEY_W - 2, y - 2.5);
      ctx.strokeStyle = e.inner.color;
      dash(ctx, e.inner.style, 3);
      line(ctx, x + 2, x + KEY_W - 2, y + 2.5);
    } else {
      dash(ctx, e.style, e.width);
      line(ctx, x + 2, x + KEY_W - 2, y);
    }
  } else if (e.kind === 'route') {
    drawRouteKey(ctx, e, x, y);
  } else {
    ctx.beginPath();
    ctx.arc(x + 12, y, 8, 0, Math.PI * 2);
    if (e.kind === 'dot') {
      ctx.fillStyle = e.color;
      ctx.fill();
      // A cluster's key carries a number, as the cluster on the map does.
      if (e.count) {
        ctx.save();
        ctx.fillStyle = '#ffffff';
        ctx.font = `bold 11px ${FONT}`;
        ctx.textAlign = 'center';
        ctx.fillText(e.count, x + 12, y + 4, 14);
        ctx.restore();
      }
    } else {
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.lineWidth = 3;
      ctx.strokeStyle = e.color;
      ctx.stroke();
      if (e.cross) {
        ctx.beginPath();
        ctx.moveTo(x + 8, y - 4);
        ctx.lineTo(x + 16, y + 4);
        ctx.moveTo(x + 16, y - 4);
        ctx.lineTo(x + 8, y + 4);
        ctx.stroke();
      }
    }
  }
  ctx.restore();
}

/** Words into lines no wider than `width` at the context's current font. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const next = current ? `${current} ${word}` : word;
    if (current && ctx.measureText(next).width > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

/** Height the column needs at this text size (px). */
function layout(
  ctx: CanvasRenderingContext2D,
  m: LegendModel,
  width: number,
  size: number,
  draw: boolean,
  x = 0,
  y = 0,
) {
  const lh = Math.round(size * 1.3);
  let cy = y;
  ctx.font = `bold ${size + 2}px ${FONT}`;
  for (const l of wrap(ctx, m.title, width)) {
    cy += lh;
    if (draw) ctx.fillText(l, x, cy);
  }
  cy += lh * 0.4;
  // The colour scale as one row; "no activity" and the other keys as rows.
  const steps = m.classes.filter(isScaleStep);
  if (steps.length > 0) {
    cy += Math.round(size * 0.4);
    cy += draw
      ? drawScaleBar(ctx, steps, FONT, size, { x, y: cy, w: width })
      : scaleBarLayout(steps.length, size, width).block;
  }
  for (const e of [...m.classes.filter((c) => !isScaleStep(c)), ...m.items]) {
    ctx.font = `${size}px ${FONT}`;
    const lines = wrap(ctx, e.label, width - KEY_W - 12);
    const top = cy + lh;
    if (draw) {
      drawEntry(ctx, e, x, top - size * 0.35);
      ctx.fillStyle = '#1b1b1b';
      for (const [i, l] of lines.entries()) ctx.fillText(l, x + KEY_W + 12, top + i * lh);
    }
    cy += lh * lines.length + lh * 0.25;
  }
  for (const note of [...(m.caveat ? [m.caveat] : []), ...m.notes]) {
    ctx.font = `italic ${size - 2}px ${FONT}`;
    cy += lh * 0.3;
    for (const l of wrap(ctx, note, width)) {
      cy += lh;
      if (draw) {
        ctx.fillStyle = '#4a4a4a';
        ctx.fillText(l, x, cy);
      }
    }
  }
  return cy - y;
}

/** The legend in the box (x, y, w, h): a rule on its left, 20 px type where it fits. */
export function drawLegendColumn(
  ctx: CanvasRenderingContext2D,
  m: LegendModel,
  box: { x: number; y: number; w: number; h: number },
) {
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(box.x, box.y, box.w, box.h);
  ctx.fillStyle = '#c8c8c8';
  ctx.fillRect(box.x, box.y, 2, box.h);
  const inner = box.w - 56;
  let size = 20;
  while (size > 13 && layout(ctx, m, inner, size, false) > box.h - 48) size -= 1;
  ctx.fillStyle = '#1b1b1b';
  layout(ctx, m, inner, size, true, box.x + 32, box.y + 16);
  ctx.restore();
}
