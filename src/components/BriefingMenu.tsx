/**
 * Header actions for presenters: start the story, export pictures, grow and
 * export the story, print a country sheet. Heavy work is loaded on demand.
 */
import { useState } from 'react';
import { startPresentation } from '../briefing/presenter';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';

type Action = 'png' | 'png2x' | 'all' | 'add' | 'story';

export function BriefingMenu() {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const setNotice = useAppStore((s) => s.setNotice);
  const hasCountry = useAppStore((s) => s.selection?.kind === 'country');

  const run = async (action: Action) => {
    setBusy(t('exporting'));
    try {
      const a = await import('../briefing/exportActions');
      if (action === 'png') await a.exportCurrentView(useAppStore, 1);
      if (action === 'png2x') await a.exportCurrentView(useAppStore, 2);
      if (action === 'all')
        await a.exportAllScenes(useAppStore, (done, total) => setBusy(`${t('exporting')} ${done}/${total}`));
      if (action === 'add')
        setNotice({ kind: 'text', text: t('sceneAdded', { n: a.addCurrentViewToStory(useAppStore) }) });
      if (action === 'story') await a.exportStory(useAppStore);
    } catch (e) {
      setNotice({ kind: 'text', text: t('exportFailed', { why: (e as Error).message }) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="briefing-menu">
      <button
        type="button"
        className="present"
        onClick={() => startPresentation(useAppStore, 1)}
        aria-label={t('presentLabel')}
      >
        {t('present')}
      </button>
      <details className="export-menu">
        <summary>{t('story')} / PNG</summary>
        <div className="menu-items">
          <button type="button" disabled={!!busy} onClick={() => run('png')}>
            {t('downloadPng')}
          </button>
          <button type="button" disabled={!!busy} onClick={() => run('png2x')}>
            {t('downloadPng2x')}
          </button>
          <button type="button" disabled={!!busy} onClick={() => run('all')}>
            {t('exportAllScenes')}
          </button>
          <button type="button" disabled={!!busy} onClick={() => run('add')}>
            {t('addToStory')}
          </button>
          <button type="button" disabled={!!busy} onClick={() => run('story')}>
            {t('exportStory')}
          </button>
          <button type="button" disabled={!hasCountry} onClick={() => window.print()}>
            {t('print')}
          </button>
          {busy && (
            <output className="busy" aria-live="polite">
              {busy}
            </output>
          )}
        </div>
      </details>
    </div>
  );
}
