// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest';
import { resultsChart, resultsDescription, resultsTable, resultValueText } from '../../../src/charts/results';
import type { Statistics } from '../../../src/data/types';
import { axisLabels, chartData, expectAccessibleFrame, expectAmsterdamTime, markTexts } from './helpers';
import { chartMarkup } from './markup';

let statistics: Statistics;
beforeAll(() => {
  expectAmsterdamTime();
  statistics = chartData().statistics;
});

const byId = (id: string) => statistics.results.find((r) => r.id === id)!;

describe('results chart', () => {
  test.each(['nl', 'en'] as const)('SVG snapshot (%s)', (lang) => {
    expect(chartMarkup(resultsChart(statistics, lang, { document }))).toMatchSnapshot();
  });

  test('labels keep the report’s qualifier', () => {
    const nl = markTexts(resultsChart(statistics, 'nl', { document }), 'text');
    expect(nl).toContain('meer dan 550.000');
    expect(nl).toContain('meer dan 1 mln');
    expect(nl).toContain('bijna €\u00a01 mld');
    expect(nl).toContain('tienduizenden');
    expect(nl).toContain('61.073');
    const en = markTexts(resultsChart(statistics, 'en', { document }), 'text');
    expect(en).toContain('more than 550,000');
    expect(en).toContain('almost €1 billion');
    expect(en).toContain('tens of thousands');
    expect(resultValueText(byId('compass-awareness'), 'en')).toBe('more than 550,000');
  });

  test('"tens of thousands" has no dot, only the band it stands for', () => {
    const fig = resultsChart(statistics, 'nl', { document });
    const withValue = statistics.results.filter((r) => r.value !== null).length;
    expect(fig.querySelectorAll('g[aria-label="dot"] path')).toHaveLength(withValue);
    expect(fig.querySelectorAll('g[aria-label="rule"] line[stroke]').length).toBe(
      statistics.results.length - withValue,
    );
  });

  test.each(['nl', 'en'] as const)('table has the same values as the chart (%s)', (lang) => {
    const fig = resultsChart(statistics, lang, { document });
    const table = resultsTable(statistics, lang);
    expect(table.rows.map((r) => r[0])).toEqual(axisLabels(fig));
    expect(table.rows.map((r) => r[2])).toEqual(markTexts(fig, 'text'));
  });

  test('table gives period, unit and full source per result', () => {
    const table = resultsTable(statistics, 'nl');
    const awareness = table.rows.find((r) => r[2] === 'meer dan 550.000')!;
    expect(awareness[3]).toBe('mensen');
    expect(awareness[4]).toBe('1 oktober 2022 – 30 september 2023');
    expect(awareness[5]).toMatch(/fn 33/);
    expect(table.rows.find((r) => r[3] === 'wetten')?.[4]).toBe('–');
    // GCFF: 'Sinds de oprichting in 2016', no end stated (data audit finding 10).
    expect(resultsTable(statistics, 'en').rows.find((r) => r[3] === 'euro')?.[4]).toBe('2016 – ..');
  });

  test('description and note mention the reporting period', () => {
    expect(resultsDescription(statistics, 'nl')).toContain('7 opvang in de regio en 10 migratiesamenwerking');
    const fig = resultsChart(statistics, 'en', { document });
    expect(fig.querySelector('.mk-chart-note')?.textContent).toContain('1 October 2022 to 30 September 2023');
    expectAccessibleFrame(fig, /^Source: H3 and H4/);
  });
});
