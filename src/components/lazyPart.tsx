/**
 * A part of the page that the first view does not show (a panel, a view, the
 * presentation), loaded as a chunk of its own the first time it renders: the
 * first load carries less JavaScript. While it loads, its Suspense fallback
 * shows; if the chunk cannot be fetched (offline before the service worker had
 * it), the render error reaches the nearest ErrorBoundary, and its retry
 * fetches again (React.lazy alone would keep the failed import for good).
 */
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { useT } from '../state/hooks';
import { ErrorBoundary } from './ErrorBoundary';

export interface LazyPart<P> {
  (props: P): React.JSX.Element;
  /** Starts fetching the chunk now (e.g. on the first interaction), so the first render does not wait. */
  preload(): void;
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let pending: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  const fetchPart = () => {
    pending ??= load().then(
      (c) => {
        loaded = c;
        return c;
      },
      (e: unknown) => {
        // The next render (the boundary's retry) starts afresh.
        pending = null;
        Lazy = make();
        throw e;
      },
    );
    return pending;
  };
  const make = () => lazy(() => fetchPart().then((c) => ({ default: c })));
  let Lazy = make();
  // A chunk already fetched (preloaded, or shown before) renders at once. Through React.lazy it would
  // suspend for a tick even then, and React holds a revealed fallback for ~300 ms, so the country panel
  // appeared ~0.3 s after the click that opened it. Each mounted part keeps the type it started with, so
  // the chunk arriving never remounts it.
  // biome-ignore lint/correctness/noComponentHookFactories: called once per part at module level, never during a render.
  const Part = (props: P) => {
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Shown {...props} />;
  };
  return Object.assign(Part, { preload: () => void fetchPart().catch(() => undefined) });
}

/** A lazy part inside its error boundary, with a line of text while its chunk loads. */
export function LazyBoundary({ name, children }: { name: string; children: ReactNode }) {
  const t = useT();
  return (
    <ErrorBoundary name={name}>
      <Suspense fallback={<p className="part-loading">{t('loading')}</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** Fetches `part`'s chunk at the first sign of use: a pointer over the page, a key, focus. */
export function usePreloadOnFirstUse(part: { preload(): void }) {
  useEffect(() => {
    const events = ['pointermove', 'pointerdown', 'keydown', 'focusin'] as const;
    const preload = () => {
      for (const e of events) document.removeEventListener(e, preload, true);
      part.preload();
    };
    for (const e of events) document.addEventListener(e, preload, { capture: true, passive: true });
    return preload;
  }, [part]);
}
