/**
 * The one typeface: Source Sans 3 (SIL Open Font License 1.1), shipped with the
 * app from the @fontsource/source-sans-3 package and served from our origin
 * (docs/design.md). The interface, the map labels, the slides and the fiche all
 * use it, so an export looks the same on every machine.
 */

/** The CSS family name the @font-face rules declare (src/app/styles/fonts.css). */
export const FONT_FAMILY = 'Source Sans 3';

/** For canvas text (the PNG export): the shipped font first, a system sans only if it failed to load. */
export const CANVAS_FONT = `"${FONT_FAMILY}", system-ui, sans-serif`;

/**
 * The map's `text-font` stack. MapLibre names a stack "<family> <weight>" and
 * sniffs the weight from the name when it draws glyphs locally.
 */
export const MAP_FONT_STACK = [`${FONT_FAMILY} Regular`];

/** The weights the app uses: body, semibold labels, bold titles. */
const WEIGHTS = [400, 600, 700] as const;

/**
 * Loads every shipped weight so canvas text is drawn in the shipped font:
 * a canvas does not wait for a web font, it draws the fallback. Resolves
 * (never rejects) once the browser has them or has given up.
 */
export async function loadShippedFont(doc: Document = document): Promise<void> {
  if (!doc.fonts?.load) return;
  // The sample covers the Latin-1 and Latin Extended files (ë, ç, ş), so both are fetched.
  const sample = 'Aë çş–…';
  await Promise.all(WEIGHTS.map((w) => doc.fonts.load(`${w} 16px "${FONT_FAMILY}"`, sample).catch(() => [])));
}
