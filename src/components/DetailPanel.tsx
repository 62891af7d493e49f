/**
 * The side panel (bottom sheet on phones) for the selected country, post or
 * route. Escape closes it and focus returns to where the user came from.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { SHEET_START, SheetHandle, type SheetSize } from './BottomSheet';
import { ClusterDetails } from './ClusterDetails';
import { CountryDetails } from './CountryDetails';
import { CountryFiche } from './CountryFiche';
import { ErrorBoundary } from './ErrorBoundary';
import { PostDetails } from './PostDetails';
import { usePhoneLayout } from './phoneLayout';
import { RouteDetails } from './RouteDetails';

/** Visible (not hidden with its search row or menu), so focus can go back to it. */
const focusable = (el: HTMLElement | null | undefined): el is HTMLElement =>
  !!el?.isConnected && el.getClientRects().length > 0;

export function DetailPanel() {
  const t = useT();
  const phone = usePhoneLayout();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const countryName = useAppStore((s) => {
    const sel = s.selection;
    return sel?.kind === 'country'
      ? s.data.countries?.features.find((f) => f.properties.iso3 === sel.iso3)?.properties[`name_${s.lang}`]
      : undefined;
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const key = selection ? JSON.stringify(selection) : null;
  // The country whose one-page fiche is being printed.
  const [fiche, setFiche] = useState<string | null>(null);
  const ficheDone = useCallback(() => setFiche(null), []);
  // On a phone: the sheet's size, back to ~40% for every new selection.
  const panel = useRef<HTMLElement>(null);
  const [sheet, setSheet] = useState<SheetSize>(SHEET_START);
  // biome-ignore lint/correctness/useExhaustiveDependencies: resets when the selection changes.
  useEffect(() => setSheet(SHEET_START), [key]);

  // Remember where focus was, move it into the panel, give it back on close.
  useEffect(() => {
    if (!key) return;
    const active = document.activeElement;
    // Not the page itself: when the panel's code loads after the choice, the search row may already have closed.
    if (active instanceof HTMLElement && active !== document.body && !active.closest('.panel'))
      returnFocus.current = active;
    // Not while presenting: the clicker keeps working without it, and the focus ring would show on the projector.
    if (useAppStore.getState().scene === null) heading.current?.focus();
  }, [key]);

  useEffect(() => {
    if (!key) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const close = () => {
    select(null);
    const target = returnFocus.current;
    returnFocus.current = null;
    // After React removed the panel.
    setTimeout(() => {
      const fallbacks = [target, document.getElementById('country-search'), document.querySelector('.search-toggle')];
      (fallbacks.find((el) => focusable(el as HTMLElement | null)) as HTMLElement | undefined)?.focus();
    }, 0);
  };

  if (!selection) return null;
  return (
    <aside
      ref={panel}
      className={phone ? `panel is-sheet${sheet.expanded ? ' is-expanded' : ''}` : 'panel'}
      style={phone && sheet.height !== null ? { height: sheet.height } : undefined}
      aria-labelledby="panel-heading"
      data-selection={key}
      data-map-overlay=""
    >
      {phone && <SheetHandle size={sheet} onChange={setSheet} onClose={close} sheet={panel} />}
      <button type="button" className="panel-close" onClick={close} aria-label={t('closePanel')}>
        ×
      </button>
      {selection.kind === 'country' && (
        <button
          type="button"
          className="fiche-button"
          onClick={() => setFiche(selection.iso3)}
          aria-label={t('ficheLabel', { country: countryName ?? selection.iso3 })}
          disabled={fiche !== null}
        >
          {t('fiche')}
        </button>
      )}
      {fiche && <CountryFiche iso3={fiche} onDone={ficheDone} />}
      {/* A failure stays inside the panel, which can still be closed; the next selection tries again. */}
      <ErrorBoundary name="panel" resetKey={key}>
        {selection.kind === 'country' && <CountryDetails iso3={selection.iso3} headingRef={heading} />}
        {selection.kind === 'post' && <PostDetails id={selection.id} headingRef={heading} />}
        {selection.kind === 'route' && <RouteDetails id={selection.id} headingRef={heading} />}
        {selection.kind === 'posts' && <ClusterDetails ids={selection.ids} headingRef={heading} />}
      </ErrorBoundary>
    </aside>
  );
}
