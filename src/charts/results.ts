/**
 * Chapters 3 and 4: results of the reporting year as a labelled dot plot. The
 * results count people, euros, laws and cases, so each row carries its value
 * in the report's words ("meer dan 550.000") in a column on the right, and the
 * dots only place it on a log scale. "Tens of thousands" has no number: it is
 * drawn as the 10,000-100,000 band it stands for.
 */
import * as Plot from '@observablehq/plot';
import type { Statistics } from '../data/types';
import { hedge } from '../i18n/hedge';
import { formatList } from '../i18n/lists';
import { chartMessages } from '../i18n/messages/charts';
import { formatNumber } from '../i18n/numbers';
import { formatPeriod } from '../i18n/periods';
import { formatCount, formatMoney } from '../i18n/scaledNumbers';
import { localiseSource } from '../i18n/sourceLine';
import type { Lang } from '../state/types';
import { type ChartOptions, type ChartTable, renderChart } from './frame';
import { GOAL_COLOR, GOAL_IDS, GOAL_SYMBOL, goalName } from './goals';

type Result = Statistics['results'][number];

const TENS_OF_THOUSANDS: [number, number] = [10_000, 100_000];

const label = (r: Result, lang: Lang) => (lang === 'nl' ? r.label_nl : r.label_en);

/** The value as the report says it: "meer dan 550.000", "bijna € 1 mld", "tienduizenden". */
export function resultValueText(r: Result, lang: Lang): string {
  if (r.value === null) return hedge(null, r.qualifier, lang);
  const n = r.unit === 'eur' ? formatMoney(r.value, lang) : formatCount(r.value, lang);
  return hedge(n, r.qualifier, lang);
}

function unitName(r: Result, lang: Lang): string {
  const s = chartMessages(lang);
  return { people: s.unitPeople, eur: s.unitEur, laws: s.unitLaws, cases: s.unitCases }[r.unit];
}

/** Grouped by goal (reception first), the report's order within a goal. */
function rows(statistics: Statistics, lang: Lang) {
  return GOAL_IDS.flatMap((g) => statistics.results.filter((r) => r.goal === g)).map((r) => ({
    ...r,
    name: label(r, lang),
    text: resultValueText(r, lang),
  }));
}

/** "H3 en H4": the chapters the results come from; each row's full source is in the table. */
function chapters(statistics: Statistics, lang: Lang): string {
  const found = statistics.results.map((r) => /^H\d+/.exec(r.source)?.[0] ?? r.source);
  return formatList([...new Set(found)], lang);
}

export function resultsDescription(statistics: Statistics, lang: Lang): string {
  const s = chartMessages(lang);
  const counts = GOAL_IDS.map(
    (g) =>
      `${formatNumber(statistics.results.filter((r) => r.goal === g).length, lang)} ${goalName(g, lang).toLowerCase()}`,
  );
  return `${s.resultsDescription(formatList(counts, lang))} ${s.resultsNote}`;
}

export function resultsChart(statistics: Statistics, lang: Lang, options?: ChartOptions): HTMLElement {
  const s = chartMessages(lang);
  const data = rows(statistics, lang);
  const numbered = data.filter((r) => r.value !== null);
  const words = data.filter((r) => r.value === null);
  const names = new Map(data.map((r) => [r.id, r.name]));
  const title = s.resultsTitle(statistics.year);
  return renderChart(
    {
      title,
      subtitle: s.resultsSubtitle,
      legend: GOAL_IDS.map((g) => ({ label: goalName(g, lang), color: GOAL_COLOR[g], symbol: GOAL_SYMBOL[g] })),
      notes: [s.resultsNote],
      source: `${s.source}: ${s.sourcePerRow(chapters(statistics, lang))}`,
      ariaLabel: title,
      ariaDescription: resultsDescription(statistics, lang),
    },
    {
      height: 50 + data.length * 46,
      marginLeft: 270,
      marginRight: 130,
      x: {
        type: 'log',
        domain: [1, 1e10],
        ticks: [1, 1e3, 1e6, 1e9],
        tickFormat: (d: number) => formatCount(d, lang),
        label: s.resultsX,
        grid: true,
      },
      y: { domain: data.map((r) => r.id), label: null },
      color: { domain: GOAL_IDS as unknown as string[], range: GOAL_IDS.map((g) => GOAL_COLOR[g]) },
      symbol: { domain: GOAL_IDS as unknown as string[], range: GOAL_IDS.map((g) => GOAL_SYMBOL[g]) },
      marks: [
        Plot.ruleY(data, { y: 'id', stroke: '#d9d9d9' }),
        Plot.ruleY(words, {
          y: 'id',
          x1: TENS_OF_THOUSANDS[0],
          x2: TENS_OF_THOUSANDS[1],
          stroke: 'goal',
          strokeWidth: 8,
          strokeOpacity: 0.6,
        }),
        Plot.dot(numbered, { x: 'value', y: 'id', fill: 'goal', symbol: 'goal', r: 5 }),
        // The report's words in a fixed column, so long labels never run off the scale.
        Plot.text(data, { y: 'id', text: 'text', frameAnchor: 'right', textAnchor: 'start', dx: 10, fontSize: 11 }),
        Plot.axisY({
          tickSize: 0,
          tickFormat: (id: string) => names.get(id) ?? id,
          lineWidth: 22,
          fontSize: 10,
          label: null,
        }),
      ],
    },
    // Wider than the others: the row labels need a column of their own.
    { ...options, width: options?.width ?? 720 },
  );
}

export function resultsTable(statistics: Statistics, lang: Lang): ChartTable {
  const s = chartMessages(lang);
  return {
    caption: s.resultsTitle(statistics.year),
    columns: [s.result, s.goal, s.value, s.unit, s.period, s.source],
    rows: rows(statistics, lang).map((r) => [
      r.name,
      goalName(r.goal, lang),
      r.text,
      unitName(r, lang),
      formatPeriod(r.period, lang),
      localiseSource(r.source, lang),
    ]),
  };
}
