/**
 * Glyphs of one font at MapLibre's glyph size (24 px) as SDF bitmaps with
 * metrics, and the PBF a glyphs URL serves for one range of 256 code points
 * (the glyphs.proto of the Mapbox/MapLibre glyph format).
 */
import { PbfWriter } from 'pbf';
import { BORDER, flatten, type PathCommand, rasterise, sdfOf } from './sdf';

/** The font size MapLibre's glyph PBFs are drawn at; it scales them to every text-size. */
export const GLYPH_SIZE = 24;

/** What the generator needs of a parsed font (opentype.js's Font). */
export interface GlyphSource {
  unitsPerEm: number;
  ascender: number;
  hasChar(char: string): boolean;
  charToGlyph(char: string): {
    advanceWidth?: number;
    getPath(x: number, y: number, size: number): { commands: PathCommand[] };
  };
}

export interface Glyph {
  id: number;
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/**
 * MapLibre measures a glyph's `top` from an origin above the em box: its own
 * TinySDF glyphs get `top = height above the baseline - 27.5` (glyph_manager's
 * topAdjustment, calibrated to server glyphs). The same offset, whole pixels as
 * the PBF stores them, keeps labels where the browser-drawn ones sat.
 */
const TOP_OFFSET = 27;

/** One code point's glyph from the first font that has it, or null when none does. */
export function glyphOf(fonts: readonly GlyphSource[], codePoint: number): Glyph | null {
  const char = String.fromCodePoint(codePoint);
  const font = fonts.find((f) => f.hasChar(char));
  if (!font) return null;
  const g = font.charToGlyph(char);
  const scale = GLYPH_SIZE / font.unitsPerEm;
  const advance = Math.round((g.advanceWidth ?? 0) * scale);
  // Baseline at y = 0; the path's y grows downwards.
  const rings = flatten(g.getPath(0, 0, GLYPH_SIZE).commands);
  const pts = rings.flat();
  if (pts.length === 0) {
    return { id: codePoint, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: -TOP_OFFSET, advance };
  }
  const x0 = Math.floor(Math.min(...pts.map((p) => p[0])));
  const x1 = Math.ceil(Math.max(...pts.map((p) => p[0])));
  const y0 = Math.floor(Math.min(...pts.map((p) => p[1])));
  const y1 = Math.ceil(Math.max(...pts.map((p) => p[1])));
  const width = x1 - x0;
  const height = y1 - y0;
  const bitmap = sdfOf(rasterise(rings, x0, y0, width, height), width, height);
  return { id: codePoint, bitmap, width, height, left: x0, top: -y0 - TOP_OFFSET, advance };
}

/** Every glyph of the range [start, start + 255] the fonts have. */
export function rangeGlyphs(fonts: readonly GlyphSource[], start: number): Glyph[] {
  const out: Glyph[] = [];
  for (let cp = start; cp < start + 256; cp++) {
    const g = glyphOf(fonts, cp);
    if (g) out.push(g);
  }
  return out;
}

/** The PBF of one range: glyphs { fontstack { name, range, glyph* } }. */
export function encodeRange(fontstack: string, start: number, glyphs: readonly Glyph[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (_: unknown, p: PbfWriter) => {
      p.writeStringField(1, fontstack);
      p.writeStringField(2, `${start}-${start + 255}`);
      for (const g of glyphs) {
        p.writeMessage(
          3,
          (glyph: Glyph, q: PbfWriter) => {
            q.writeVarintField(1, glyph.id);
            if (glyph.bitmap.length > 0) q.writeBytesField(2, glyph.bitmap);
            q.writeVarintField(3, glyph.width);
            q.writeVarintField(4, glyph.height);
            q.writeSVarintField(5, glyph.left);
            q.writeSVarintField(6, glyph.top);
            q.writeVarintField(7, glyph.advance);
          },
          g,
        );
      }
    },
    null,
  );
  return pbf.finish();
}

export { BORDER };
