/**
 * Lets an element grow but not shrink while its width and `resetKey` stay the
 * same. The header keeps the height of its longest headline so far, so
 * stepping or playing the years does not move the map up and down as the
 * headline wraps to two lines and back: each move was a layout shift under
 * the reader's eyes and a reallocation of the map's WebGL canvas
 * (docs/performance.md). A new width or language starts afresh, and so does
 * a font that finishes loading.
 */
import { type RefObject, useLayoutEffect } from 'react';

export function useStableHeight(ref: RefObject<HTMLElement | null>, resetKey: unknown): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new resetKey is what starts afresh (the effect's cleanup clears the height).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let width = -1;
    let tallest = 0;
    /** Keeps the current height if it is the tallest so far. */
    const keep = () => {
      const height = el.offsetHeight;
      if (height > tallest) {
        tallest = height;
        el.style.minHeight = `${height}px`;
      }
    };
    /** Forgets the kept height and keeps the natural one. */
    const restart = () => {
      tallest = 0;
      el.style.minHeight = '';
      keep();
    };
    const observer = new ResizeObserver(() => {
      if (el.offsetWidth === width) return keep();
      width = el.offsetWidth;
      restart();
    });
    observer.observe(el);
    // The typeface is `font-display: swap`: until it arrives the text is set in a wider fallback, and
    // a height kept from then would stay (42 px at 1000 px wide, measured). A font that loads starts afresh.
    const fonts = document.fonts as FontFaceSet | undefined;
    fonts?.addEventListener('loadingdone', restart);
    return () => {
      observer.disconnect();
      fonts?.removeEventListener('loadingdone', restart);
      el.style.minHeight = '';
    };
  }, [ref, resetKey]);
}
