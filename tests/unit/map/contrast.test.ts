/**
 * Legible at the back of a room: every line and symbol the map draws has at
 * least 3:1 contrast (WCAG 1.4.11, non-text) against what lies next to it:
 * the fills it crosses, or the white edge it is drawn on. Ratios by the WCAG
 * formula; the fills a route crosses are found from the data (sampled points
 * of each route in each country).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { computeCountryStates } from '../../../src/map/countryStates';
import { contextHosting, contextOrigin, contextOriginEdge } from '../../../src/map/layers/context';
import { neutralBorder } from '../../../src/map/layers/countries';
import { labels } from '../../../src/map/layers/labels';
import { focusEdge, programmeMatch, selected, selectedCasing } from '../../../src/map/layers/outlines';
import { postsOpen } from '../../../src/map/layers/posts';
import { FIGURE_STYLE, NO_FIGURE_STYLE, routesCasing, routesLine, routesMarks } from '../../../src/map/layers/routes';
import { LAYERS } from '../../../src/map/layers/stack';
import * as palette from '../../../src/theme/palette';
import { realData, realFilters } from '../data/realData';
import { contrast } from './contrastRatio';

/** `top` at `alpha` over `bottom`, as the map composites a translucent line. */
function over(bottom: string, top: string, alpha: number): string {
  const ch = (hex: string, i: number) => Number.parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) => Math.round(ch(bottom, i) * (1 - alpha) + ch(top, i) * alpha))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

const FILLS = [
  ...palette.ACTIVITY_CLASSES.map((k) => k.color),
  palette.LAND_NO_ACTIVITY,
  palette.LAND_NO_DATA,
  palette.NEUTRAL_AREA,
  palette.OCEAN,
  ...palette.PROGRAMME_CLASSES.map((k) => k.color).filter((c) => !palette.ACTIVITY_CLASSES.some((k) => k.color === c)),
];
const WHITE = '#ffffff';

describe('contrast of lines and symbols', () => {
  it('the formula: black on white is 21:1, white on white 1:1', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
  });

  it('focus roles (oranje, paars) and the programme match lie on a white edge they contrast with >= 3:1', () => {
    expect(focusEdge.paint?.['line-color']).toBe(WHITE);
    expect(JSON.stringify(focusEdge.filter)).toContain('match');
    for (const c of [palette.FOCUS_RECEPTION, palette.FOCUS_MIGRATION, palette.MATCH])
      expect(contrast(c, WHITE), c).toBeGreaterThanOrEqual(3);
    expect(programmeMatch.paint?.['line-color']).toBe(palette.MATCH);
  });

  it('the selected country: yellow on its black casing, and one of the two >= 3:1 on every fill', () => {
    expect(selectedCasing.paint?.['line-color']).toBe(palette.SELECTED);
    expect(selected.paint?.['line-color']).toBe(palette.SELECTED_INNER);
    expect(contrast(palette.SELECTED_INNER, palette.SELECTED)).toBeGreaterThanOrEqual(3);
    for (const f of FILLS)
      expect(Math.max(contrast(palette.SELECTED_INNER, f), contrast(palette.SELECTED, f)), f).toBeGreaterThanOrEqual(3);
  });

  it('labels: dark text on a light halo, readable on every fill (>= 4.5:1 text on halo)', () => {
    const text = labels.paint?.['text-color'] as string;
    expect(labels.paint?.['text-halo-color']).toMatch(/^rgba\(255,\s*255,\s*255,\s*0\.9\)$/);
    // The halo at 90 % white over the darkest fill is still near white: text on it, worst case.
    const darkest = palette.ACTIVITY_CLASSES.at(-1)!.color;
    const halo = mix(WHITE, darkest, 0.9);
    expect(contrast(text, halo)).toBeGreaterThanOrEqual(4.5);
  });

  it('posts: the open dot on its white edge, the closed ring on its white disc, on every fill', () => {
    expect(postsOpen.paint?.['circle-stroke-color']).toBe(WHITE);
    expect(contrast(palette.POST_OPEN, WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrast(palette.POST_CLOSED, WHITE)).toBeGreaterThanOrEqual(3);
    // The white edge itself stands out from the darker fills it may sit on.
    for (const f of palette.ACTIVITY_CLASSES.slice(3).map((k) => k.color))
      expect(contrast(WHITE, f), f).toBeGreaterThanOrEqual(3);
  });

  it('routes: >= 3:1 against every fill they cross, or on a white casing', () => {
    const d = realData();
    const states = computeCountryStates(d.countries, d.programmes, realFilters({ year: 2023 }));
    const fillOf = (iso3: string) => {
      const s = states.get(iso3);
      return s && s.fillClass > 0 ? palette.ACTIVITY_CLASSES[s.fillClass - 1]!.color : palette.LAND_NO_ACTIVITY;
    };
    const crossed = new Set<string>([palette.OCEAN]);
    for (const r of d.routes.features) {
      const lines = r.geometry.type === 'LineString' ? [r.geometry.coordinates] : r.geometry.coordinates;
      for (const line of lines as number[][][])
        for (let i = 1; i < line.length; i++)
          for (let k = 0; k < 5; k++) {
            const [x0, y0] = line[i - 1]!;
            const [x1, y1] = line[i]!;
            const p = [x0! + ((x1! - x0!) * k) / 5, y0! + ((y1! - y0!) * k) / 5];
            const c = d.countries.features.find((f) => booleanPointInPolygon(p, f as never));
            if (c?.properties.iso3) crossed.add(fillOf(c.properties.iso3));
          }
    }
    expect(crossed.size).toBeGreaterThan(2);
    expect(routesCasing.paint?.['line-color']).toBe(WHITE);
    expect(routesLine.paint?.['line-color']).toBe(palette.ROUTE);
    // Both kinds, with their opacities: the line composited on its casing composited on the fill.
    for (const kind of [FIGURE_STYLE, NO_FIGURE_STYLE])
      for (const fill of crossed) {
        const casing = over(fill, WHITE, kind.casingOpacity);
        const line = over(casing, palette.ROUTE, kind.opacity);
        expect(contrast(line, casing), `route (opacity ${kind.opacity}) on ${fill}`).toBeGreaterThanOrEqual(3);
      }
    // The opacities the test used are the layers' own.
    expect(JSON.stringify(routesLine.paint?.['line-opacity'])).toContain(String(NO_FIGURE_STYLE.opacity));
    expect(JSON.stringify(routesCasing.paint?.['line-opacity'])).toContain(String(NO_FIGURE_STYLE.casingOpacity));
  });

  it('route figures: dark red text on a white halo', () => {
    expect(routesMarks.paint?.['text-color']).toBe(palette.ROUTE);
    expect(routesMarks.paint?.['text-halo-color']).toBe(WHITE);
    expect(contrast(palette.ROUTE, WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it('chapter 1 circles: the filled one on a white stroke, the brown ring on a white edge on both sides', () => {
    expect(contextHosting.paint?.['circle-stroke-color']).toBe(WHITE);
    expect(contrast(palette.CONTEXT_HOSTING, WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrast(palette.CONTEXT_ORIGIN, WHITE)).toBeGreaterThanOrEqual(3);
    const ring = contextOrigin.paint!;
    const edge = contextOriginEdge.paint!;
    expect(edge['circle-stroke-color']).toBe(WHITE);
    expect(edge['circle-opacity']).toBe(0);
    // The edge starts inside the ring's radius and ends beyond the ring (strokes lie outside the radius).
    const inset = 1.5;
    expect(JSON.stringify(edge['circle-radius'])).toContain(`${inset}]`);
    expect(edge['circle-stroke-width'] as number).toBeGreaterThan((ring['circle-stroke-width'] as number) + inset);
    const stack = LAYERS.map((l) => l.id);
    expect(stack.indexOf(contextOriginEdge.id)).toBe(stack.indexOf(contextOrigin.id) - 1);
  });

  it('every fill is listed once (the lists above cover what the map paints)', () => {
    expect(new Set(FILLS).size).toBe(FILLS.length);
  });
});

/** `a` at `alpha` over `b` (sRGB, as the renderer blends). */
function mix(a: string, b: string, alpha: number): string {
  const ch = (h: string, i: number) => Number.parseInt(h.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) => Math.round(alpha * ch(a, i) + (1 - alpha) * ch(b, i)))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * Areas next to each other are told apart by lightness, not by hue alone
 * (colour vision, greyscale print). The minimums are the ratios chosen in
 * docs/design.md ("Palette"); measured: land/ocean 1.16, lightest class/ocean
 * 1.59, lightest class/land 1.37, neighbouring classes 1.30 and up.
 */
describe('fills that must not be mistaken for each other', () => {
  const lightest = palette.ACTIVITY_CLASSES[0]!.color;

  it('land (and countries the programme filter fades, painted in it) vs ocean >= 1.15:1', () => {
    expect(contrast(palette.LAND_NO_ACTIVITY, palette.OCEAN)).toBeGreaterThanOrEqual(1.15);
  });

  it('the lightest class vs ocean >= 1.5:1 and vs land >= 1.35:1', () => {
    expect(contrast(lightest, palette.OCEAN)).toBeGreaterThanOrEqual(1.5);
    expect(contrast(lightest, palette.LAND_NO_ACTIVITY)).toBeGreaterThanOrEqual(1.35);
    expect(palette.PROGRAMME_CLASSES[0]!.color).toBe(lightest);
  });

  it('each class is darker than the one before by >= 1.3:1 (both scales)', () => {
    for (const scale of [palette.ACTIVITY_CLASSES, palette.PROGRAMME_CLASSES])
      for (let i = 1; i < scale.length; i++) {
        const [a, b] = [scale[i - 1]!.color, scale[i]!.color];
        expect(contrast(a, b), `${a} -> ${b}`).toBeGreaterThanOrEqual(1.3);
        expect(contrast(b, WHITE)).toBeGreaterThan(contrast(a, WHITE));
      }
  });

  it('the neutral area: grey apart from land and ocean, its dashed border >= 3:1 on it and on the ocean', () => {
    expect(contrast(palette.NEUTRAL_AREA, palette.LAND_NO_ACTIVITY)).toBeGreaterThanOrEqual(1.09);
    expect(contrast(palette.NEUTRAL_AREA, palette.OCEAN)).toBeGreaterThanOrEqual(1.25);
    expect(neutralBorder.paint?.['line-color']).toBe(palette.NEUTRAL_BORDER);
    expect(neutralBorder.paint?.['line-width']).toBe(1);
    expect(neutralBorder.paint?.['line-dasharray']).toBeDefined();
    expect(contrast(palette.NEUTRAL_BORDER, palette.NEUTRAL_AREA)).toBeGreaterThanOrEqual(3);
    expect(contrast(palette.NEUTRAL_BORDER, palette.OCEAN)).toBeGreaterThanOrEqual(3);
  });

  it('"no data" land is never drawn (a year without counts shows programmes), and differs from the neutral area anyway', () => {
    const d = realData();
    for (const year of new Set([...d.editions.years, 2016, 2020, 2027])) {
      for (const fill of ['activities', 'programmes'] as const) {
        const states = computeCountryStates(d.countries, d.programmes, { ...realFilters({ year }), fill });
        for (const [iso3, s] of states) expect(s.fillClass, `${iso3} ${year} ${fill}`).not.toBe(-1);
      }
    }
    expect(contrast(palette.LAND_NO_DATA, palette.NEUTRAL_AREA)).toBeGreaterThanOrEqual(1.2);
  });
});
