// opentype.js 2 ships no type declarations; this is the part the glyph build uses.
declare module 'opentype.js' {
  import type { GlyphSource } from './glyphPbf';

  const opentype: { parse(buffer: ArrayBuffer): GlyphSource };
  export default opentype;
}
