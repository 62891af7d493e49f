/**
 * The glyph ranges the build writes for the map labels: the fontstack the
 * style names, and every character Dutch and English country names need,
 * read back the way MapLibre reads a glyph PBF.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PbfReader } from 'pbf';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGlyphs, GLYPH_RANGES } from '../../../scripts/build-glyphs';
import { BORDER } from '../../../scripts/glyphs/sdf';
import { MAP_FONT_STACK } from '../../../src/theme/font';

interface ReadGlyph {
  id: number;
  bitmap?: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** parse_glyph_pbf.ts of MapLibre, with the fontstack's name and range kept. */
function readGlyphPbf(data: Uint8Array): { name: string; range: string; glyphs: ReadGlyph[] } {
  const out = { name: '', range: '', glyphs: [] as ReadGlyph[] };
  new PbfReader(data).readFields((tag, o, pbf) => {
    if (tag !== 1) return;
    pbf.readMessage((t, o2, p) => {
      if (t === 1) o2.name = p.readString();
      else if (t === 2) o2.range = p.readString();
      else if (t === 3)
        o2.glyphs.push(
          p.readMessage(
            (f, g: ReadGlyph, q) => {
              if (f === 1) g.id = q.readVarint();
              else if (f === 2) g.bitmap = q.readBytes();
              else if (f === 3) g.width = q.readVarint();
              else if (f === 4) g.height = q.readVarint();
              else if (f === 5) g.left = q.readSVarint();
              else if (f === 6) g.top = q.readSVarint();
              else if (f === 7) g.advance = q.readVarint();
            },
            { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 },
          ),
        );
    }, o);
  }, out);
  return out;
}

const out = mkdtempSync(path.join(os.tmpdir(), 'glyphs-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('build-glyphs', () => {
  const files = buildGlyphs(out);
  const stack = MAP_FONT_STACK.join(',');
  const ranges = files.map((f) => readGlyphPbf(readFileSync(f)));
  const byId = new Map(ranges.flatMap((r) => r.glyphs.map((g) => [g.id, g] as const)));

  it('writes one file per range, under the fontstack the map style names, as MapLibre requests them', () => {
    expect(readdirSync(path.join(out, stack)).sort()).toEqual(GLYPH_RANGES.map((s) => `${s}-${s + 255}.pbf`).sort());
    for (const [i, r] of ranges.entries()) {
      expect(r.name).toBe(stack);
      expect(r.range).toBe(`${GLYPH_RANGES[i]}-${(GLYPH_RANGES[i] ?? 0) + 255}`);
    }
  });

  it.each([...'ëïéüçôÅøşğł–…’'])('has a drawn glyph for %s', (ch) => {
    const g = byId.get(ch.codePointAt(0) ?? 0);
    expect(g, ch).toBeDefined();
    if (!g) return;
    expect(g.advance).toBeGreaterThan(0);
    expect(g.width).toBeGreaterThan(0);
    expect(g.bitmap?.length).toBe((g.width + 2 * BORDER) * (g.height + 2 * BORDER));
  });

  it('a space advances without a bitmap; a capital stands taller than a lower-case letter', () => {
    const space = byId.get(32);
    expect(space?.advance).toBeGreaterThan(0);
    expect(space?.bitmap).toBeUndefined();
    const cap = byId.get('H'.codePointAt(0) ?? 0);
    const x = byId.get('x'.codePointAt(0) ?? 0);
    expect(cap && x && cap.height > x.height && cap.top > x.top).toBe(true);
  });
});
