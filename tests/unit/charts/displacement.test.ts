// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest';
import { displacementChart, displacementDescription, displacementTable } from '../../../src/charts/displacement';
import type { Statistics } from '../../../src/data/types';
import { formatCount } from '../../../src/i18n/scaledNumbers';
import { axisLabels, chartData, expectAccessibleFrame, expectAmsterdamTime, markTexts } from './helpers';
import { chartMarkup } from './markup';

let statistics: Statistics;
beforeAll(() => {
  expectAmsterdamTime();
  statistics = chartData().statistics;
});

describe('displacement chart', () => {
  test.each(['nl', 'en'] as const)('SVG snapshot (%s)', (lang) => {
    expect(chartMarkup(displacementChart(statistics, lang, { document }))).toMatchSnapshot();
  });

  test('labels the total as the report does: ca. 117 mln / about 117 million', () => {
    const nl = displacementChart(statistics, 'nl', { document });
    expect(nl.querySelector('.mk-chart-lede')?.textContent).toContain('ca. 117 mln');
    expect(nl.querySelector('svg')?.getAttribute('aria-label')).toContain('ca. 117 mln');
    const en = displacementChart(statistics, 'en', { document });
    expect(en.querySelector('.mk-chart-lede')?.textContent).toContain('about 117 million');
  });

  test('draws the four groups as given, largest first, and no bar for the total', () => {
    const fig = displacementChart(statistics, 'nl', { document });
    expect(markTexts(fig, 'text')).toEqual(['68,3 mln', '37,6 mln', '6,9 mln', '5,8 mln']);
    expect(fig.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(4);
    expect(axisLabels(fig)[0]).toBe('Intern ontheemden (IDPs)');
  });

  test('mentions the data note (parts add up to 118.6 million) in the description and under the chart', () => {
    const nl = displacementDescription(statistics, 'nl');
    expect(nl).toContain('118,6 mln');
    expect(nl).toContain('ca. 117 mln');
    expect(nl).toMatch(/Datanotitie/);
    expect(displacementDescription(statistics, 'en')).toContain('118.6 million');
    const fig = displacementChart(statistics, 'en', { document });
    expect(fig.querySelector('svg')?.getAttribute('aria-description')).toContain('118.6 million');
    expect(fig.querySelector('.mk-chart-note')?.textContent).toMatch(/^Data note/);
  });

  test('has no note when the parts do add up to the total', () => {
    const figures = statistics.figures.map((f) => (f.id === 'displaced-total' ? { ...f, value: 118_600_000 } : f));
    const fixed = { ...statistics, figures };
    expect(displacementDescription(fixed, 'nl')).not.toMatch(/Datanotitie/);
    expect(displacementChart(fixed, 'nl', { document }).querySelector('.mk-chart-note')).toBeNull();
  });

  test.each(['nl', 'en'] as const)('table has the same numbers as the chart (%s)', (lang) => {
    const fig = displacementChart(statistics, lang, { document });
    const table = displacementTable(statistics, lang);
    const parts = table.rows.slice(0, 4);
    expect(parts.map((r) => formatCount(r[1] as number, lang))).toEqual(markTexts(fig, 'text'));
    expect(parts.map((r) => r[0])).toEqual(axisLabels(fig));
    expect(table.rows[4]).toEqual([
      lang === 'nl' ? 'Totaal volgens het rapport' : 'Total according to the report',
      lang === 'nl' ? 'ca. 117 mln' : 'about 117 million',
    ]);
    expect(table.rows[5]?.[1]).toBe(118_600_000);
  });

  test('shows its source and an accessible frame', () => {
    expectAccessibleFrame(displacementChart(statistics, 'nl', { document }), /^Bron: H1, 'Statistieken'; fn 10/);
  });

  test('data text is set as text, never parsed as markup', () => {
    const figures = statistics.figures.map((f) =>
      f.id === 'idps' ? { ...f, label_nl: '<img src=x onerror="alert(1)">' } : f,
    );
    const fig = displacementChart({ ...statistics, figures }, 'nl', { document });
    expect(fig.querySelector('img')).toBeNull();
    expect(axisLabels(fig).join(' ')).toContain('<img');
  });
});
