/**
 * A map rendered off screen at a given size, for a slide (exportPng.ts) or the
 * country fiche's inset: a second MapController given the view through the
 * same `applyView` as the screen map, with briefing-size labels, framing its
 * subject (a scene's camera, a box, or the countries with data).
 */
import type { AppData } from '../data/types';
import { applyView, initialViewOf } from '../map/applyView';
import type { SceneCamera } from '../map/camera';
import { paddingFor } from '../map/framing';
import { MapController } from '../map/MapController';
import { editionsYearContext, filterContextOf } from '../state/filterContext';
import type { ViewState } from '../state/types';

export interface OffscreenInput {
  data: AppData;
  view: ViewState;
  /** A scene's camera or a box, or 'data': the countries with data for the view's filters. */
  camera: SceneCamera | 'data';
  scale: 1 | 2;
  width: number;
  height: number;
}

/** Renders the map off screen and resolves when it is fully drawn. */
export interface OffscreenMap {
  canvas: HTMLCanvasElement;
  /** What the picture shows, [west, south, east, north]. */
  bounds: [number, number, number, number];
  /** How many post clusters the picture draws (the legend explains them only then). */
  clusters: number;
  dispose: () => void;
}

export async function renderMap(input: OffscreenInput): Promise<OffscreenMap> {
  const { data, view } = input;
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, {
    position: 'fixed',
    left: '-30000px',
    top: '0',
    width: `${input.width}px`,
    height: `${input.height}px`,
  });
  document.body.append(host);
  let failure: string | null = null;
  // Clusters of posts in the picture: the slide's legend explains them only then.
  let clusters = 0;
  // The view is applied once the style exists, so the first full frame already shows it (as on screen).
  let styleReady: () => void = () => undefined;
  const styled = new Promise<void>((resolve) => {
    styleReady = resolve;
  });
  const filters = filterContextOf(editionsYearContext(data.editions, view.year), view);
  const controller = new MapController(
    host,
    data,
    view.lang,
    null,
    {
      onSelect: () => undefined,
      onHover: () => undefined,
      onMoveEnd: () => undefined,
      onStyleReady: () => styleReady(),
      onReady: () => undefined,
      onClustersDrawn: (n) => {
        clusters = n;
      },
      onError: (m) => {
        failure = m;
      },
    },
    { pixelRatio: input.scale, interactive: false, readBack: true },
    initialViewOf({ countries: data.countries, programmes: data.programmes, filters }),
  );
  const dispose = () => {
    controller.destroy();
    host.remove();
  };
  try {
    await styled;
    applyView(controller, {
      countries: data.countries,
      programmes: data.programmes,
      filters,
      selection: view.selection,
      lang: view.lang,
      layers: view.layers,
      largeLabels: true,
    });
    // No overlays on an off-screen map: only the margin around the subject.
    controller.setOverlayPadding(paddingFor({ left: 0, top: 0, right: input.width, bottom: input.height }, []));
    if (input.camera === 'data') controller.fitData(false);
    else controller.moveTo(input.camera, false);
    const canvas = await controller.drawnCanvas();
    if (failure) throw new Error(failure);
    return { canvas, bounds: controller.visibleBounds(), dispose, clusters };
  } catch (e) {
    dispose();
    throw e;
  }
}
