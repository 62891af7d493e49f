/**
 * Chapter 2: the budget per policy goal in the reporting year. Labels keep the
 * report's "ca.", since the amounts are rounded figures, not accounts.
 */
import * as Plot from '@observablehq/plot';
import type { Statistics } from '../data/types';
import { hedge } from '../i18n/hedge';
import { chartMessages } from '../i18n/messages/charts';
import { formatMoney } from '../i18n/scaledNumbers';
import type { Lang } from '../state/types';
import { type ChartOptions, type ChartTable, renderChart } from './frame';
import { GOAL_COLOR, GOAL_IDS, goalName } from './goals';
import { sourceLine } from './sourceLine';

function rows(statistics: Statistics, lang: Lang) {
  return statistics.budgets
    .filter((b) => b.year === statistics.year)
    .sort((a, b) => GOAL_IDS.indexOf(a.goal) - GOAL_IDS.indexOf(b.goal))
    .map((b) => ({
      ...b,
      name: goalName(b.goal, lang),
      text: hedge(formatMoney(b.amount_eur, lang), b.qualifier, lang),
    }));
}

export function budgetsDescription(statistics: Statistics, lang: Lang): string {
  const list = rows(statistics, lang)
    .map((r) => `${r.name} ${r.text}`)
    .join(', ');
  return chartMessages(lang).budgetsDescription(list);
}

export function budgetsChart(statistics: Statistics, lang: Lang, options?: ChartOptions): HTMLElement {
  const s = chartMessages(lang);
  const data = rows(statistics, lang);
  const max = Math.max(...data.map((r) => r.amount_eur));
  const title = s.budgetsTitle(statistics.year);
  return renderChart(
    {
      title,
      subtitle: s.budgetsSubtitle,
      source: sourceLine(
        data.map((r) => r.source),
        lang,
      ),
      ariaLabel: title,
      ariaDescription: budgetsDescription(statistics, lang),
    },
    {
      height: 60 + data.length * 44,
      marginLeft: 160,
      marginRight: 20,
      // Headroom for the label after the longest bar.
      x: { domain: [0, max * 1.3], label: s.budgetsX, grid: true, tickFormat: (d: number) => formatMoney(d, lang) },
      y: { domain: data.map((r) => r.name), label: null },
      // Goal colours as on the map; the axis names the goal, so no legend.
      color: { domain: GOAL_IDS as unknown as string[], range: GOAL_IDS.map((g) => GOAL_COLOR[g]) },
      marks: [
        Plot.barX(data, { x: 'amount_eur', y: 'name', fill: 'goal' }),
        Plot.text(data, { x: 'amount_eur', y: 'name', text: 'text', textAnchor: 'start', dx: 4, fontSize: 12 }),
        Plot.ruleX([0]),
        Plot.axisY({ tickSize: 0, fontSize: 12, lineWidth: 14, label: null }),
      ],
    },
    options,
  );
}

export function budgetsTable(statistics: Statistics, lang: Lang): ChartTable {
  const s = chartMessages(lang);
  return {
    caption: s.budgetsTitle(statistics.year),
    columns: [s.goal, s.amount],
    rows: rows(statistics, lang).map((r) => [r.name, r.text]),
  };
}
