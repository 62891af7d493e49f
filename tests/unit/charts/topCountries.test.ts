// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest';
import type { ChartData } from '../../../src/charts/catalogue';
import {
  type TopCountriesInput,
  topCountriesChart,
  topCountriesDescription,
  topCountriesTable,
} from '../../../src/charts/topCountries';
import { formatCount } from '../../../src/i18n/scaledNumbers';
import { axisLabels, chartData, expectAccessibleFrame, expectAmsterdamTime, markTexts } from './helpers';
import { chartMarkup } from './markup';

let data: ChartData;
const input = (list: TopCountriesInput['list']): TopCountriesInput => ({
  statistics: data.statistics,
  countries: data.countries,
  notes: data.notes,
  list,
});

beforeAll(() => {
  expectAmsterdamTime();
  data = chartData();
});

describe('top-5 countries charts', () => {
  test.each([
    ['hosting', 'nl'],
    ['hosting', 'en'],
    ['origin', 'nl'],
    ['origin', 'en'],
  ] as const)('SVG snapshot (%s, %s)', (list, lang) => {
    expect(chartMarkup(topCountriesChart(input(list), lang, { document }))).toMatchSnapshot();
  });

  test('host countries in the report order, Iran first', () => {
    const fig = topCountriesChart(input('hosting'), 'nl', { document });
    expect(axisLabels(fig)).toEqual(['Iran', 'Turkije', 'Colombia', 'Duitsland', 'Pakistan']);
    expect(markTexts(fig, 'text')).toEqual(['3,8 mln', '3,3 mln', '2,9 mln', '2,6 mln', '2 mln']);
    expect(axisLabels(topCountriesChart(input('hosting'), 'en', { document }))[1]).toBe('Türkiye');
  });

  test('Afghanistan and Syria both 6.4 million, in the report order, with equal bars', () => {
    const fig = topCountriesChart(input('origin'), 'en', { document });
    expect(axisLabels(fig).slice(0, 2)).toEqual(['Afghanistan', 'Syria']);
    expect(markTexts(fig, 'text').slice(0, 2)).toEqual(['6.4 million', '6.4 million']);
    const [afg, syr] = [...fig.querySelectorAll('g[aria-label="bar"] rect')].map((r) => r.getAttribute('width'));
    expect(afg).toBe(syr);
    expect(topCountriesDescription(input('origin'), 'nl')).toContain('1. Afghanistan 6,4 mln, 2. Syrië 6,4 mln');
  });

  test('mentions the data notes about the numbers it shows', () => {
    const hosting = topCountriesChart(input('hosting'), 'nl', { document });
    expect(hosting.querySelector('.mk-chart-note')?.textContent).toContain('Iran en Turkije');
    const origin = topCountriesChart(input('origin'), 'nl', { document });
    expect(origin.querySelector('.mk-chart-lede')?.textContent).toContain('73%');
    expect(origin.querySelector('.mk-chart-note')?.textContent).toMatch(/aandeel/);
    // Without notes loaded, no note lines.
    const bare = topCountriesChart({ ...input('hosting'), notes: undefined }, 'nl', { document });
    expect(bare.querySelector('.mk-chart-note')).toBeNull();
  });

  test.each(['hosting', 'origin'] as const)('table has the same numbers as the chart (%s)', (list) => {
    for (const lang of ['nl', 'en'] as const) {
      const fig = topCountriesChart(input(list), lang, { document });
      const table = topCountriesTable(input(list), lang);
      expect(table.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
      expect(table.rows.map((r) => r[1])).toEqual(axisLabels(fig));
      expect(table.rows.map((r) => formatCount(r[2] as number, lang))).toEqual(markTexts(fig, 'text'));
    }
  });

  test('shows its source and an accessible frame', () => {
    expectAccessibleFrame(topCountriesChart(input('hosting'), 'nl', { document }), /Top 5 opvanglanden/);
    expectAccessibleFrame(topCountriesChart(input('origin'), 'en', { document }), /^Source: H1.*fn 11/);
  });
});
