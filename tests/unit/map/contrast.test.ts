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
import { focusEdge, programmeMatch } from '../../../src/map/layers/outlines';
import { postsOpen } from '../../../src/map/layers/posts';
import { FIGURE_STYLE, NO_FIGURE_STYLE, routesCasing, routesLine, routesMarks } from '../../../src/map/layers/routes';
import * as palette from '../../../src/theme/palette';
import { realData, realFilters } from '../data/realData';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** `top` at `alpha` over `bottom`, as the map composites a translucent line. */
function over(bottom: string, top: string, alpha: number): string {
  const ch = (hex: string, i: number) => Number.parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) => Math.round(ch(bottom, i) * (1 - alpha) + ch(top, i) * alpha))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const FILLS = [
  ...palette.ACTIVITY_CLASSES.map((k) => k.color),
  palette.LAND_NO_ACTIVITY,
  palette.LAND_NO_DATA,
  palette.NEUTRAL_AREA,
  palette.OCEAN,
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

  it('the selected country: yellow on its black casing', () => {
    expect(contrast(palette.SELECTED_INNER, palette.SELECTED)).toBeGreaterThanOrEqual(3);
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

  it('every fill is listed once (the lists above cover what the map paints)', () => {
    expect(new Set(FILLS).size).toBe(FILLS.length);
  });
});
