/**
 * Every character the map labels draw, in Dutch and English, is in a glyph
 * range the build writes: MapLibre never falls back to drawing one on the
 * main thread, and never asks the origin for a range that is not there.
 */
import { describe, expect, it } from 'vitest';
import { GLYPH_RANGES, loadFonts } from '../../../scripts/build-glyphs';
import { realData } from './realData';

describe('label glyphs', () => {
  const d = realData();
  const texts = [
    ...d.labels.features.flatMap((f) => [f.properties.name_nl, f.properties.name_en]),
    ...d.context.features.flatMap((f) => [f.properties.label_nl, f.properties.label_en]),
  ].map(String);
  const chars = [...new Set(texts.join(''))].filter((c) => c !== '\n');
  const fonts = loadFonts();

  it('each character of the labels lies in a generated range and the shipped font has it', () => {
    const missing = chars.filter((c) => {
      const cp = c.codePointAt(0) ?? 0;
      const inRange = GLYPH_RANGES.some((s) => cp >= s && cp < s + 256);
      return !inRange || !fonts.some((f) => f.hasChar(c));
    });
    expect(missing).toEqual([]);
    expect(chars.length).toBeGreaterThan(40);
  });
});
