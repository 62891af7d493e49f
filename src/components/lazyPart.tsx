/**
 * A part of the page that the first view does not show (a panel, a view, the
 * presentation), loaded as a chunk of its own the first time it renders: the
 * first load carries less JavaScript. While it loads, its Suspense fallback
 * shows; if the chunk cannot be fetched (offline before the service worker had
 * it), the render error reaches the nearest ErrorBoundary, and its retry
 * fetches again (React.lazy alone would keep the failed import for good).
 */
import { type ComponentType, lazy } from 'react';

export interface LazyPart<P> {
  (props: P): React.JSX.Element;
  /** Starts fetching the chunk now (e.g. on the first interaction), so the first render does not wait. */
  preload(): void;
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchPart = () => {
    pending ??= load().catch((e: unknown) => {
      // The next render (the boundary's retry) starts afresh.
      pending = null;
      Lazy = make();
      throw e;
    });
    return pending;
  };
  const make = () => lazy(() => fetchPart().then((c) => ({ default: c })));
  let Lazy = make();
  // biome-ignore lint/correctness/noComponentHookFactories: called once per part at module level, never during a render.
  const Part = (props: P) => <Lazy {...props} />;
  return Object.assign(Part, { preload: () => void fetchPart().catch(() => undefined) });
}
