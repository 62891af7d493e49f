/** One filter change measured in the page: from the input event to the map's next frame and idle. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Timing } from '../types';
import { nextMapEvent } from './map';

/**
 * Arms one measurement: the next event of this type (capture, document)
 * starts the clock at event.timeStamp; dispatch ends when the event has
 * bubbled to window (React's handlers and effects done); frame is the map's
 * next render event followed by requestAnimationFrame; idle is the map's next
 * idle.
 */
export function armChange(m: MapLibreMap, type: 'click' | 'keydown', timeout: number): Promise<Timing> {
  return new Promise((resolve) => {
    // No render at all before the timeout: the change left the map as it was (noFrame).
    let rendered = false;
    const timer = setTimeout(() => resolve({ timeout: true, noFrame: !rendered }), timeout);
    const onInput = (e: Event) => {
      const now = performance.now();
      const t0 = e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now;
      const out: Timing = { inputDelay: now - t0 };
      window.addEventListener(
        type,
        () => {
          out.dispatch = performance.now() - t0;
        },
        { once: true },
      );
      let framed = false;
      let idled = false;
      const finish = () => {
        if (framed && idled) {
          clearTimeout(timer);
          resolve(out);
        }
      };
      m.once('render', () => {
        rendered = true;
        out.render = performance.now() - t0;
        requestAnimationFrame(() => {
          out.frame = performance.now() - t0;
          framed = true;
          finish();
        });
      });
      m.once('idle', () => {
        out.idle = performance.now() - t0;
        idled = true;
        finish();
      });
    };
    document.addEventListener(type, onInput, { capture: true, once: true });
  });
}

/** The floor's own filter change (setFilter), measured like armChange(). */
export async function floorChange(timeout: number): Promise<Timing> {
  const floor = window.floor;
  if (!floor) throw new Error('not the floor page');
  const m = floor.map;
  const t0 = performance.now();
  const idle = nextMapEvent(m, 'idle', timeout, () => performance.now() - t0, Number.NaN);
  let render = Number.NaN;
  m.once('render', () => {
    render = performance.now() - t0;
  });
  const framePromise = floor.setFilterOnce();
  const dispatch = performance.now() - t0;
  const frame = await Promise.race([
    framePromise,
    new Promise<number>((r) => setTimeout(() => r(Number.NaN), timeout)),
  ]);
  return { inputDelay: 0, dispatch, render, frame, idle: await idle };
}
