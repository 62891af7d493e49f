/**
 * Clicker and keyboard keys of presentation mode. Part of the first load,
 * unlike the presentation itself (a lazy part): a presenter's first presses
 * right after "Presentatie starten" must not be lost while its code loads.
 */
import { useEffect } from 'react';
import { sceneKeyAction, showScene, stepScene, stopPresentation } from '../briefing/presenter';
import { useAppStore } from '../state/store';

export function usePresentationKeys(): void {
  const presenting = useAppStore((s) => s.scene !== null);
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      const action = sceneKeyAction(e.key);
      if (!action) return;
      e.preventDefault();
      const { story, data } = useAppStore.getState();
      if (action === 'next') stepScene(useAppStore, 1);
      else if (action === 'previous') stepScene(useAppStore, -1);
      else if (action === 'first') showScene(useAppStore, 1);
      else if (action === 'last') showScene(useAppStore, (story ?? data.scenes ?? []).length);
      else stopPresentation(useAppStore);
    };
    // Leaving full screen (the browser's own Esc) leaves the presentation too.
    const onFullscreen = () => {
      if (!document.fullscreenElement && useAppStore.getState().scene !== null) stopPresentation(useAppStore);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presenting]);
}
