/**
 * The filters panel as a modal sheet on a phone, opened from MapFilterChip.
 * A native <dialog> opened with showModal(): the page behind is inert, focus
 * stays inside, Escape or the close button closes it and the caller gives
 * focus back to the chip.
 */
import { useEffect, useRef } from 'react';
import { useT } from '../state/hooks';
import { ErrorBoundary } from './ErrorBoundary';
import { FiltersPanel } from './FiltersPanel';

export function FilterSheet({ onClose }: { onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="filter-sheet"
      aria-labelledby="filters-heading"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        // Handled here, not by the dialog's own cancel, so the country panel's Escape does not close it too.
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onClose();
      }}
    >
      <button type="button" className="filter-sheet-close" onClick={onClose} aria-label={t('closeFilters')}>
        ×
      </button>
      <ErrorBoundary name="filters">
        <FiltersPanel />
      </ErrorBoundary>
    </dialog>
  );
}
