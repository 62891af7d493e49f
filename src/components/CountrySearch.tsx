/**
 * Searchable country list (ARIA 1.2 combobox): the keyboard's way to the map.
 * Typing filters; arrows, Home and End move through the open list, whose
 * active option is kept in view; Enter opens the country's panel.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { compareNames } from '../i18n/lists';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { fold } from '../text/fold';

export function CountrySearch() {
  const t = useT();
  const id = useId();
  const lang = useAppStore((s) => s.lang);
  const countries = useAppStore((s) => s.data.countries);
  const select = useAppStore((s) => s.select);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Sorted only once somebody searches: the page's first render (on the map's critical path) skips it.
  const searching = open || query !== '';
  const all = useMemo(() => {
    if (!searching) return [];
    return (countries?.features ?? [])
      .filter((f) => f.properties.iso3)
      .map((f) => ({ iso3: f.properties.iso3 as string, name: f.properties[`name_${lang}`] }))
      .sort((a, b) => compareNames(a.name, b.name, lang));
  }, [countries, lang, searching]);
  const matches = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return all;
    const starts = all.filter((c) => fold(c.name).startsWith(q) || c.iso3.toLowerCase() === q);
    const contains = all.filter((c) => !starts.includes(c) && fold(c.name).includes(q));
    return [...starts, ...contains];
  }, [all, query]);

  const choose = (iso3: string | undefined) => {
    if (!iso3) return;
    select({ kind: 'country', iso3 });
    setOpen(false);
    setQuery('');
  };

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && matches.length > 0;

  // The list is 18rem high: the option the keyboard moved to must be visible, not below the fold.
  useEffect(() => {
    if (expanded) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const last = matches.length - 1;
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      // A closed list opens on its active option; an open one moves down.
      if (expanded) setActive((a) => Math.min(a + 1, last));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (expanded) setActive((a) => Math.max(a - 1, 0));
    } else if ((e.key === 'Home' || e.key === 'End') && expanded) {
      // With the list open, Home and End go to its first and last option; closed, they move the caret.
      e.preventDefault();
      setActive(e.key === 'Home' ? 0 : last);
    } else if (e.key === 'Enter') {
      if (open || query) {
        e.preventDefault();
        choose(matches[active]?.iso3);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.stopPropagation();
        setOpen(false);
      } else setQuery('');
    }
  };

  return (
    <div className="country-search">
      <label htmlFor="country-search" className="visually-hidden">
        {t('countrySearch')}
      </label>
      <input
        ref={input}
        id="country-search"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        placeholder={t('countrySearchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => {
          clearTimeout(closeTimer.current);
          setOpen(true);
        }}
        // Closing waits a moment so a click on an option still lands.
        onBlur={() => {
          closeTimer.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" aria-label={t('countrySearch')} className="country-options" hidden={!expanded}>
        {expanded &&
          matches.map((c, i) => (
            <div
              key={c.iso3}
              tabIndex={-1}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(c.iso3);
              }}
            >
              {c.name}
            </div>
          ))}
      </div>
      {open && query && matches.length === 0 && <p className="no-match">{t('noCountryFound')}</p>}
    </div>
  );
}
