/**
 * The phone bar's menu: the view switch, presenting and exporting, embedding
 * and the language switch, behind one button (WAI-ARIA disclosure: the button
 * says whether it is open; Escape or a tap outside closes it, and Escape gives
 * focus back to the button).
 */
import { useEffect, useRef } from 'react';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { BriefingMenu } from './BriefingMenu';
import { EmbedMenu } from './EmbedMenu';
import { usePopup } from './usePopup';
import { LangSwitch, ViewSwitch } from './ViewSwitch';

const MENU_ID = 'phone-menu';

function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" focusable="false">
      <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}

export function PhoneMenu() {
  const t = useT();
  const { open, setOpen, toggle, buttonProps, onEscape } = usePopup(MENU_ID);
  const panel = useRef<HTMLDivElement>(null);
  const view = useAppStore((s) => s.view);
  const presenting = useAppStore((s) => s.scene !== null);

  // A chosen view or a started presentation is what the menu was opened for.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the view or presenting changes.
  useEffect(() => {
    setOpen((wasOpen) => {
      if (wasOpen && !presenting) toggle.current?.focus();
      return false;
    });
  }, [view, presenting]);

  // Focus moves to the first item, so the keyboard goes on from where the menu is.
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('button, summary')?.focus();
  }, [open]);

  // A tap outside the menu (and its button) closes it.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !toggle.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, setOpen, toggle]);

  return (
    <>
      <button {...buttonProps} className="bar-button menu-toggle" aria-label={t('menuLabel')}>
        <MenuIcon />
      </button>
      <nav ref={panel} id={MENU_ID} className="phone-menu" aria-label={t('menu')} hidden={!open} onKeyDown={onEscape}>
        <p className="phone-menu-title">{t('appTitle')}</p>
        <ViewSwitch />
        <BriefingMenu />
        <EmbedMenu />
        <LangSwitch />
      </nav>
    </>
  );
}
