/**
 * Which rows of a long, fixed-height list to render: those in the scrolled
 * viewport plus a few either side, and always the row that has focus (so
 * focus is never lost when the user scrolls it away). Ascending, so the DOM
 * order, and with it the Tab order, stays the list's order.
 */
export interface WindowInput {
  count: number;
  rowPx: number;
  scrollTop: number;
  viewportPx: number;
  /** Rows rendered beyond each edge of the viewport: Tab from the last row in view finds the next one there. */
  overscan: number;
  /** Index of the row holding focus, or null. */
  focused: number | null;
}

export function windowRows({ count, rowPx, scrollTop, viewportPx, overscan, focused }: WindowInput): number[] {
  if (count <= 0) return [];
  const first = Math.max(0, Math.floor(scrollTop / rowPx) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewportPx) / rowPx) - 1 + overscan);
  const rows: number[] = [];
  if (focused !== null && focused >= 0 && focused < first) rows.push(focused);
  for (let i = first; i <= last; i++) rows.push(i);
  if (focused !== null && focused > last && focused < count) rows.push(focused);
  return rows;
}
