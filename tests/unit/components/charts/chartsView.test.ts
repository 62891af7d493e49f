// @vitest-environment jsdom
/**
 * The React side: the view lists every chart with its table alternative, in
 * the store's language, and says it is loading until the data are there.
 * Written with createElement so the file stays a plain .ts test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { type ChartData, chartEntries } from '../../../../src/charts/catalogue';
import { ChartFigure } from '../../../../src/components/charts/ChartFigure';
import ChartsView from '../../../../src/components/charts/ChartsView';
import { useAppStore } from '../../../../src/state/store';
import { chartData, expectAmsterdamTime } from '../../charts/helpers';

let data: ChartData;
beforeAll(() => {
  expectAmsterdamTime();
  data = chartData();
});
afterEach(() => {
  cleanup();
  useAppStore.setState({ data: {}, status: {}, lang: 'nl' });
});

describe('ChartsView', () => {
  test('says it is loading while data are missing, and when loading failed', () => {
    useAppStore.setState({ data: {}, status: {}, lang: 'nl' });
    render(createElement(ChartsView));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Cijfers uit het rapport');
    expect(screen.getByRole('status').textContent).toBe('Cijfers laden…');
    act(() => useAppStore.setState({ status: { statistics: 'error' } }));
    expect(screen.getByRole('status').textContent).toBe('De cijfers konden niet worden geladen.');
  });

  test('lists every chart with a real table alternative', () => {
    useAppStore.setState({ data, lang: 'nl' });
    const { container } = render(createElement(ChartsView));
    const figures = container.querySelectorAll('figure.chart-figure');
    expect([...figures].map((f) => f.id)).toEqual([
      'chart-displacement',
      'chart-top-hosting',
      'chart-top-origin',
      'chart-budgets',
      'chart-activities',
      'chart-results',
    ]);
    for (const figure of figures) {
      expect(figure.querySelector('.chart-plot svg.mk-chart')).not.toBeNull();
      expect(figure.querySelector('figcaption.chart-description')?.textContent).toBeTruthy();
      const details = figure.querySelector('details')!;
      expect(details.querySelector('summary')?.textContent).toBe('Toon als tabel');
      const table = details.querySelector('table')!;
      expect(table.querySelector('caption')?.textContent).toBeTruthy();
      expect(table.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThan(1);
    }
    // Numbers in the table are formatted for the reader's locale.
    const displacement = within(container.querySelector<HTMLElement>('#chart-displacement')!);
    expect(displacement.getByRole('rowheader', { name: 'Intern ontheemden (IDPs)' })).toBeTruthy();
    expect(displacement.getByText('68.300.000')).toBeTruthy();
    const activities = within(container.querySelector<HTMLElement>('#chart-activities')!);
    const nigeria = activities.getByRole('rowheader', { name: 'Nigeria' }).closest('tr')!;
    expect([...nigeria.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['–', '7']);
  });

  test('follows the store language', () => {
    useAppStore.setState({ data, lang: 'nl' });
    render(createElement(ChartsView));
    act(() => useAppStore.setState({ lang: 'en' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Figures from the report');
    expect(screen.getAllByText('Show as table')).toHaveLength(6);
    expect(screen.getByRole('heading', { level: 3, name: 'Top 5 host countries' })).toBeTruthy();
  });
});

describe('ChartFigure', () => {
  test('opens the table when the chart cannot be drawn', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const [entry] = chartEntries(data, 'en');
    const broken = {
      ...entry!,
      render: () => {
        throw new Error('no canvas');
      },
    };
    const { container } = render(createElement(ChartFigure, { ...broken, lang: 'en' }));
    expect(container.querySelector('details')?.open).toBe(true);
    expect(container.querySelector('.chart-plot')?.childElementCount).toBe(0);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

test('no chart or wrapper code writes HTML strings', () => {
  const files = [
    ...readdirSync('src/charts').map((f) => join('src/charts', f)),
    ...readdirSync('src/components/charts').map((f) => join('src/components/charts', f)),
  ];
  for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/innerHTML|insertAdjacentHTML/);
});
