// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest';
import {
  type ActivitiesInput,
  activitiesChart,
  activitiesDescription,
  activitiesTable,
  activityCounts,
} from '../../../src/charts/activities';
import { axisLabels, chartData, expectAccessibleFrame, expectAmsterdamTime, textsPerRow } from './helpers';
import { chartMarkup } from './markup';

let input: ActivitiesInput;
beforeAll(() => {
  expectAmsterdamTime();
  const d = chartData();
  input = { countries: d.countries, editions: d.editions };
});

describe('activities chart', () => {
  test.each(['nl', 'en'] as const)('SVG snapshot (%s)', (lang) => {
    expect(chartMarkup(activitiesChart(input, lang, { document }))).toMatchSnapshot();
  });

  test('table rows equal the per-country counts of countries.geojson, Nigeria 7 under migration cooperation', () => {
    const table = activitiesTable(input, 'en');
    expect(table.columns).toEqual(['Country', 'Reception in the region', 'Migration cooperation']);
    expect(table.rows).toContainEqual(['Nigeria', '–', 7]);
    expect(table.rows).toContainEqual(['Pakistan', 7, '–']);
    expect(table.rows).toContainEqual(['Egypt', 5, 2]);
    const expected = input.countries.features
      .filter((f) => f.properties.activities_by_year['2023'])
      .map((f) => {
        const c = f.properties.activities_by_year['2023']!;
        return [f.properties.name_en, c['reception-in-region'] ?? '–', c['migration-cooperation'] ?? '–'];
      });
    expect([...table.rows].sort()).toEqual([...expected].sort());
    // Niger has no count in the report: it is not in the chart, not shown as 0.
    expect(table.rows.some((r) => r[0] === 'Niger')).toBe(false);
  });

  test('per-country counts add up to more than the report totals 28 and 17, and the chart says why', () => {
    const rows = activityCounts(input, 'nl');
    const sum = (g: 'reception-in-region' | 'migration-cooperation') =>
      rows.reduce((n, r) => n + (r.counts[g] ?? 0), 0);
    expect([sum('reception-in-region'), sum('migration-cooperation')]).toEqual([44, 37]);
    const fig = activitiesChart(input, 'nl', { document });
    const note = fig.querySelector('.mk-chart-note')?.textContent ?? '';
    expect(note).toContain('telt in elk land mee');
    expect(note).toContain('44 (opvang in de regio) en 37 (migratiesamenwerking)');
    expect(note).toContain('28 en 17');
    expect(activitiesDescription(input, 'en')).toContain('28 and 17 distinct activities');
  });

  test.each(['nl', 'en'] as const)('table has the same numbers as the chart, bar by bar (%s)', (lang) => {
    const fig = activitiesChart(input, lang, { document });
    const table = activitiesTable(input, lang);
    expect(table.rows.map((r) => r[0])).toEqual(axisLabels(fig));
    const perRow = textsPerRow(fig, 'text');
    for (const [name, ...counts] of table.rows) {
      // Stacked left to right in goal order, so the segment labels read like the table row.
      expect(perRow.get(String(name))).toEqual(counts.filter((c) => typeof c === 'number').map(String));
    }
  });

  test('most activities first, ties by name in the reader’s language', () => {
    expect(axisLabels(activitiesChart(input, 'nl', { document })).slice(0, 4)).toEqual([
      'Egypte',
      'Irak',
      'Nigeria',
      'Pakistan',
    ]);
  });

  test('has a legend for both goals and shows its source', () => {
    const fig = activitiesChart(input, 'nl', { document });
    expect([...fig.querySelectorAll('.mk-chart-legend li')].map((li) => li.textContent?.trim())).toEqual([
      'Opvang in de regio',
      'Migratiesamenwerking',
    ]);
    expectAccessibleFrame(fig, /Programmering opvang in de regio.*Programmering migratiesamenwerking/);
  });
});
