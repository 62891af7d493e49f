/**
 * A long programme list ("show all" past the report's size: 2,200 at the
 * bench's 100x data) that renders only the rows in view (virtualWindow.ts):
 * each row has a fixed height, names longer than two lines are clipped
 * (their checkbox label keeps the whole name). Screen readers hear each row's
 * place in the whole list (aria-setsize / aria-posinset); Tab moves row by row,
 * the focused row scrolls into view and stays rendered.
 */
import { type FocusEvent, type ReactNode, type UIEvent, useState } from 'react';
import { windowRows } from './virtualWindow';

/** Two lines of label at the panel's 1.4 line height, plus the row's padding. */
const ROW_PX = 50;
const VIEWPORT_PX = 400;
const OVERSCAN = 4;

export function ProgrammeWindow<R>({
  rows,
  rowKey,
  renderRow,
}: {
  rows: readonly R[];
  rowKey: (r: R) => string;
  renderRow: (r: R) => ReactNode;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  const shown = windowRows({
    count: rows.length,
    rowPx: ROW_PX,
    scrollTop,
    viewportPx: VIEWPORT_PX,
    overscan: OVERSCAN,
    focused,
  });
  const onFocus = (e: FocusEvent<HTMLUListElement>) => {
    const li = (e.target as HTMLElement).closest('li');
    if (!li?.dataset.index) return;
    setFocused(Number(li.dataset.index));
    // Optional: not every DOM (jsdom in the unit tests) has it.
    li.scrollIntoView?.({ block: 'nearest' });
  };
  return (
    <div
      className="programme-window"
      style={{ height: VIEWPORT_PX, overflowY: 'auto' }}
      onScroll={(e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <ul
        style={{ position: 'relative', height: rows.length * ROW_PX, margin: 0, padding: 0, listStyle: 'none' }}
        onFocus={onFocus}
      >
        {shown.map((i) => {
          const r = rows[i] as R;
          return (
            <li
              key={rowKey(r)}
              data-index={i}
              aria-setsize={rows.length}
              aria-posinset={i + 1}
              style={{ position: 'absolute', top: i * ROW_PX, left: 0, right: 0, height: ROW_PX, overflow: 'hidden' }}
            >
              {renderRow(r)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
