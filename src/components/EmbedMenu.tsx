/**
 * "Insluiten" / "Embed" in the header: the <iframe> code for the current view,
 * ready to copy into another web page (a news item, an intranet page).
 */
import { useState } from 'react';
import { useT } from '../state/hooks';
import { embedSnippet } from './embedLink';
import './embedMenu.css';

/** Clipboard API where the page may use it, else the selected text and the old copy command. */
async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    return document.execCommand('copy');
  }
}

export function EmbedMenu() {
  const t = useT();
  const [code, setCode] = useState('');
  const [copied, setCopied] = useState(false);
  return (
    <details
      className="embed-menu"
      onToggle={(e) => {
        // Read the view when the menu opens: the URL is the view (written by src/state/urlSync.ts).
        if (e.currentTarget.open) setCode(embedSnippet(window.location.href, t('appTitle')));
        setCopied(false);
      }}
    >
      <summary>{t('embed')}</summary>
      <div className="menu-items">
        <label htmlFor="embed-code">{t('embedHelp')}</label>
        <textarea id="embed-code" className="embed-code" readOnly rows={5} value={code} />
        <button
          type="button"
          onClick={async (e) => {
            const field = e.currentTarget.parentElement?.querySelector('textarea') ?? null;
            setCopied(await copyText(code, field));
          }}
        >
          {t('embedCopy')}
        </button>
        <output aria-live="polite">{copied ? t('embedCopied') : ''}</output>
      </div>
    </details>
  );
}
