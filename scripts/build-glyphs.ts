/**
 * Writes the map labels' SDF glyphs to public/fonts/{fontstack}/{range}.pbf,
 * drawn from the shipped typeface (src/theme/font.ts), so MapLibre fetches a
 * few small files from our origin instead of drawing every glyph with TinySDF
 * on the main thread at load (docs/design.md). Run by predev and prebuild.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import opentype from 'opentype.js';
import { MAP_FONT_STACK } from '../src/theme/font';
import { encodeRange, type GlyphSource, rangeGlyphs } from './glyphs/glyphPbf';

/**
 * The ranges the labels can need: Basic Latin + Latin-1 (ë, ï, é, ü, ç, ô),
 * Latin Extended-A/B (ş, ğ, ł) and General Punctuation (en dash, ellipsis,
 * curly quotes). For a character outside them MapLibre would ask for a range
 * that is not there and draw it locally with a warning;
 * tests/unit/data/glyphCoverage.test.ts checks the label data never needs that.
 */
export const GLYPH_RANGES = [0, 256, 8192] as const;

/** The regular weight's Latin and Latin Extended files; opentype.js reads WOFF (not WOFF2). */
const FONT_FILES = ['latin', 'latin-ext'].map(
  (s) => `@fontsource/source-sans-3/files/source-sans-3-${s}-400-normal.woff`,
);

export function loadFonts(): GlyphSource[] {
  const require = createRequire(import.meta.url);
  return FONT_FILES.map((f) => {
    const b = readFileSync(require.resolve(f));
    return opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  });
}

export function buildGlyphs(outDir: string): string[] {
  const fonts = loadFonts();
  const stack = MAP_FONT_STACK.join(',');
  const dir = join(outDir, stack);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return GLYPH_RANGES.map((start) => {
    const file = join(dir, `${start}-${start + 255}.pbf`);
    writeFileSync(file, encodeRange(stack, start, rangeGlyphs(fonts, start)));
    return file;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = buildGlyphs(join(import.meta.dirname, '..', 'public', 'fonts'));
  console.log(`glyphs: ${files.length} ranges written`);
}
