/**
 * The camera moves that frame something (first view, selection, scene,
 * export), fitted into the part of the map the interface leaves free. Part of
 * MapController (it is handed the controller's MapLibre map and nobody else
 * gets it). The last framing is remembered until the user moves the map: when
 * the free area changes meanwhile (a panel opens, the legend folds, a scene
 * card grows), the same subject is framed again for the new area.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds, SceneCamera } from './camera';
import { NO_PADDING, type Padding } from './framing';

/** Event data on every framing move, so moveend can tell a framing from a chosen camera. */
export const FRAMING_EVENT = { framing: true } as const;
/** Event data on a jump to a camera somebody chose (a link's, the presenter's own view back). */
export const CHOSEN_EVENT = { chosen: true } as const;

/**
 * What ended a move: the user's gesture or a chosen camera ('chosen'), the
 * app framing the view ('framing'), or neither, e.g. a resize ('other').
 */
export type MoveKind = 'chosen' | 'framing' | 'other';

/**
 * Tells MapLibre the container's size, but only when it changed: `resize()`
 * reallocates the WebGL drawing buffer and redraws even at the same size,
 * which software WebGL pays for on every country select (docs/performance.md).
 */
export function syncMapSize(map: MapLibreMap): void {
  const container = map.getContainer();
  const canvas = map.getCanvas();
  if (container.clientWidth !== canvas.clientWidth || container.clientHeight !== canvas.clientHeight) map.resize();
}

export function moveKind(e: object): MoveKind {
  const ev = e as { originalEvent?: unknown; framing?: boolean; chosen?: boolean };
  if (ev.originalEvent || ev.chosen) return 'chosen';
  return ev.framing ? 'framing' : 'other';
}

interface Frame {
  camera: SceneCamera;
  maxZoom: number;
}

export class CameraFraming {
  private padding: Padding = NO_PADDING;
  private last: Frame | null = null;

  constructor(private readonly map: MapLibreMap) {
    // A gesture (drag, wheel, keys) means the user chose the camera: stop re-framing.
    map.on('movestart', (e) => {
      if ((e as { originalEvent?: unknown }).originalEvent) this.last = null;
    });
  }

  /** The padding the overlays need (overlays.ts); re-frames the last subject if the user has not moved since. */
  setPadding(p: Padding) {
    const q = this.padding;
    if (p.top === q.top && p.right === q.right && p.bottom === q.bottom && p.left === q.left) return;
    this.padding = p;
    if (this.last) this.apply(this.last, false);
  }

  /** Fits a box (or centres a centre + zoom) into the free area. */
  frame(camera: SceneCamera, opts: { animate: boolean; maxZoom?: number }) {
    this.last = { camera, maxZoom: opts.maxZoom ?? 9 };
    this.apply(this.last, opts.animate);
  }

  /**
   * True when the box already lies inside the free area at the current zoom
   * and is not a speck: at least `minShare` of the map's width or height (a
   * country at a phone's world zoom, or beside a desktop panel, is ~30 px).
   */
  showsWhole(b: Bounds, minShare = 0): boolean {
    const c = this.map.getContainer();
    const p = this.padding;
    const sw = this.map.project([b[0], b[1]]);
    const ne = this.map.project([b[2], b[3]]);
    const speck = ne.x - sw.x < minShare * c.clientWidth && sw.y - ne.y < minShare * c.clientHeight;
    return (
      !speck && sw.x >= p.left && ne.x <= c.clientWidth - p.right && ne.y >= p.top && sw.y <= c.clientHeight - p.bottom
    );
  }

  /** A camera taken as it is (a link, Back, leaving a presentation): no padding, no re-framing. */
  forget() {
    this.last = null;
  }

  private apply(f: Frame, animate: boolean) {
    // The container may have just changed size (a panel opened in the same commit).
    syncMapSize(this.map);
    // A map with no room left (hidden, or mid-layout): wait; the next size change frames again.
    const c = this.map.getContainer();
    const p = this.padding;
    if (c.clientWidth - p.left - p.right < 24 || c.clientHeight - p.top - p.bottom < 24) return;
    const duration = animate ? 1000 : 0;
    if ('bounds' in f.camera) {
      const [w, s, e, n] = f.camera.bounds;
      this.map.fitBounds(
        [w, s, e, n],
        { padding: this.padding, maxZoom: f.maxZoom, duration, essential: true },
        FRAMING_EVENT,
      );
    } else {
      const [lon, lat] = f.camera.center;
      // An offset (not `padding`, which would stay on the map's transform and move the URL's centre)
      // puts the centre in the middle of the free area.
      const offset: [number, number] = [(p.left - p.right) / 2, (p.top - p.bottom) / 2];
      this.map.easeTo({ center: [lon, lat], zoom: f.camera.zoom, offset, duration, essential: true }, FRAMING_EVENT);
    }
  }
}
