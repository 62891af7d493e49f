/**
 * Chapters 3 and 4: activities per country, both goals stacked in one bar so a
 * country's total and its split read together. The per-country counts add up
 * to more than the report's totals (28 and 17): an activity in several
 * countries counts in each, so the chart says so under the bars.
 */
import * as Plot from '@observablehq/plot';
import type { CountriesGeo, EditionsIndex, GoalId } from '../data/types';
import { compareNames, formatList } from '../i18n/lists';
import { chartMessages } from '../i18n/messages/charts';
import { formatNumber } from '../i18n/numbers';
import type { Lang } from '../state/types';
import { type ChartOptions, type ChartTable, renderChart } from './frame';
import { GOAL_COLOR, GOAL_IDS, goalName } from './goals';
import { sourceLine } from './sourceLine';

export interface ActivitiesInput {
  countries: CountriesGeo;
  editions: EditionsIndex;
  /** Defaults to the latest edition's reporting year. */
  year?: number;
}

interface CountryCounts {
  iso3: string;
  name: string;
  counts: Partial<Record<GoalId, number>>;
  total: number;
}

const yearOf = (input: ActivitiesInput) => input.year ?? input.editions.latest;

/** Countries with a count for the year, most activities first, then by name in the reader's language. */
export function activityCounts(input: ActivitiesInput, lang: Lang): CountryCounts[] {
  const year = String(yearOf(input));
  const out: CountryCounts[] = [];
  for (const f of input.countries.features) {
    const p = f.properties;
    const counts = p.activities_by_year[year];
    if (!p.iso3 || !counts || Object.keys(counts).length === 0) continue;
    const total = GOAL_IDS.reduce((n, g) => n + (counts[g] ?? 0), 0);
    out.push({ iso3: p.iso3, name: lang === 'nl' ? p.name_nl : p.name_en, counts, total });
  }
  return out.sort((a, b) => b.total - a.total || compareNames(a.name, b.name, lang));
}

function edition(input: ActivitiesInput) {
  return input.editions.editions.find((e) => e.year === yearOf(input));
}

/** The multi-country caveat (only if the sums exceed the report's totals) and the report's own footnotes. */
function notes(input: ActivitiesInput, lang: Lang): string[] {
  const s = chartMessages(lang);
  const rows = activityCounts(input, lang);
  const totals = edition(input)?.activity_totals ?? [];
  const sums = totals.map((t) => ({ ...t, sum: rows.reduce((n, r) => n + (r.counts[t.goal] ?? 0), 0) }));
  const lines: string[] = [];
  if (sums.some((t) => t.sum > t.total)) {
    lines.push(
      s.activitiesNote(
        formatList(
          sums.map((t) => `${formatNumber(t.sum, lang)} (${goalName(t.goal, lang).toLowerCase()})`),
          lang,
        ),
        formatList(
          sums.map((t) => formatNumber(t.total, lang)),
          lang,
        ),
      ),
    );
  }
  for (const t of totals) lines.push(`${goalName(t.goal, lang)}: ${lang === 'nl' ? t.note_nl : t.note_en}`);
  return lines;
}

export function activitiesDescription(input: ActivitiesInput, lang: Lang): string {
  const s = chartMessages(lang);
  const rows = activityCounts(input, lang);
  const max = rows[0]?.total ?? 0;
  const top = rows
    .filter((r) => r.total === max)
    .map((r) => {
      const split = GOAL_IDS.filter((g) => r.counts[g]).map((g) =>
        s.goalCount(formatNumber(r.counts[g]!, lang), goalName(g, lang)),
      );
      return `${r.name} ${formatNumber(r.total, lang)} (${split.join(', ')})`;
    });
  return [s.activitiesDescription(rows.length, formatList(top, lang)), ...notes(input, lang).slice(0, 1)].join(' ');
}

export function activitiesChart(input: ActivitiesInput, lang: Lang, options?: ChartOptions): HTMLElement {
  const s = chartMessages(lang);
  const rows = activityCounts(input, lang);
  // One record per country and goal, in goal order, so every bar stacks reception first.
  const data = GOAL_IDS.flatMap((goal) =>
    rows.filter((r) => r.counts[goal]).map((r) => ({ name: r.name, goal, count: r.counts[goal]! })),
  );
  const max = Math.max(0, ...rows.map((r) => r.total));
  const sources = Object.values(edition(input)?.activity_sources ?? {});
  const title = s.activitiesTitle(yearOf(input));
  return renderChart(
    {
      title,
      subtitle: s.activitiesSubtitle,
      legend: GOAL_IDS.map((g) => ({ label: goalName(g, lang), color: GOAL_COLOR[g], symbol: 'square' })),
      notes: notes(input, lang),
      source: sourceLine(sources, lang),
      ariaLabel: title,
      ariaDescription: activitiesDescription(input, lang),
    },
    {
      height: 60 + rows.length * 22,
      marginLeft: 110,
      marginRight: 20,
      // Whole activities only: one tick per count.
      x: {
        domain: [0, max],
        ticks: Array.from({ length: max + 1 }, (_, i) => i),
        tickFormat: (d: number) => formatNumber(d, lang),
        label: s.activitiesX,
        grid: true,
      },
      y: { domain: rows.map((r) => r.name), label: null },
      color: { domain: GOAL_IDS as unknown as string[], range: GOAL_IDS.map((g) => GOAL_COLOR[g]) },
      marks: [
        Plot.barX(data, { x: 'count', y: 'name', fill: 'goal', order: null, inset: 0.5 }),
        // Counts inside the segments; white on both goal colours is at least 4.5:1.
        Plot.text(
          data,
          Plot.stackX({ x: 'count', y: 'name', z: 'goal', order: null, text: 'count', fill: 'white', fontSize: 11 }),
        ),
        Plot.ruleX([0]),
        Plot.axisY({ tickSize: 0, fontSize: 11, label: null }),
      ],
    },
    options,
  );
}

export function activitiesTable(input: ActivitiesInput, lang: Lang): ChartTable {
  const s = chartMessages(lang);
  return {
    caption: s.activitiesTitle(yearOf(input)),
    columns: [s.country, ...GOAL_IDS.map((g) => goalName(g, lang))],
    // "–", not 0: a country missing from a goal's list has no count, which is not the same as none.
    rows: activityCounts(input, lang).map((r) => [r.name, ...GOAL_IDS.map((g) => r.counts[g] ?? s.notGiven)]),
  };
}
