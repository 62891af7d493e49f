/**
 * The routes' marks: exactly one arrowhead per route, turned to its compiled
 * bearing; the figure written on each route that has one, in the panel's
 * words and number format for each language, beside the line, never on it.
 */
import { expression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { labelTextFields } from '../../../src/map/labelLanguage';
import { routesLine, routesMarks, routeWidthFor } from '../../../src/map/layers/routes';
import { anchorFor, routeLabel, routeMarks } from '../../../src/map/routeMarks';
import { buildStyle } from '../../../src/map/style';
import { realData } from '../data/realData';

const d = realData();
const marks = routeMarks(d.routes);
const byRoute = (id: string, mark: 'arrow' | 'label') =>
  marks.features.filter((f) => f.properties.id === id && f.properties.mark === mark);

describe('route marks', () => {
  it('one arrowhead per route, at the end of its curve with its bearing', () => {
    for (const r of d.routes.features) {
      const arrows = byRoute(r.properties.id, 'arrow');
      expect(arrows, r.properties.id).toHaveLength(1);
      expect(arrows[0]!.geometry.coordinates).toEqual(r.geometry.coordinates.at(-1));
      expect(arrows[0]!.properties.bearing).toBe(r.properties.arrow.bearing);
    }
  });

  it('writes the figure on the three routes that have one, and on no other', () => {
    const labelled = marks.features.filter((f) => f.properties.mark === 'label').map((f) => f.properties.id);
    expect(labelled.sort()).toEqual(['central-mediterranean', 'eastern-mediterranean', 'western-african']);
  });

  it('in Dutch "ca. 158.000", in English "about 158,000": the panel’s hedge and number format', () => {
    const [central] = byRoute('central-mediterranean', 'label');
    expect(central?.properties.label_nl).toBe('ca. 158.000');
    expect(central?.properties.label_en).toBe('about 158,000');
    const [atlantic] = byRoute('western-african', 'label');
    expect(atlantic?.properties.label_nl).toBe('meer dan 40.000');
    expect(atlantic?.properties.label_en).toBe('more than 40,000');
    expect(routeLabel(60000, null, 'nl')).toBe('60.000');
  });

  it('the label layer shows the label in the interface language, and an arrowhead no text', () => {
    const fields = new Map(labelTextFields('en'));
    expect(fields.get(routesMarks.id)).toEqual(['get', 'label_en']);
    expect(new Map(labelTextFields('nl')).get(routesMarks.id)).toEqual(['get', 'label_nl']);
    const [arrow] = byRoute('central-mediterranean', 'arrow');
    expect(arrow?.properties.label_nl).toBeUndefined();
  });

  it('moves each label off its line, to the side the compile step chose', () => {
    expect(anchorFor([1, 0])).toBe('left');
    expect(anchorFor([0, 1])).toBe('top');
    expect(anchorFor([-1, 0])).toBe('right');
    expect(anchorFor([0, -1])).toBe('bottom');
    for (const f of marks.features.filter((x) => x.properties.mark === 'label')) {
      // At least half the widest line (7 px) plus air, in ems of the 13 px label.
      expect(f.properties.offset_em! * 13, f.properties.id).toBeGreaterThan(5);
    }
  });

  it('marks carry only scalar properties: a GeoJSON source gives expressions arrays as JSON strings', () => {
    for (const f of marks.features)
      for (const [k, v] of Object.entries(f.properties))
        expect(['string', 'number', 'boolean', 'undefined', 'null'], `${f.properties.id}.${k}`).toContain(
          v === null ? 'null' : typeof v,
        );
  });

  it('the style carries the marks source and its layer draws every mark', () => {
    const style = buildStyle(d, 'nl');
    expect(style.sources['route-marks']).toBeDefined();
    const layer = style.layers.find((l) => l.id === routesMarks.id);
    expect(layer?.type).toBe('symbol');
    const filter = featureFilter((layer as { filter?: unknown }).filter as never, 'routes-marks.filter');
    for (const f of marks.features)
      expect(filter.filter({ zoom: 3 }, { type: 1, properties: f.properties, geometry: [] } as never)).toBe(true);
  });
});

describe('route widths as drawn', () => {
  const evaluate = (value: unknown, spec: object, zoom: number, properties: Record<string, unknown>) => {
    const e = expression.createPropertyExpression(value, 'line-width', spec as never);
    if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
    return e.value.evaluate({ zoom }, { type: 2, properties, geometry: [] } as never) as number;
  };
  const widthSpec = latest.paint_line['line-width'];

  it('from the desktop first view on, the line is as wide as the legend says (one set of stops)', () => {
    for (const n of [40000, 60000, 100000, 158000])
      for (const zoom of [2.5, 3, 5])
        expect(evaluate(routesLine.paint?.['line-width'], widthSpec, zoom, { detections_2023: n })).toBeCloseTo(
          routeWidthFor(n),
          5,
        );
    expect(evaluate(routesLine.paint?.['line-width'], widthSpec, 3, { detections_2023: null })).toBe(1.5);
  });

  it('at a phone’s world view the figured routes narrow in proportion, the quiet ones stay 1.5 px', () => {
    const at = (n: number | null) => evaluate(routesLine.paint?.['line-width'], widthSpec, 1, { detections_2023: n });
    expect(at(158000) / at(40000)).toBeCloseTo(routeWidthFor(158000) / routeWidthFor(40000), 5);
    expect(at(158000)).toBeLessThan(7);
    expect(at(null)).toBe(1.5);
  });
});
