/**
 * Chapter 1: the top five host countries and countries of origin, each its own
 * chart because the two lists count different things. Bars keep the report's
 * rank order, so Afghanistan stays above Syria although both are 6.4 million.
 */
import * as Plot from '@observablehq/plot';
import type { CountriesGeo, Note, Statistics } from '../data/types';
import { formatList } from '../i18n/lists';
import { chartMessages } from '../i18n/messages/charts';
import { formatPercent } from '../i18n/numbers';
import { formatCount } from '../i18n/scaledNumbers';
import type { Lang } from '../state/types';
import { countryNamer } from './countries';
import { type ChartOptions, type ChartTable, renderChart } from './frame';
import { NEUTRAL_BAR } from './goals';
import { sourceLine } from './sourceLine';

export interface TopCountriesInput {
  statistics: Statistics;
  countries: CountriesGeo;
  list: 'hosting' | 'origin';
  /** Data notes; those about a number shown here are mentioned under the chart. */
  notes?: Note[];
}

const SHARE_ID = 'top-five-origin-share';

function rows(input: TopCountriesInput, lang: Lang) {
  const name = countryNamer(input.countries, lang);
  const ranked = input.list === 'hosting' ? input.statistics.top_hosting : input.statistics.top_origin;
  return [...ranked]
    .sort((a, b) => a.rank - b.rank)
    .map((r) => ({ ...r, name: name(r.iso3), text: formatCount(r.value, lang) }));
}

function titles(input: TopCountriesInput, lang: Lang) {
  const s = chartMessages(lang);
  return input.list === 'hosting'
    ? { title: s.hostingTitle, subtitle: s.hostingSubtitle }
    : { title: s.originTitle, subtitle: s.originSubtitle };
}

/** Notes whose shown number is one of this chart's bars (Iran 3.8 and Türkiye 3.3 million). */
function noteLines(input: TopCountriesInput, lang: Lang): string[] {
  const s = chartMessages(lang);
  const bars = rows(input, lang);
  const noted = bars.filter((r) => (input.notes ?? []).some((n) => n.iso3.includes(r.iso3) && n.shown === r.value));
  const lines =
    noted.length > 0
      ? [
          s.countryNotes(
            formatList(
              noted.map((r) => r.name),
              lang,
            ),
          ),
        ]
      : [];
  const share = input.list === 'origin' ? input.statistics.figures.find((f) => f.id === SHARE_ID) : undefined;
  if (share && (input.notes ?? []).some((n) => n.shown === share.value)) lines.push(s.shareNote);
  return lines;
}

function subtitle(input: TopCountriesInput, lang: Lang): string {
  const s = chartMessages(lang);
  const share = input.list === 'origin' ? input.statistics.figures.find((f) => f.id === SHARE_ID) : undefined;
  const base = titles(input, lang).subtitle;
  return share ? `${base}. ${s.originShare(formatPercent(share.value, lang))}` : base;
}

export function topCountriesDescription(input: TopCountriesInput, lang: Lang): string {
  const list = rows(input, lang)
    .map((r) => `${r.rank}. ${r.name} ${r.text}`)
    .join(', ');
  return chartMessages(lang).topDescription(titles(input, lang).title, list);
}

export function topCountriesChart(input: TopCountriesInput, lang: Lang, options?: ChartOptions): HTMLElement {
  const s = chartMessages(lang);
  const data = rows(input, lang);
  const max = Math.max(...data.map((r) => r.value));
  const { title } = titles(input, lang);
  return renderChart(
    {
      title,
      subtitle: subtitle(input, lang),
      notes: noteLines(input, lang),
      source: sourceLine(
        data.map((r) => r.source),
        lang,
      ),
      ariaLabel: title,
      ariaDescription: topCountriesDescription(input, lang),
    },
    {
      height: 60 + data.length * 36,
      marginLeft: 110,
      marginRight: 20,
      x: {
        domain: [0, max * 1.15],
        // About five ticks: whole millions here, not "500.000" between "1 mln"s.
        ticks: 5,
        label: s.people,
        grid: true,
        tickFormat: (d: number) => formatCount(d, lang),
      },
      // The report's order, not sorted by value: ties keep their rank.
      y: { domain: data.map((r) => r.name), label: null },
      marks: [
        Plot.barX(data, { x: 'value', y: 'name', fill: NEUTRAL_BAR }),
        Plot.text(data, { x: 'value', y: 'name', text: 'text', textAnchor: 'start', dx: 4, fontSize: 12 }),
        Plot.ruleX([0]),
        Plot.axisY({ tickSize: 0, fontSize: 12, label: null }),
      ],
    },
    options,
  );
}

export function topCountriesTable(input: TopCountriesInput, lang: Lang): ChartTable {
  const s = chartMessages(lang);
  return {
    caption: titles(input, lang).title,
    columns: [s.rank, s.country, s.people],
    rows: rows(input, lang).map((r) => [r.rank, r.name, r.value]),
  };
}
