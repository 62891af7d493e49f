/**
 * A slide-ready picture of a view: 1920x1080 (or 2x) with the title, the map,
 * the legend, the source line, the boundary disclaimer and the date drawn in,
 * so the picture keeps its source when it leaves the app. The map is rendered
 * off screen at the target size by a second MapController given the view
 * through the same `applyView` as the screen map, so the export shows what
 * the screen shows and never depends on the window's size.
 */
import type { AppData, Scene } from '../data/types';
import { formatLongDate } from '../i18n/dates';
import { translator } from '../i18n/t';
import { applyView } from '../map/applyView';
import type { SceneCamera } from '../map/camera';
import { type LegendEntry, legendModel, legendViewOf } from '../map/legendEntries';
import { MapController } from '../map/MapController';
import { editionsYearContext, filterContextOf } from '../state/filterContext';
import type { ViewState } from '../state/types';
import { CANVAS_FONT, loadShippedFont } from '../theme/font';
import { BORDER } from '../theme/palette';
import { slideDerivedText } from './slideDerived';

export const SLIDE = { width: 1920, height: 1080, header: 120, footer: 84 } as const;
const MAP_HEIGHT = SLIDE.height - SLIDE.header - SLIDE.footer;
const ACCENT = '#01689b';
const FONT = CANVAS_FONT;

export interface ExportInput {
  data: AppData;
  view: ViewState;
  camera: SceneCamera;
  title: string;
  subtitle: string;
  scale: 1 | 2;
  /** The date printed on the slide (injected for tests). */
  date?: Date;
}

/** Renders the map off screen and resolves when it is fully drawn. */
async function renderMap(input: ExportInput): Promise<{ canvas: HTMLCanvasElement; dispose: () => void }> {
  const { data, view } = input;
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, {
    position: 'fixed',
    left: '-30000px',
    top: '0',
    width: `${SLIDE.width}px`,
    height: `${MAP_HEIGHT}px`,
  });
  document.body.append(host);
  let failure: string | null = null;
  // The view is applied once the style exists, so the first full frame already shows it (as on screen).
  let styleReady: () => void = () => undefined;
  const styled = new Promise<void>((resolve) => {
    styleReady = resolve;
  });
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
      onError: (m) => {
        failure = m;
      },
    },
    { pixelRatio: input.scale, interactive: false },
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
      filters: filterContextOf(editionsYearContext(data.editions, view.year), view),
      selection: view.selection,
      lang: view.lang,
      layers: view.layers,
    });
    controller.moveTo(input.camera, false);
    const canvas = await controller.drawnCanvas();
    if (failure) throw new Error(failure);
    return { canvas, dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}

function drawEntry(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number) {
  ctx.save();
  if (e.kind === 'fill') {
    ctx.fillStyle = e.color;
    ctx.fillRect(x, y - 9, 24, 18);
    ctx.strokeStyle = e.dashedBorder ? BORDER : '#777777';
    ctx.setLineDash(e.dashedBorder ? [3, 3] : []);
    ctx.strokeRect(x, y - 9, 24, 18);
  } else if (e.kind === 'line') {
    ctx.strokeStyle = e.color;
    ctx.lineWidth = e.width;
    ctx.setLineDash(e.style === 'dashed' ? [8, 5] : e.style === 'dotted' ? [2, 4] : []);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 30, y);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(x + 10, y, 8, 0, Math.PI * 2);
    if (e.kind === 'dot') {
      ctx.fillStyle = e.color;
      ctx.fill();
    } else {
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.lineWidth = 3;
      ctx.strokeStyle = e.color;
      ctx.stroke();
      if (e.cross) {
        ctx.beginPath();
        ctx.moveTo(x + 6, y - 4);
        ctx.lineTo(x + 14, y + 4);
        ctx.moveTo(x + 14, y - 4);
        ctx.lineTo(x + 6, y + 4);
        ctx.stroke();
      }
    }
  }
  ctx.restore();
}

function drawLegend(ctx: CanvasRenderingContext2D, input: ExportInput) {
  const t = translator(input.view.lang);
  const { data, view } = input;
  const m = legendModel(
    legendViewOf({
      countries: data.countries,
      programmes: data.programmes,
      filters: filterContextOf(editionsYearContext(data.editions, view.year), view),
      selection: view.selection,
      layers: view.layers,
      posts: data.posts,
    }),
    t,
  );
  // Short class labels share rows of three; long ones get a row of their own.
  const grid = m.classes.filter((e) => e.label.length <= 8);
  const rows = [...m.classes.filter((e) => e.label.length > 8), ...m.items];
  const lineH = 26;
  const width = 560;
  const notes = [...(m.caveat ? [m.caveat] : []), ...m.notes];
  const height = 56 + lineH * (Math.ceil(grid.length / 3) + rows.length + notes.length);
  const x = 24;
  const y = SLIDE.header + MAP_HEIGHT - height - 24;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(x, y, width, height);
  ctx.strokeStyle = '#c8c8c8';
  ctx.strokeRect(x, y, width, height);
  ctx.fillStyle = '#1b1b1b';
  ctx.font = `bold 18px ${FONT}`;
  ctx.fillText(m.title, x + 16, y + 30, width - 32);
  ctx.font = `16px ${FONT}`;
  let cy = y + 30 + lineH;
  grid.forEach((e, i) => {
    const cx = x + 16 + (i % 3) * 180;
    if (i > 0 && i % 3 === 0) cy += lineH;
    drawEntry(ctx, e, cx, cy);
    ctx.fillStyle = '#1b1b1b';
    ctx.fillText(e.label, cx + 34, cy + 5, 140);
  });
  cy += lineH;
  for (const e of rows) {
    drawEntry(ctx, e, x + 16, cy);
    ctx.fillStyle = '#1b1b1b';
    ctx.fillText(e.label, x + 56, cy + 5, width - 72);
    cy += lineH;
  }
  ctx.fillStyle = '#4a4a4a';
  ctx.font = `italic 15px ${FONT}`;
  for (const note of notes) {
    ctx.fillText(note, x + 16, cy + 5, width - 32);
    cy += lineH;
  }
}

export async function renderSlide(input: ExportInput): Promise<HTMLCanvasElement> {
  const t = translator(input.view.lang);
  // A canvas draws with whatever font is loaded now: the shipped one must be in first.
  const [{ canvas: mapCanvas, dispose }] = await Promise.all([renderMap(input), loadShippedFont()]);
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
    ctx.drawImage(mapCanvas, 0, SLIDE.header, SLIDE.width, MAP_HEIGHT);
    drawLegend(ctx, input);
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
