/**
 * Runs in the page, not in Node: installed in every document before its own
 * scripts (an init script, not subject to the page's CSP). bundle.ts bundles
 * this file into one plain script, so it is typechecked and linted like the
 * rest while carrying none of the Node-side loader's helpers into the page.
 */
import type { BenchApi, ReadyResult } from './api';
import { armChange, floorChange } from './changes';
import { churn } from './churn';
import { findMap, frame, mapOf, nextMapEvent, programsOf } from './map';

interface Shift {
  value: number;
  at: number;
  sources: string[];
}
interface LayoutShiftEntry extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources?: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

// Layout shifts of the load, with the elements that moved (for CLS).
const shifts: Shift[] = [];
const describe = (n: Node | null): string => {
  if (!(n instanceof Element)) return String(n?.nodeName);
  const cls = typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : '';
  return n.tagName.toLowerCase() + (n.id ? `#${n.id}` : '') + cls;
};
const rect = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as LayoutShiftEntry[]) {
      if (e.hadRecentInput) continue;
      shifts.push({
        value: e.value,
        at: Math.round(e.startTime),
        sources: (e.sources ?? []).map((s) => `${describe(s.node)} ${rect(s.previousRect)} -> ${rect(s.currentRect)}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
} catch {
  // no layout-shift entries in this browser
}

// When the app first marks its map usable (data-usable, set by src/map/usable.ts): ms from navigation start.
let usableAt: number | undefined;
new MutationObserver((_, observer) => {
  if (document.querySelector('.map[data-usable="true"]')) {
    usableAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-usable'] });

/** The map is there and the page says it is ready (app: .map[data-ready]; floor: body[data-ready]). */
function pageReady(): boolean {
  if (window.floor) return document.body.dataset.ready === 'true';
  return !!document.querySelector('.map[data-ready="true"]');
}

async function ready(timeout: number): Promise<ReadyResult> {
  const until = performance.now() + timeout;
  while (!(findMap() && pageReady())) {
    if (performance.now() > until) return { ms: Number.NaN, complete: false, programs: [], reason: 'not ready' };
    await frame();
  }
  const m = mapOf();
  const sources = window.floor ? ['countries'] : ['countries', 'posts', 'routes'];
  // A source whose layers are all hidden (routes outside their year) loads no tiles: nothing to wait for.
  const shown = (s: string) =>
    m.getStyle().layers.some((l) => 'source' in l && l.source === s && l.layout?.visibility !== 'none');
  const complete = () => sources.every((s) => m.getSource(s) && (!shown(s) || m.querySourceFeatures(s).length > 0));
  const done = (ok: boolean, reason?: string): ReadyResult => ({
    ms: performance.now(),
    complete: ok,
    ...(window.floor ? {} : { usableMs: usableAt ?? Number.NaN }),
    programs: programsOf(m),
    ...(reason ? { reason } : {}),
  });
  for (;;) {
    if (m.loaded() && !m.isMoving() && complete()) return done(true);
    const left = until - performance.now();
    if (left <= 0) return done(false, 'timeout');
    await nextMapEvent(m, 'idle', Math.min(left, 500), () => undefined, undefined);
  }
}

const api: BenchApi = {
  shifts() {
    return {
      cls: shifts.reduce((a, s) => a + s.value, 0),
      entries: [...shifts].sort((a, b) => b.value - a.value).slice(0, 6),
    };
  },
  ready,
  idle(timeout) {
    const m = mapOf();
    const idled = nextMapEvent(m, 'idle', timeout, () => true, false);
    m.triggerRepaint();
    return idled;
  },
  arm(type, timeout) {
    api.pending = armChange(mapOf(), type, timeout);
    return true;
  },
  floorChange,
  churn,
  mapSize() {
    const r = document.querySelector('.map')!.getBoundingClientRect();
    return { w: Math.round(r.width), h: Math.round(r.height) };
  },
};
window.__bench = api;
