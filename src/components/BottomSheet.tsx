/**
 * The country panel as a bottom sheet on a phone: it opens to ~40% of the
 * screen over the map (an overlay: the camera keeps the country clear of it),
 * a handle drags it to any height (dragged down past its smallest height, it
 * closes, as phone sheets do), and the handle is also a button that expands
 * it to (almost) the whole map or back (aria-expanded); the panel's close
 * button and Escape close it too.
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
/** Dragged this far below the smallest height, the sheet closes on release. */
const CLOSE_PAST = 48;

export function SheetHandle({
  size,
  onChange,
  onClose,
  sheet,
}: {
  size: SheetSize;
  onChange: (s: SheetSize) => void;
  onClose: () => void;
  sheet: RefObject<HTMLElement | null>;
}) {
  const t = useT();
  /** Where the drag started, and the height the pointer asks for (unclamped: below the minimum means "close"). */
  const drag = useRef<{ y: number; h: number; moved: boolean; wanted: number } | null>(null);
  // After a drag the browser still sends a click: that one does not toggle.
  const swallowClick = useRef(false);

  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>) => {
    const el = sheet.current;
    if (!el || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const h = el.getBoundingClientRect().height;
    drag.current = { y: e.clientY, h, moved: false, wanted: h };
  };
  const onPointerMove = (e: React.PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const el = sheet.current;
    if (!d || !el) return;
    const dy = d.y - e.clientY;
    if (!d.moved && Math.abs(dy) < DRAG_SLOP) return;
    d.moved = true;
    d.wanted = d.h + dy;
    const room = (el.parentElement?.clientHeight ?? window.innerHeight) - 8;
    const height = Math.round(Math.min(room, Math.max(MIN_HEIGHT, d.h + dy)));
    onChange({ expanded: height > room * 0.6, height });
  };
  const onPointerEnd = () => {
    const d = drag.current;
    swallowClick.current = d?.moved ?? false;
    drag.current = null;
    if (d?.moved && d.wanted < MIN_HEIGHT - CLOSE_PAST) onClose();
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
      onPointerCancel={() => {
        // A cancelled gesture (the browser took it over) never closes the panel.
        if (drag.current) drag.current.wanted = MIN_HEIGHT;
        onPointerEnd();
      }}
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
