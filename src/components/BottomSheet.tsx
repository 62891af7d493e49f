/**
 * The country panel as a bottom sheet on a phone: it opens to ~40% of the
 * screen over the map (an overlay: the camera keeps the country clear of it),
 * a handle drags it to any height, and the handle is also a button that
 * expands it to (almost) the whole map or back (aria-expanded).
 */
import { type RefObject, useRef } from 'react';
import { useT } from '../state/hooks';

/** The sheet's size: expanded or not, and a dragged height in px (null: the class's own height). */
export interface SheetSize {
  expanded: boolean;
  height: number | null;
}

export const SHEET_START: SheetSize = { expanded: false, height: null };

/** Below this the sheet would show no more than its heading. */
const MIN_HEIGHT = 96;
/** A pointer that moves less than this is a tap, not a drag. */
const DRAG_SLOP = 5;

export function SheetHandle({
  size,
  onChange,
  sheet,
}: {
  size: SheetSize;
  onChange: (s: SheetSize) => void;
  sheet: RefObject<HTMLElement | null>;
}) {
  const t = useT();
  const drag = useRef<{ y: number; h: number; moved: boolean } | null>(null);
  // After a drag the browser still sends a click: that one does not toggle.
  const swallowClick = useRef(false);

  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>) => {
    const el = sheet.current;
    if (!el || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, h: el.getBoundingClientRect().height, moved: false };
  };
  const onPointerMove = (e: React.PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const el = sheet.current;
    if (!d || !el) return;
    const dy = d.y - e.clientY;
    if (!d.moved && Math.abs(dy) < DRAG_SLOP) return;
    d.moved = true;
    const room = (el.parentElement?.clientHeight ?? window.innerHeight) - 8;
    const height = Math.round(Math.min(room, Math.max(MIN_HEIGHT, d.h + dy)));
    onChange({ expanded: height > room * 0.6, height });
  };
  const onPointerEnd = () => {
    swallowClick.current = drag.current?.moved ?? false;
    drag.current = null;
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      aria-expanded={size.expanded}
      aria-label={t('sheetHandle')}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onClick={() => {
        if (swallowClick.current) {
          swallowClick.current = false;
          return;
        }
        onChange({ expanded: !size.expanded, height: null });
      }}
    >
      <span className="sheet-grip" aria-hidden="true" />
    </button>
  );
}
