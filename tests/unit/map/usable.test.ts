/**
 * The usable-map marker (bench and tests wait for it): set once, from the
 * first frame drawn after the countries, outlines and posts are loaded and
 * the view is applied; never before.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { watchUsable } from '../../../src/map/usable';

/** A map with only what watchUsable reads: render listeners, sources and whether each is loaded. */
function fakeMap(loaded: Record<string, boolean>) {
  const listeners = new Set<() => void>();
  const map = {
    on: (_: 'render', f: () => void) => listeners.add(f),
    off: (_: 'render', f: () => void) => listeners.delete(f),
    getSource: (id: string) => (id in loaded ? {} : undefined),
    isSourceLoaded: (id: string) => loaded[id] === true,
  };
  const render = () => {
    for (const f of [...listeners]) f();
  };
  return { map: map as unknown as MapLibreMap, render, listeners };
}

describe('watchUsable', () => {
  it('fires once, at the first frame with every source loaded and the view data in place', () => {
    const loaded = { countries: true, outlines: false, posts: true };
    const { map, render, listeners } = fakeMap(loaded);
    let hasData = false;
    let calls = 0;
    watchUsable(
      map,
      () => hasData,
      () => calls++,
      ['countries', 'outlines', 'posts'],
    );
    render();
    hasData = true;
    render();
    expect(calls).toBe(0);
    loaded.outlines = true;
    render();
    render();
    expect(calls).toBe(1);
    expect(listeners.size).toBe(0);
  });

  it('waits for a source that is not in the style yet', () => {
    const { map, render } = fakeMap({ countries: true });
    let calls = 0;
    watchUsable(
      map,
      () => true,
      () => calls++,
      ['countries', 'posts'],
    );
    render();
    expect(calls).toBe(0);
  });
});
