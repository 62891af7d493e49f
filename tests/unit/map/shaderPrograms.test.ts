/**
 * Each shader variant is a GPU program that software WebGL compiles at load
 * (~25 ms of main thread each, docs/performance.md). MapLibre picks a variant
 * per layer type from which paint properties are read per feature (an
 * attribute) and which are the same for the whole layer (a uniform); so layers
 * of one type share a program only when they agree on that, property by
 * property. This keeps them agreeing: a per-feature radius or opacity on one
 * layer would be one more program.
 */
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../src/map/layers/sources';
import { buildStyle } from '../../../src/map/style';
import { DEFAULT_LAYERS } from '../../../src/state/types';
import { realData } from '../data/realData';

/** 'a' when MapLibre binds the property as a per-feature attribute, 'u' when as a uniform. */
function binding(layerType: string, prop: string, value: unknown): 'a' | 'u' {
  if (!expression.isExpression(value)) return 'u';
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${layerType}`]![prop];
  const parsed = expression.createPropertyExpression(value, prop, spec as never);
  if (parsed.result !== 'success') throw new Error(`${layerType} ${prop}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.kind === 'source' || parsed.value.kind === 'composite' ? 'a' : 'u';
}

/** The program a layer's part is drawn with, as MapLibre names it, and its binding of every paint property it reads. */
function programsOf(layer: LayerSpecification): { program: string; signature: string }[] {
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  const layout = (layer as { layout?: Record<string, unknown> }).layout ?? {};
  const part = (program: string, prefix: string) => {
    const props = Object.keys((latest as unknown as Record<string, object>)[`paint_${layer.type}`]!).filter(
      (p) => p.startsWith(prefix) && !p.endsWith('-transition'),
    );
    return { program, signature: props.map((p) => `${p}:${binding(layer.type, p, paint[p])}`).join(' ') };
  };
  if (layer.type === 'symbol')
    return [
      ...(layout['icon-image'] ? [part('symbolIcon', 'icon-')] : []),
      ...(layout['text-field'] ? [part('symbolSDF', 'text-')] : []),
    ];
  if (layer.type === 'line') return [part(paint['line-dasharray'] ? 'lineSDF' : 'line', 'line-')];
  return [part(layer.type, `${layer.type}-`)];
}

describe('GPU programs at load', () => {
  it('layers of one type read the same paint properties per feature, so they share one program', () => {
    // The context circles (area-true, so their radius is per feature) are off at load: switching them on
    // compiles their own circle program then, not at load.
    expect(DEFAULT_LAYERS.context).toBe(false);
    const atLoad = buildStyle(realData(), 'nl').layers.filter((l) => !('source' in l) || l.source !== SOURCES.context);
    const byProgram = new Map<string, Map<string, string[]>>();
    for (const layer of atLoad) {
      for (const { program, signature } of programsOf(layer)) {
        const variants = byProgram.get(program) ?? new Map<string, string[]>();
        variants.set(signature, [...(variants.get(signature) ?? []), layer.id]);
        byProgram.set(program, variants);
      }
    }
    const split = [...byProgram].filter(([, variants]) => variants.size > 1);
    expect(split.map(([program, variants]) => `${program}: ${JSON.stringify([...variants.values()])}`)).toEqual([]);
    // Background, fill, line, dashed line, circle, icons and text: one program each.
    expect([...byProgram.keys()].sort()).toEqual([
      'background',
      'circle',
      'fill',
      'line',
      'lineSDF',
      'symbolIcon',
      'symbolSDF',
    ]);
  });
});
