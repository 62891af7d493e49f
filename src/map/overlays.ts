/**
 * Measures what the interface lays over the map: every element marked
 * `data-map-overlay` (the legend, the scene card and bar, the panel or sheet
 * where it covers the map). Reports the camera padding that keeps framed data
 * clear of them whenever one appears, disappears or changes size, or the map
 * itself does. Components only mark their element; nothing here knows them.
 */
import { type Padding, paddingFor, type Rect } from './framing';

export const OVERLAY_ATTRIBUTE = 'data-map-overlay';

const rectOf = (el: Element): Rect => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};

/** The overlays' rectangles (page px) that are drawn, for tests and the padding. */
export function overlayRects(root: ParentNode = document): Rect[] {
  return [...root.querySelectorAll(`[${OVERLAY_ATTRIBUTE}]`)]
    .filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed')
    .map(rectOf)
    .filter((r) => r.right > r.left && r.bottom > r.top);
}

export function measurePadding(container: HTMLElement): Padding {
  return paddingFor(rectOf(container), overlayRects());
}

const same = (a: Padding, b: Padding) =>
  a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

/** Calls `onChange` with the padding now and whenever it changes; returns the stop function. */
export function watchOverlays(container: HTMLElement, onChange: (p: Padding) => void): () => void {
  let last: Padding | null = null;
  let frame = 0;
  const observed = new Set<Element>();
  const measure = () => {
    frame = 0;
    const p = measurePadding(container);
    if (last && same(last, p)) return;
    last = p;
    onChange(p);
  };
  // One measurement per frame, however many observers fire.
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(measure);
  };
  const resize = new ResizeObserver(schedule);
  resize.observe(container);
  const rescan = () => {
    for (const el of document.querySelectorAll(`[${OVERLAY_ATTRIBUTE}]`))
      if (!observed.has(el)) {
        observed.add(el);
        resize.observe(el);
      }
    for (const el of observed)
      if (!el.isConnected) {
        observed.delete(el);
        resize.unobserve(el);
      }
    schedule();
  };
  const mutations = new MutationObserver(rescan);
  mutations.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['open', 'hidden', 'class'],
  });
  rescan();
  return () => {
    if (frame) cancelAnimationFrame(frame);
    resize.disconnect();
    mutations.disconnect();
  };
}
