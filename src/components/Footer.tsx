/**
 * Boundary disclaimer and source line, in the active language. On a desktop
 * both are always visible; on a phone one short source line, and the full
 * source and the disclaimer behind "meer" (they open above the line).
 */
import { useState } from 'react';
import { useT, useYearContext } from '../state/hooks';
import { usePhoneLayout } from './phoneLayout';

export function Footer() {
  const t = useT();
  const yc = useYearContext();
  const phone = usePhoneLayout();
  const [more, setMore] = useState(false);
  const year = yc?.latestEdition ?? 2023;
  if (!phone)
    return (
      <footer className="footer">
        <p className="source-line">{t('sourceLine', { year })}</p>
        <p className="disclaimer">{t('disclaimer')}</p>
      </footer>
    );
  return (
    <footer className="footer is-phone">
      <div id="footer-more" className="footer-more" hidden={!more}>
        <p className="source-line">{t('sourceLine', { year })}</p>
        <p className="disclaimer">{t('disclaimer')}</p>
      </div>
      <p className="source-short">
        <span>{t('sourceShort', { year })}</span>
        <button
          type="button"
          className="footer-more-toggle"
          aria-expanded={more}
          aria-controls="footer-more"
          aria-label={t('sourceMoreLabel')}
          onClick={() => setMore(!more)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || !more) return;
            e.preventDefault();
            setMore(false);
          }}
        >
          {t('sourceMore')}
        </button>
      </p>
    </footer>
  );
}
