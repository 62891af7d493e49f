import type { ReactNode } from 'react';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { BriefingMenu } from './BriefingMenu';
import { ConnectivityBadge } from './ConnectivityBadge';
import { EmbedMenu } from './EmbedMenu';
import { Headline } from './Headline';

export function Header({ search }: { search: ReactNode }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.view);
  const setLang = useAppStore((s) => s.setLang);
  const setView = useAppStore((s) => s.setView);
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <header className="header">
      <a className="skip-link" href="#country-search">
        {t('skipToList')}
      </a>
      <Headline />
      <div className="header-tools">
        <ConnectivityBadge />
        {search}
        <fieldset className="segmented" aria-label={t('view')}>
          <legend className="visually-hidden">{t('view')}</legend>
          <button type="button" aria-pressed={view === 'map'} onClick={() => setView('map')}>
            {t('viewMap')}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t('viewTable')}
          </button>
          <button type="button" aria-pressed={view === 'charts'} onClick={() => setView('charts')}>
            {t('viewCharts')}
          </button>
          <button type="button" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
            {t('viewTimeline')}
          </button>
        </fieldset>
        <BriefingMenu />
        <EmbedMenu />
        <button
          type="button"
          className="lang-switch"
          lang={other}
          aria-label={t('switchToLabel')}
          onClick={() => setLang(other)}
        >
          {t('switchTo')}
        </button>
      </div>
    </header>
  );
}
