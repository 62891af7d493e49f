/**
 * The phone's top bar (design review, finding 10): the headline sentence as
 * the title, a search button that opens the country search under the bar, and
 * the menu (PhoneMenu). At most ~56 px, so the map keeps the screen.
 */
import { type ReactNode, useEffect } from 'react';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { ConnectivityBadge } from './ConnectivityBadge';
import { Headline } from './Headline';
import { PhoneMenu } from './PhoneMenu';
import { usePopup } from './usePopup';

const SEARCH_ID = 'phone-search';

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.4" />
      <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" />
    </svg>
  );
}

export function PhoneBar({ search }: { search: ReactNode }) {
  const t = useT();
  const { open: searchOpen, setOpen: setSearchOpen, toggle, buttonProps, onEscape } = usePopup(SEARCH_ID);
  const selection = useAppStore((s) => s.selection);

  // A chosen country closes the search: its panel takes focus and the screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every selection change.
  useEffect(() => setSearchOpen(false), [selection]);
  useEffect(() => {
    if (searchOpen) document.getElementById('country-search')?.focus();
  }, [searchOpen]);

  return (
    <header className="header phone-bar">
      <button type="button" className="skip-link" onClick={() => setSearchOpen(true)}>
        {t('skipToList')}
      </button>
      <Headline />
      <ConnectivityBadge />
      <button {...buttonProps} className="bar-button search-toggle" aria-label={t('openSearch')}>
        <SearchIcon />
      </button>
      <PhoneMenu />
      {/* The combobox itself closes its list on the first Escape (and stops it); the next one closes the search. */}
      <search
        id={SEARCH_ID}
        className="phone-search"
        hidden={!searchOpen}
        onKeyDown={onEscape}
        onBlur={(e) => {
          const next = e.relatedTarget as Node | null;
          if (next && (e.currentTarget.contains(next) || toggle.current?.contains(next))) return;
          setSearchOpen(false);
        }}
      >
        {search}
      </search>
    </header>
  );
}
