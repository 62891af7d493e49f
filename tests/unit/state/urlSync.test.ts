import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import { startUrlSync } from '../../../src/state/urlSync';
import { tiny } from './fixture';

/** Just enough of a browser window for the URL sync: location, history and popstate. */
function fakeWindow(search = '') {
  const entries: string[] = [search];
  let index = 0;
  const writes: ('push' | 'replace')[] = [];
  const listeners = new Set<() => void>();
  const location = { pathname: '/', hash: '', search };
  const setUrl = (url: string) => {
    location.search = new URL(url, 'http://x').search;
  };
  const win = {
    location,
    history: {
      state: null,
      pushState: (_s: unknown, _t: string, url: string) => {
        writes.push('push');
        setUrl(url);
        entries.splice(index + 1, entries.length, location.search);
        index++;
      },
      replaceState: (_s: unknown, _t: string, url: string) => {
        writes.push('replace');
        setUrl(url);
        entries[index] = location.search;
      },
    },
    addEventListener: (_type: string, l: () => void) => listeners.add(l),
    removeEventListener: (_type: string, l: () => void) => listeners.delete(l),
  };
  const back = () => {
    index--;
    location.search = entries[index] ?? '';
    for (const l of listeners) l();
  };
  return { win: win as unknown as Window, writes, entries: () => entries.slice(0, index + 1), back };
}

let stop: () => void = () => undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('URL sync', () => {
  it('a burst of filter changes writes the URL once, with the last state', () => {
    const store = createAppStore();
    const { win, writes } = fakeWindow();
    stop = startUrlSync(store, win);
    for (let i = 0; i < 20; i++) store.getState().toggleProgramme(i % 2 === 0 ? 'prospects' : 'compass');
    store.getState().setYear(2021);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(writes).toEqual(['replace']);
    expect(win.location.search).toBe('?year=2021');
  });

  it('with requestIdleCallback, the settled write waits for an idle moment; a push before it flushes it', () => {
    const store = createAppStore();
    const { win, writes, entries } = fakeWindow();
    const idle: (() => void)[] = [];
    Object.assign(win, {
      requestIdleCallback: (cb: () => void) => idle.push(cb),
      cancelIdleCallback: (id: number) => {
        idle[id - 1] = () => undefined;
      },
    });
    stop = startUrlSync(store, win);
    store.getState().setYear(2021);
    vi.advanceTimersByTime(200);
    // Settled, but the page has not been idle yet: nothing written.
    expect(writes).toEqual([]);
    expect(idle).toHaveLength(1);
    idle[0]?.();
    expect(writes).toEqual(['replace']);
    expect(win.location.search).toBe('?year=2021');

    store.getState().setYear(2022);
    vi.advanceTimersByTime(200);
    // A new selection pushes: the waiting replace is written first and its idle callback cancelled.
    store.getState().select({ kind: 'country', iso3: 'NGA' });
    expect(entries()).toEqual(['?year=2022', '?year=2022&country=NGA']);
    idle[1]?.();
    expect(writes).toEqual(['replace', 'replace', 'push']);
  });

  it('opening a panel pushes at once; the entry left keeps its filters; Back returns to them', () => {
    const store = createAppStore();
    const { win, writes, entries, back } = fakeWindow();
    stop = startUrlSync(store, win);
    store.getState().toggleProgramme('prospects');
    store.getState().select({ kind: 'country', iso3: 'NGA' });
    expect(writes).toEqual(['replace', 'push']);
    expect(entries()).toEqual(['?prog=prospects', '?prog=prospects&country=NGA']);
    back();
    expect(store.getState().selection).toBeNull();
    expect(store.getState().programmes).toEqual(['prospects']);
    vi.advanceTimersByTime(200);
    expect(win.location.search).toBe('?prog=prospects');
  });

  it('scene steps never push: Back leaves the presentation instead of replaying it', () => {
    const store = createAppStore();
    const { win, writes } = fakeWindow();
    stop = startUrlSync(store, win);
    store.getState().setScene(1);
    for (let i = 0; i < 30; i++) {
      store.getState().applyViewState({
        ...store.getState(),
        scene: 1 + (i % 14),
        selection: { kind: 'country', iso3: i % 2 ? 'NGA' : 'JOR' },
      });
    }
    vi.advanceTimersByTime(200);
    expect(writes.filter((w) => w === 'push')).toEqual([]);
    expect(win.location.search).toContain('scene=');
  });

  it('a link with unreadable parameters says which, once on reading and again after the data check', () => {
    const store = createAppStore();
    const { win } = fakeWindow('?foo=1&year=abc&prog=alpha,nope&country=AAA');
    stop = startUrlSync(store, win);
    expect(store.getState().notice).toEqual({ kind: 'link-ignored', params: ['foo', 'year'] });
    const s = store.getState();
    s.setLoaded('programmes', tiny.programmes);
    s.setLoaded('editions', tiny.editions);
    s.setLoaded('countries', tiny.countries);
    s.setLoaded('posts', tiny.posts);
    s.setLoaded('routes', { type: 'FeatureCollection', features: [] });
    s.setLoadError('scenes', 'missing');
    // 'nope' is no programme of the data: dropped and added to the same notice; the rest of the link stays.
    expect(store.getState().notice).toEqual({ kind: 'link-ignored', params: ['foo', 'year', 'prog'] });
    expect(store.getState().programmes).toEqual(['alpha']);
    expect(store.getState().selection).toEqual({ kind: 'country', iso3: 'AAA' });
  });
});
