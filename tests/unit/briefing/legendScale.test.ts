/**
 * The slide's colour scale is one row (design review, finding 11): the steps
 * in use side by side in a bar ~240x14 px at the slide's 20 px legend type,
 * each labelled, and the keys that are not steps ("no activity") as rows
 * below. Drawn into a recording stand-in for the canvas.
 */
import { describe, expect, it } from 'vitest';
import { drawLegendColumn } from '../../../src/briefing/legendCanvas';
import { isScaleStep, scaleBarLayout } from '../../../src/briefing/legendScale';
import type { Translate } from '../../../src/i18n/t';
import type { DrawnCountries } from '../../../src/map/countryStates';
import { type LegendModel, legendModel } from '../../../src/map/legendEntries';
import { layersInYear } from '../../../src/map/yearLayers';
import { ACTIVITY_CLASSES, LAND_NO_ACTIVITY, PROGRAMME_CLASSES } from '../../../src/theme/palette';

const t = ((key: string) => key) as Translate;

function model(fillClasses: number[], metric: 'activities' | 'programmes' = 'activities'): LegendModel {
  const drawn: DrawnCountries = {
    fillClasses: new Set(fillClasses),
    focusReception: true,
    focusMigration: false,
    focusBoth: false,
    match: false,
  };
  const layers = { posts: false, routes: false, labels: true, context: false };
  return legendModel(
    {
      goal: 'both',
      year: 2023,
      metric,
      reportingYears: [2023],
      drawn,
      layers: layersInYear(layers, { year: 2023, latestEdition: 2023 }),
    },
    t,
  );
}

interface Rect {
  color: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A 2D context that records filled rectangles; text is 0.5 em per character wide. */
function recorder() {
  const rects: Rect[] = [];
  const state = { fillStyle: '#000000', font: '10px sans-serif' };
  const ctx = new Proxy(state as Record<string, unknown>, {
    get(target, prop) {
      if (prop in target) return target[prop as string];
      if (prop === 'fillRect')
        return (x: number, y: number, w: number, h: number) =>
          rects.push({ color: String(target.fillStyle), x, y, w, h });
      if (prop === 'measureText')
        return (s: string) => ({ width: s.length * 0.5 * Number.parseFloat(/(\d+)px/.exec(String(target.font))![1]!) });
      return () => undefined;
    },
    set(target, prop, value) {
      target[prop as string] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, rects };
}

const BOX = { x: 1450, y: 120, w: 470, h: 876 };

describe('the slide legend: the colour scale in one row', () => {
  it('the bar is 240x14 at 20 px type, smaller in proportion, never wider than the column', () => {
    const bar = scaleBarLayout(5, 20, 414);
    expect(bar.steps.reduce((n, s) => n + s.w, 0)).toBe(240);
    expect(bar.height).toBe(14);
    expect(scaleBarLayout(5, 15, 414).height).toBeLessThan(14);
    expect(scaleBarLayout(5, 40, 300).steps.reduce((n, s) => n + s.w, 0)).toBe(300);
  });

  it('every activity class in use is one step of a single row, side by side, in scale order', () => {
    const { ctx, rects } = recorder();
    const m = model([0, 1, 2, 3, 4, 5]);
    drawLegendColumn(ctx, m, BOX);
    const steps = ACTIVITY_CLASSES.map((k) => rects.filter((r) => r.color === k.color));
    for (const s of steps) expect(s).toHaveLength(1);
    const row = steps.map((s) => s[0]!);
    expect(new Set(row.map((r) => r.y)).size).toBe(1);
    for (let i = 1; i < row.length; i++) expect(row[i]!.x).toBeCloseTo(row[i - 1]!.x + row[i - 1]!.w, 5);
    expect(row.reduce((n, r) => n + r.w, 0)).toBeGreaterThanOrEqual(200);
    expect(row[0]!.h).toBeGreaterThanOrEqual(10);
    expect(row[0]!.h).toBeLessThanOrEqual(16);
    // "No activity" is not a step: its swatch is a row below the bar.
    const none = rects.find((r) => r.color === LAND_NO_ACTIVITY)!;
    expect(none.y).toBeGreaterThan(row[0]!.y + row[0]!.h);
  });

  it('only the classes in use: a view with classes 1 and 3 draws two steps', () => {
    const { ctx, rects } = recorder();
    drawLegendColumn(ctx, model([1, 3]), BOX);
    const drawn = ACTIVITY_CLASSES.filter((k) => rects.some((r) => r.color === k.color)).map((k) => k.color);
    expect(drawn).toEqual([ACTIVITY_CLASSES[0]!.color, ACTIVITY_CLASSES[2]!.color]);
  });

  it('the programme scale is one row too', () => {
    const { ctx, rects } = recorder();
    const m = model([11, 12, 13, 14], 'programmes');
    expect(m.classes.every(isScaleStep)).toBe(true);
    drawLegendColumn(ctx, m, BOX);
    const row = PROGRAMME_CLASSES.map((k) => rects.find((r) => r.color === k.color)!);
    expect(new Set(row.map((r) => r.y)).size).toBe(1);
  });
});
