/**
 * Presentation mode: the scene's title and text on the map in large type, a
 * progress indicator. The rest of the app steps aside (CSS). Loaded on first
 * use; the clicker keys are not (usePresentationKeys.ts), so no press is lost
 * while this part loads.
 */
import { useEffect, useRef } from 'react';
import { showScene, stepScene, stopPresentation } from '../briefing/presenter';
import type { Scene } from '../data/types';
import { useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { SourceRef } from './SourceRef';

const NO_SCENES: Scene[] = [];

export function Presentation() {
  const t = useT();
  const scene = useAppStore((s) => s.scene);
  const lang = useAppStore((s) => s.lang);
  const userStory = useAppStore((s) => s.story);
  const defaultStory = useAppStore((s) => s.data.scenes);
  const story = userStory ?? defaultStory ?? NO_SCENES;
  const mapReady = useAppStore((s) => s.status.countries === 'ready');
  const applied = useRef(false);

  // A link that opens a scene (?scene=3) shows it once the story is loaded.
  useEffect(() => {
    if (applied.current || scene === null || story.length === 0 || !mapReady) return;
    applied.current = true;
    showScene(useAppStore, scene);
  }, [scene, story.length, mapReady]);

  if (scene === null) return null;
  const current = story[scene - 1];
  if (!current) return null;
  return (
    <section className="presentation" aria-label={t('presentation')} aria-live="polite">
      <div className="scene-card" data-scene={current.id} data-map-overlay="">
        <p className="scene-progress">{t('sceneOf', { n: scene, total: story.length })}</p>
        <h2>{current[`title_${lang}`]}</h2>
        <p className="scene-text">{current[`text_${lang}`]}</p>
        <SourceRef source={current.source} />
      </div>
      <div className="scene-bar" data-map-overlay="">
        <button type="button" onClick={() => stepScene(useAppStore, -1)} disabled={scene <= 1}>
          ‹ <span className="visually-hidden">{t('previousScene')}</span>
        </button>
        <progress max={story.length} value={scene} aria-label={t('sceneOf', { n: scene, total: story.length })} />
        <button type="button" onClick={() => stepScene(useAppStore, 1)} disabled={scene >= story.length}>
          <span className="visually-hidden">{t('nextScene')}</span> ›
        </button>
        <button type="button" className="scene-exit" onClick={() => stopPresentation(useAppStore)}>
          {t('exitPresentation')}
        </button>
      </div>
      <p className="visually-hidden">{t('presentHelp')}</p>
    </section>
  );
}
