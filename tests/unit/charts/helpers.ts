/**
 * Shared by the chart tests: the real compiled data (built in memory from
 * data/, as the app would load it) and small readers for what a chart shows.
 */
import { expect } from 'vitest';
import type { ChartData } from '../../../src/charts/catalogue';
import { realData } from '../data/realData';

/** Europe/Amsterdam at the epoch was CET (UTC+1): the offset the snapshots were taken in. */
export function expectAmsterdamTime(): void {
  expect(process.env.TZ).toBe('Europe/Amsterdam');
  expect(new Date(0).getTimezoneOffset()).toBe(-60);
}

export function chartData(): ChartData {
  const d = realData();
  return { statistics: d.statistics, countries: d.countries, editions: d.editions, notes: d.notes };
}

/** The texts of one Plot mark group (by its aria-label), in document order. */
export function markTexts(figure: Element, ariaLabel: string): string[] {
  const group = figure.querySelector(`svg g[aria-label="${ariaLabel}"]`);
  if (!group) throw new Error(`no mark group "${ariaLabel}"`);
  return [...group.querySelectorAll(':scope > text')].map((t) => t.textContent ?? '');
}

/** Wrapped axis labels come as <tspan>s; join them back (Plot breaks after a space or a hyphen). */
export function axisLabels(figure: Element): string[] {
  const group = figure.querySelector('svg g[aria-label="y-axis tick label"]');
  if (!group) throw new Error('no y-axis tick labels');
  return [...group.querySelectorAll(':scope > text')].map((t) => {
    const spans = [...t.querySelectorAll('tspan')];
    if (spans.length === 0) return t.textContent ?? '';
    return spans.map((s) => s.textContent ?? '').reduce((a, b) => (a.endsWith('-') ? `${a}${b}` : `${a} ${b}`));
  });
}

function translate(el: Element): [number, number] {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '');
  if (!m) throw new Error('no translate()');
  return [Number(m[1]), Number(m[2])];
}

/** Texts of a mark group per y-axis row (matched on the row's y), left to right. */
export function textsPerRow(figure: Element, ariaLabel: string): Map<string, string[]> {
  const axis = figure.querySelector('svg g[aria-label="y-axis tick label"]')!;
  const rowByY = new Map<number, string>();
  const labels = axisLabels(figure);
  [...axis.querySelectorAll(':scope > text')].forEach((t, i) => {
    rowByY.set(translate(t)[1], labels[i]!);
  });
  const out = new Map<string, [number, string][]>();
  for (const t of figure.querySelectorAll(`svg g[aria-label="${ariaLabel}"] > text`)) {
    const [x, y] = translate(t);
    const row = rowByY.get(y);
    if (row === undefined) throw new Error(`text at y=${y} is on no row`);
    out.set(row, [...(out.get(row) ?? []), [x, t.textContent ?? '']]);
  }
  return new Map([...out].map(([row, xs]) => [row, xs.sort((a, b) => a[0] - b[0]).map(([, text]) => text)]));
}

/** What every chart must carry: a name, a description, a source line, and no inline <style> (CSP). */
export function expectAccessibleFrame(figure: Element, source: RegExp): void {
  const svg = figure.querySelector('svg.mk-chart');
  expect(svg?.getAttribute('aria-label')).toBeTruthy();
  expect(svg?.getAttribute('aria-description')?.length).toBeGreaterThan(20);
  expect(figure.querySelector('h3.mk-chart-title')?.textContent).toBeTruthy();
  expect(figure.querySelector('.mk-chart-source')?.textContent).toMatch(source);
  expect(figure.querySelector('style')).toBeNull();
}
