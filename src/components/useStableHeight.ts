/**
 * Lets an element grow but not shrink while its width and `resetKey` stay the
 * same. The header keeps the height of its longest headline so far, so
 * stepping or playing the years does not move the map up and down as the
 * headline wraps to two lines and back: each move was a layout shift under
 * the reader's eyes and a reallocation of the map's WebGL canvas
 * (docs/performance.md). A new width or language starts afresh.
 */
import { type RefObject, useLayoutEffect } from 'react';

export function useStableHeight(ref: RefObject<HTMLElement | null>, resetKey: unknown): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new resetKey is what starts afresh (the effect's cleanup clears the height).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let width = -1;
    let tallest = 0;
    const observer = new ResizeObserver(() => {
      if (el.offsetWidth !== width) {
        width = el.offsetWidth;
        tallest = 0;
        el.style.minHeight = '';
      }
      const height = el.offsetHeight;
      if (height > tallest) {
        tallest = height;
        el.style.minHeight = `${height}px`;
      }
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      el.style.minHeight = '';
    };
  }, [ref, resetKey]);
}
