/**
 * Chapter 1: displaced people worldwide by group. The groups are drawn as
 * given; the total is the report's rounded "ca. 117 mln", which the groups
 * exceed (data note displacement-breakdown), so the total is a label, not a bar.
 */
import * as Plot from '@observablehq/plot';
import type { Statistics } from '../data/types';
import { hedge } from '../i18n/hedge';
import { chartMessages } from '../i18n/messages/charts';
import { formatCount } from '../i18n/scaledNumbers';
import type { Lang } from '../state/types';
import { type ChartOptions, type ChartTable, renderChart } from './frame';
import { NEUTRAL_BAR } from './goals';
import { sourceLine } from './sourceLine';

const TOTAL_ID = 'displaced-total';

type Figure = Statistics['figures'][number];

interface Breakdown {
  total: Figure;
  parts: Figure[];
  sum: number;
}

/** The total and its direct parts, largest first (refugees' own sub-parts stay inside "refugees"). */
export function displacementBreakdown(statistics: Statistics): Breakdown {
  const total = statistics.figures.find((f) => f.id === TOTAL_ID);
  if (!total) throw new Error(`statistics has no ${TOTAL_ID} figure`);
  const parts = statistics.figures.filter((f) => f.part_of === TOTAL_ID).sort((a, b) => b.value - a.value);
  return { total, parts, sum: parts.reduce((n, f) => n + f.value, 0) };
}

const label = (f: Figure, lang: Lang) => (lang === 'nl' ? f.label_nl : f.label_en);
const totalText = (b: Breakdown, lang: Lang) => hedge(formatCount(b.total.value, lang), b.total.qualifier, lang);

/** Only when the parts and the total disagree by more than rounding (0.5 mln). */
function mismatchNote(b: Breakdown, lang: Lang): string | null {
  if (Math.abs(b.sum - b.total.value) <= 500_000) return null;
  return chartMessages(lang).displacementNote(formatCount(b.sum, lang), totalText(b, lang));
}

export function displacementDescription(statistics: Statistics, lang: Lang): string {
  const b = displacementBreakdown(statistics);
  const parts = b.parts.map((f) => `${label(f, lang)} ${formatCount(f.value, lang)}`).join('; ');
  const note = mismatchNote(b, lang);
  return [chartMessages(lang).displacementDescription(totalText(b, lang), parts), note].filter(Boolean).join(' ');
}

export function displacementChart(statistics: Statistics, lang: Lang, options?: ChartOptions): HTMLElement {
  const s = chartMessages(lang);
  const b = displacementBreakdown(statistics);
  const rows = b.parts.map((f) => ({ label: label(f, lang), value: f.value, text: formatCount(f.value, lang) }));
  const note = mismatchNote(b, lang);
  const max = Math.max(...rows.map((r) => r.value));
  return renderChart(
    {
      title: label(b.total, lang),
      subtitle: s.displacementSubtitle(totalText(b, lang)),
      notes: note ? [note] : [],
      source: sourceLine([b.total.source, ...b.parts.map((f) => f.source)], lang),
      ariaLabel: `${label(b.total, lang)}: ${totalText(b, lang)}`,
      ariaDescription: displacementDescription(statistics, lang),
    },
    {
      height: 60 + rows.length * 48,
      marginLeft: 170,
      marginRight: 20,
      // Headroom for the value labels at the end of the longest bar.
      x: {
        domain: [0, max * 1.15],
        label: s.displacementX,
        grid: true,
        tickFormat: (d: number) => formatCount(d, lang),
      },
      y: { domain: rows.map((r) => r.label), label: null },
      marks: [
        Plot.barX(rows, { x: 'value', y: 'label', fill: NEUTRAL_BAR }),
        Plot.text(rows, { x: 'value', y: 'label', text: 'text', textAnchor: 'start', dx: 4, fontSize: 12 }),
        Plot.ruleX([0]),
        Plot.axisY({ tickSize: 0, lineWidth: 13, fontSize: 11, label: null }),
      ],
    },
    options,
  );
}

export function displacementTable(statistics: Statistics, lang: Lang): ChartTable {
  const s = chartMessages(lang);
  const b = displacementBreakdown(statistics);
  return {
    caption: label(b.total, lang),
    columns: [s.displacementGroup, s.displacementCount],
    rows: [
      ...b.parts.map((f) => [label(f, lang), f.value]),
      [s.displacementTotalRow, totalText(b, lang)],
      [s.displacementSumRow, b.sum],
    ],
  };
}
