/**
 * The service worker's precache waits for the first load to be over: every
 * data file settled and the map drawn (or failed), then an idle moment; and
 * never waits forever (app/firstLoad.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstLoad, FIRST_LOAD_FALLBACK_MS } from '../../../src/app/firstLoad';
import { DATA_PATHS, type DataKey } from '../../../src/data/loadAppData';
import { createAppStore } from '../../../src/state/store';

const allReady = Object.fromEntries((Object.keys(DATA_PATHS) as DataKey[]).map((k) => [k, 'ready' as const]));

function setup() {
  const store = createAppStore();
  const run = vi.fn();
  // A window whose idle callback runs at the next timer tick.
  const win = {
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    requestIdleCallback: (f: () => void) => setTimeout(f, 0),
  } as unknown as Window;
  afterFirstLoad(store, win, run);
  return { store, run };
}

describe('work after the first load', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not start when the data are in but the map has not drawn yet', () => {
    const { store, run } = setup();
    store.setState({ status: allReady });
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    store.getState().setMapDrawn();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not start when the map has drawn but a data file is still loading', () => {
    const { store, run } = setup();
    store.getState().setMapDrawn();
    store.setState({ status: { ...allReady, notes: 'loading' } });
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    store.setState({ status: { ...allReady, notes: 'error' } });
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('starts on a map failure, and once only', () => {
    const { store, run } = setup();
    store.setState({ status: allReady });
    store.getState().setMapError({ kind: 'no-webgl' });
    store.getState().setMapDrawn();
    vi.advanceTimersByTime(FIRST_LOAD_FALLBACK_MS * 2);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('starts after the fallback delay when the first load never completes', () => {
    const { run } = setup();
    vi.advanceTimersByTime(FIRST_LOAD_FALLBACK_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
