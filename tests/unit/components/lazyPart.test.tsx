// @vitest-environment jsdom
/**
 * A lazy part (the panel, table, timeline, figures): the reader sees a loading
 * line while its chunk arrives, then the part; if the chunk cannot be fetched
 * they see the error boundary's message, and its retry fetches again.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/components/ErrorBoundary';
import { lazyPart } from '../../../src/components/lazyPart';
import { useAppStore } from '../../../src/state/store';

const Hello = ({ name }: { name: string }) => <p>Hallo {name}</p>;

/** Counts its mounts: a remount would lose the part's state (an open card, the scroll). */
let mounts = 0;
const Counted = ({ name }: { name: string }) => {
  useEffect(() => {
    mounts++;
  }, []);
  return <p>Hallo {name}</p>;
};

function renderPart(Part: ReturnType<typeof lazyPart<{ name: string }>>) {
  return render(
    <ErrorBoundary name="part">
      <Suspense fallback={<p>Laden…</p>}>
        <Part name="wereld" />
      </Suspense>
    </ErrorBoundary>,
  );
}

beforeEach(() => {
  useAppStore.setState({ lang: 'nl' });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('lazyPart', () => {
  it('shows the loading line, then the part', async () => {
    let arrive: (c: typeof Hello) => void = () => undefined;
    const Part = lazyPart(() => new Promise<typeof Hello>((r) => (arrive = r)));
    renderPart(Part);
    expect(screen.getByText('Laden…')).toBeTruthy();
    await act(async () => arrive(Hello));
    expect(await screen.findByText('Hallo wereld')).toBeTruthy();
  });

  it('a chunk that cannot be fetched shows an error with a retry, and the retry fetches again', async () => {
    let online = false;
    const load = vi.fn(async () => {
      if (!online) throw new Error('Failed to fetch dynamically imported module');
      return Hello;
    });
    renderPart(lazyPart(load));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Failed to fetch dynamically imported module');
    const failedFetches = load.mock.calls.length;
    online = true;
    fireEvent.click(screen.getByRole('button'));
    expect(await screen.findByText('Hallo wereld')).toBeTruthy();
    expect(load.mock.calls.length).toBe(failedFetches + 1);
  });

  it('preload fetches once; the first render then needs no second fetch', async () => {
    const load = vi.fn(async () => Hello);
    const Part = lazyPart(load);
    Part.preload();
    Part.preload();
    renderPart(Part);
    expect(await screen.findByText('Hallo wereld')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a preloaded part renders in the first commit: no loading line (React would hold it ~300 ms)', async () => {
    const Part = lazyPart(async () => Hello);
    Part.preload();
    await act(async () => undefined);
    renderPart(Part);
    expect(screen.queryByText('Laden…')).toBeNull();
    expect(screen.getByText('Hallo wereld')).toBeTruthy();
  });

  it('a part shown while its chunk was loading is not remounted by later renders', async () => {
    mounts = 0;
    let arrive: (c: typeof Counted) => void = () => undefined;
    const Part = lazyPart(() => new Promise<typeof Counted>((r) => (arrive = r)));
    const { rerender } = renderPart(Part);
    await act(async () => arrive(Counted));
    await screen.findByText('Hallo wereld');
    rerender(
      <ErrorBoundary name="part">
        <Suspense fallback={<p>Laden…</p>}>
          <Part name="wereld" />
        </Suspense>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Hallo wereld')).toBeTruthy();
    expect(mounts).toBe(1);
  });
});
