/**
 * A slide-ready picture of a view: 1920x1080 (or 2x) with the title, the map,
 * the legend, the source line, the boundary disclaimer and the date drawn in,
 * so the picture keeps its source when it leaves the app. The map is rendered
 * off screen at the target size by a second MapController given the view
 * through the same `applyView` as the screen map, so the export shows what
 * the screen shows and never depends on the window's size (offscreenMap.ts).
 */
import type { AppData, Scene } from '../data/types';
import { formatLongDate } from '../i18n/dates';
import { translator } from '../i18n/t';
import type { SceneCamera } from '../map/camera';
import { type LegendEntry, legendModel, legendViewOf } from '../map/legendEntries';
import { editionsYearContext, filterContextOf } from '../state/filterContext';
import type { ViewState } from '../state/types';
import { loadShippedFont } from '../theme/font';
import { drawLegendColumn, FONT } from './legendCanvas';
import { renderMap } from './offscreenMap';
import { slideDerivedText } from './slideDerived';

/** The legend has a column of its own (`legend` px wide, right of the map): it never covers data. */
export const SLIDE = { width: 1920, height: 1080, header: 120, footer: 84, legend: 470 } as const;
const MAP_HEIGHT = SLIDE.height - SLIDE.header - SLIDE.footer;
const MAP_WIDTH = SLIDE.width - SLIDE.legend;
const ACCENT = '#01689b';

export interface ExportInput {
  data: AppData;
  view: ViewState;
  /** A scene's camera, or 'data': the countries with data for the view's filters. */
  camera: SceneCamera | 'data';
  title: string;
  subtitle: string;
  scale: 1 | 2;
  /** The date printed on the slide (injected for tests). */
  date?: Date;
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Only the entries in use on this picture: the neutral area's key only if one lies in the frame. */
function inFrame(entries: LegendEntry[], data: AppData, frame: Box): LegendEntry[] {
  const neutralShown = data.countries.features.some(
    (f) => f.properties.neutral && overlaps(f.properties.fit_bounds as Box, frame),
  );
  return neutralShown ? entries : entries.filter((e) => e.id !== 'neutral');
}

function drawLegend(ctx: CanvasRenderingContext2D, input: ExportInput, frame: Box, clusters: boolean) {
  const t = translator(input.view.lang);
  const { data, view } = input;
  const m = legendModel(
    {
      ...legendViewOf({
        countries: data.countries,
        programmes: data.programmes,
        filters: filterContextOf(editionsYearContext(data.editions, view.year), view),
        selection: view.selection,
        layers: view.layers,
        posts: data.posts,
      }),
      clusters,
      lang: view.lang,
    },
    t,
  );
  drawLegendColumn(
    ctx,
    { ...m, items: inFrame(m.items, data, frame) },
    { x: MAP_WIDTH, y: SLIDE.header, w: SLIDE.width - MAP_WIDTH, h: MAP_HEIGHT },
  );
}

export async function renderSlide(input: ExportInput): Promise<HTMLCanvasElement> {
  const t = translator(input.view.lang);
  // A canvas draws with whatever font is loaded now: the shipped one must be in first.
  const [{ canvas: mapCanvas, bounds, dispose, clusters }] = await Promise.all([
    renderMap({ ...input, width: MAP_WIDTH, height: MAP_HEIGHT }),
    loadShippedFont(),
  ]);
  try {
    const out = document.createElement('canvas');
    out.width = SLIDE.width * input.scale;
    out.height = SLIDE.height * input.scale;
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    ctx.scale(input.scale, input.scale);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, SLIDE.width, SLIDE.height);
    // Title band.
    ctx.fillStyle = ACCENT;
    ctx.fillRect(0, 0, SLIDE.width, SLIDE.header);
    ctx.fillStyle = '#ffffff';
    ctx.font = `bold 46px ${FONT}`;
    ctx.fillText(input.title, 40, 62, SLIDE.width - 80);
    ctx.font = `24px ${FONT}`;
    ctx.fillText(input.subtitle, 40, 100, SLIDE.width - 80);
    // The map, drawn at its own pixel size into the map area.
    ctx.drawImage(mapCanvas, 0, SLIDE.header, MAP_WIDTH, MAP_HEIGHT);
    drawLegend(ctx, input, bounds, clusters > 0);
    // Footer: source, disclaimer, date.
    const year = input.data.editions.latest;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, SLIDE.height - SLIDE.footer, SLIDE.width, SLIDE.footer);
    ctx.fillStyle = '#1b1b1b';
    ctx.font = `bold 19px ${FONT}`;
    ctx.fillText(t('sourceLine', { year }), 40, SLIDE.height - SLIDE.footer + 30, SLIDE.width - 420);
    ctx.font = `16px ${FONT}`;
    ctx.fillStyle = '#333333';
    ctx.fillText(t('disclaimer'), 40, SLIDE.height - SLIDE.footer + 58, SLIDE.width - 80);
    const derived = slideDerivedText(input.data, input.view);
    if (derived) {
      ctx.font = `italic 14px ${FONT}`;
      ctx.fillText(derived, 40, SLIDE.height - SLIDE.footer + 79, SLIDE.width - 80);
    }
    const date = formatLongDate(input.date ?? new Date(), input.view.lang);
    ctx.textAlign = 'right';
    ctx.font = `17px ${FONT}`;
    ctx.fillText(t('exportDate', { date }), SLIDE.width - 40, SLIDE.height - SLIDE.footer + 30);
    return out;
  } finally {
    dispose();
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

export function sceneFileName(index: number, scene: Pick<Scene, 'id'>): string {
  return `migratiekaart-scene-${String(index + 1).padStart(2, '0')}-${scene.id}.png`;
}
