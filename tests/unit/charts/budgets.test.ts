// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest';
import { budgetsChart, budgetsDescription, budgetsTable } from '../../../src/charts/budgets';
import type { Statistics } from '../../../src/data/types';
import { FOCUS_MIGRATION, FOCUS_RECEPTION } from '../../../src/theme/palette';
import { axisLabels, chartData, expectAccessibleFrame, expectAmsterdamTime, markTexts } from './helpers';
import { chartMarkup } from './markup';

let statistics: Statistics;
beforeAll(() => {
  expectAmsterdamTime();
  statistics = chartData().statistics;
});

describe('budgets chart', () => {
  test.each(['nl', 'en'] as const)('SVG snapshot (%s)', (lang) => {
    expect(chartMarkup(budgetsChart(statistics, lang, { document }))).toMatchSnapshot();
  });

  test('one bar per goal in the map colours; "ca." only where the report writes it', () => {
    const fig = budgetsChart(statistics, 'nl', { document });
    expect(axisLabels(fig)).toEqual(['Opvang in de regio', 'Migratiesamenwerking']);
    // Intl puts a no-break space between € and the amount in Dutch.
    expect(markTexts(fig, 'text')).toEqual(['ca. €\u00a0200 mln', '€\u00a060 mln']);
    const fills = [...fig.querySelectorAll('g[aria-label="bar"] rect')].map((r) => r.getAttribute('fill'));
    expect(fills).toEqual([FOCUS_RECEPTION, FOCUS_MIGRATION]);
    expect(markTexts(budgetsChart(statistics, 'en', { document }), 'text')).toEqual([
      'about €200 million',
      '€60 million',
    ]);
  });

  test.each(['nl', 'en'] as const)('table has the same amounts as the chart (%s)', (lang) => {
    const fig = budgetsChart(statistics, lang, { document });
    const table = budgetsTable(statistics, lang);
    expect(table.rows.map((r) => r[0])).toEqual(axisLabels(fig));
    expect(table.rows.map((r) => r[1])).toEqual(markTexts(fig, 'text'));
    expect(budgetsDescription(statistics, lang)).toContain(String(table.rows[0]?.[1]));
  });

  test('shows only the reporting year', () => {
    const extra = { ...statistics.budgets[0]!, id: 'budget-2022', year: 2022, amount_eur: 1 };
    const table = budgetsTable({ ...statistics, budgets: [...statistics.budgets, extra] }, 'nl');
    expect(table.rows).toHaveLength(2);
  });

  test('shows its source and an accessible frame', () => {
    expectAccessibleFrame(budgetsChart(statistics, 'nl', { document }), /^Bron: H2 Beleidsinzet/);
  });
});
