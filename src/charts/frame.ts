/**
 * The frame every chart shares: Plot.plot with a title, subtitle (and legend),
 * notes and a source line in a <figure>, an accessible name and description,
 * and no inline styles. Chart files only say what to draw.
 */
import * as Plot from '@observablehq/plot';
import { type LegendItem, legendElement } from './legend';

export interface ChartOptions {
  /** The document to build in; tests pass jsdom's. Defaults to the global one. */
  document?: Document;
  /** Width in CSS pixels; the chart scales down with max-width: 100%. */
  width?: number;
}

/** The data-table alternative of a chart, as plain values the wrapper renders as text. */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface ChartFrame {
  title: string;
  subtitle: string;
  legend?: LegendItem[];
  /** Data notes shown under the chart, above the source. */
  notes?: string[];
  source: string;
  ariaLabel: string;
  ariaDescription: string;
}

/** Class on every chart's SVG; components/charts/charts.css carries the rules Plot would inline. */
export const CHART_CLASS = 'mk-chart';

export const DEFAULT_WIDTH = 640;

function textElement(doc: Document, tag: string, className: string, text: string): HTMLElement {
  const e = doc.createElement(tag);
  e.className = className;
  e.textContent = text;
  return e;
}

export function renderChart(frame: ChartFrame, plot: Plot.PlotOptions, options: ChartOptions = {}): HTMLElement {
  const doc = options.document ?? globalThis.document;
  // Plot would make the title an <h2>; the charts view has its own <h2>, so charts are <h3>.
  const title = textElement(doc, 'h3', 'mk-chart-title', frame.title);
  const subtitle = doc.createElement('div');
  subtitle.className = 'mk-chart-subtitle';
  subtitle.append(textElement(doc, 'p', 'mk-chart-lede', frame.subtitle));
  if (frame.legend?.length) subtitle.append(legendElement(doc, frame.legend));
  const caption = doc.createDocumentFragment();
  for (const note of frame.notes ?? []) caption.append(textElement(doc, 'p', 'mk-chart-note', note));
  caption.append(textElement(doc, 'p', 'mk-chart-source', frame.source));

  const figure = Plot.plot({
    width: options.width ?? DEFAULT_WIDTH,
    ...plot,
    document: doc,
    className: CHART_CLASS,
    title,
    subtitle,
    caption,
    ariaLabel: frame.ariaLabel,
    ariaDescription: frame.ariaDescription,
  }) as HTMLElement;
  // The CSP (style-src 'self') blocks the <style> Plot puts in every SVG; the
  // same rules live in components/charts/charts.css, so drop it rather than log a violation.
  for (const style of figure.querySelectorAll('style')) style.remove();
  return figure;
}
