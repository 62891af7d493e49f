/** A button that shows and hides the element it controls (WAI-ARIA disclosure pattern). */
import type { ReactNode } from 'react';

export function DisclosureButton({
  open,
  onToggle,
  controls,
  className,
  children,
}: {
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The id of the element it shows and hides. */
  controls: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      {children}
    </button>
  );
}
