/**
 * A button that opens a popup (the phone's search row and menu): whether it is
 * open, the button's disclosure props, and the two ways out every such popup
 * has (close gives focus back to the button; Escape in the popup closes it,
 * unless a control inside already used the key).
 */
import { type KeyboardEvent, useRef, useState } from 'react';

export function usePopup(popupId: string) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return {
    open,
    setOpen,
    toggle,
    close,
    /** Spread on the button. */
    buttonProps: {
      ref: toggle,
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': popupId,
      onClick: () => (open ? close() : setOpen(true)),
    },
    /** The popup's onKeyDown. */
    onEscape: (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      close();
    },
  };
}
