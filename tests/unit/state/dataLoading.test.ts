import { describe, expect, it } from 'vitest';
import { DataLoadError, loadDataFile } from '../../../src/data/loadAppData';
import { loadOne } from '../../../src/state/dataLoading';
import { createAppStore } from '../../../src/state/store';

const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200 });

/** A fetch that never answers until its signal aborts, like a stalled connection. */
const stalled: typeof fetch = (_input, init) =>
  new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

describe('loading one data file', () => {
  it('names the file and says why for HTTP errors, bad JSON and wrong content', async () => {
    const cases: [typeof fetch, string, string][] = [
      [async () => new Response('gone', { status: 404 }), 'http', 'HTTP 404'],
      [async () => new Response('{"type": "Feat', { status: 200 }), 'parse', 'not valid JSON'],
      [async () => json({ type: 'Feature' }), 'shape', 'unexpected content'],
    ];
    for (const [fetchImpl, reason, detail] of cases) {
      const error = await loadDataFile('posts', { fetchImpl, base: '/' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataLoadError);
      expect((error as DataLoadError).reason).toBe(reason);
      expect((error as DataLoadError).message).toBe(`geo/posts.geojson: ${detail}`);
    }
  });

  it('gives up on a stalled file after the timeout, with a message naming it', async () => {
    const error = await loadDataFile('routes', { fetchImpl: stalled, base: '/', timeoutMs: 30 }).catch((e) => e);
    expect((error as DataLoadError).reason).toBe('timeout');
    expect((error as DataLoadError).message).toBe('geo/routes.geojson: no answer after 0.03 s');
  });

  it('a retry cancels the stalled request and ignores its late answer', async () => {
    const store = createAppStore();
    let release: (r: Response) => void = () => undefined;
    let calls = 0;
    const fetchImpl: typeof fetch = (_input, init) => {
      calls++;
      if (calls === 1) {
        // The first request answers late, with stale content, even though it was aborted.
        return new Promise((resolve) => {
          release = resolve;
          init?.signal?.addEventListener('abort', () => undefined);
        });
      }
      return Promise.resolve(json({ type: 'FeatureCollection', features: [{ id: 'fresh' }] }));
    };
    const first = loadOne(store, 'posts', fetchImpl);
    expect(store.getState().status.posts).toBe('loading');
    await loadOne(store, 'posts', fetchImpl);
    expect(store.getState().status.posts).toBe('ready');
    release(json({ type: 'FeatureCollection', features: [{ id: 'stale' }] }));
    await first;
    expect(store.getState().status.posts).toBe('ready');
    expect(store.getState().loadErrors.posts).toBeUndefined();
    expect(store.getState().data.posts?.features.map((f) => f.id)).toEqual(['fresh']);
  });
});
