/** Kaart / Tabel / Cijfers / Tijdlijn: the header's view switch (in the menu on a phone). */
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import type { View } from '../state/types';

const VIEWS = [
  ['map', 'viewMap'],
  ['table', 'viewTable'],
  ['charts', 'viewCharts'],
  ['timeline', 'viewTimeline'],
] as const satisfies readonly (readonly [View, string])[];

export function ViewSwitch() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <fieldset className="segmented" aria-label={t('view')}>
      <legend className="visually-hidden">{t('view')}</legend>
      {VIEWS.map(([id, label]) => (
        <button key={id} type="button" aria-pressed={view === id} onClick={() => setView(id)}>
          {t(label)}
        </button>
      ))}
    </fieldset>
  );
}

/** "English" / "Nederlands": switches the interface language. */
export function LangSwitch() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      aria-label={t('switchToLabel')}
      onClick={() => setLang(other)}
    >
      {t('switchTo')}
    </button>
  );
}
