/**
 * "Filters · 27 landen": on a phone the filters are a chip on the map (a bar
 * above the other views) that opens them as a sheet (FilterSheet). The count
 * is the summary's: the countries the map draws.
 */
import type { Ref } from 'react';
import { OVERLAY_ATTRIBUTE } from '../map/overlays';
import { useFilterContext, useT } from '../state/hooks';
import { countryRows } from '../state/selectors';
import { useAppStore } from '../state/store';

export function MapFilterChip({
  open,
  onOpen,
  buttonRef,
  onMap,
}: {
  open: boolean;
  onOpen: () => void;
  buttonRef: Ref<HTMLButtonElement>;
  /** On the map it floats and the camera keeps clear of it; above a table it is a bar. */
  onMap: boolean;
}) {
  const t = useT();
  const programmes = useAppStore((s) => s.data.programmes);
  const countries = useAppStore((s) => s.data.countries);
  const filters = useFilterContext();
  const n = countries && programmes && filters ? countryRows(countries, programmes, filters).length : null;
  return (
    <div
      className={onMap ? 'filter-chip-wrap on-map' : 'filter-chip-wrap'}
      {...(onMap ? { [OVERLAY_ATTRIBUTE]: '' } : {})}
    >
      <button
        ref={buttonRef}
        type="button"
        className="filter-chip"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={onOpen}
      >
        {t('filters')}
        {n !== null && ` · ${t('matchingCount', { n })}`}
      </button>
    </div>
  );
}
