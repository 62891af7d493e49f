/**
 * Chart messages in Dutch and English. Its own file, imported only by the
 * charts, so the lazily loaded chart chunk carries these words and the main
 * bundle does not. Messages that take values are functions, so a missing value
 * is a compile error rather than a stray "{n}". The words around values
 * (ca., mln, –) are shared with the panel: messages/values.ts.
 */
import type { Lang } from '../locale';
import { VALUE_WORDS } from './values';

const nl = {
  ...VALUE_WORDS.nl,
  viewHeading: 'Cijfers uit het rapport',
  viewIntro: (year: number) =>
    `Grafieken van de cijfers in de Migratierapportage ${year}. Elke grafiek is ook als tabel te lezen.`,
  loading: 'Cijfers laden…',
  loadError: 'De cijfers konden niet worden geladen.',
  showTable: 'Toon als tabel',
  source: 'Bron',
  sourcePerRow: (chapters: string) => `${chapters} (per resultaat in de tabel)`,
  // Displacement (chapter 1).
  displacementSubtitle: (total: string) => `Totaal ${total}, verdeeld naar groep (infographic hoofdstuk 1)`,
  displacementX: 'Aantal mensen',
  displacementNote: (sum: string, total: string) =>
    `Datanotitie: de vier groepen tellen op tot ${sum}, meer dan het totaal van ${total} dat het rapport noemt. De grafiek toont de groepen zoals gegeven.`,
  displacementDescription: (total: string, parts: string) =>
    `Het rapport noemt ${total} ontheemden. Per groep: ${parts}.`,
  displacementGroup: 'Groep',
  displacementCount: 'Aantal mensen',
  displacementTotalRow: 'Totaal volgens het rapport',
  displacementSumRow: 'Som van de vier groepen',
  // Top five countries (chapter 1).
  hostingTitle: 'Top 5 opvanglanden',
  hostingSubtitle: 'Opgevangen vluchtelingen per land (hoofdstuk 1)',
  originTitle: 'Top 5 herkomstlanden',
  originSubtitle: 'Vluchtelingen naar land van herkomst (hoofdstuk 1)',
  originShare: (share: string) => `Samen ${share} van het totaal.`,
  countryNotes: (names: string) =>
    `Datanotitie: voor ${names} noemt het rapport elders een ander cijfer; de grafiek volgt hoofdstuk 1.`,
  shareNote: 'Datanotitie: tekst en infographic geven dit aandeel over een verschillende basis.',
  topDescription: (title: string, list: string) => `${title}, in de volgorde van het rapport: ${list}.`,
  rank: 'Rang',
  country: 'Land',
  people: 'Aantal mensen',
  // Budgets (chapter 2).
  budgetsTitle: (year: number) => `Budget per beleidsdoel, ${year}`,
  budgetsSubtitle: 'Bedragen zoals het rapport ze noemt (hoofdstuk 2)',
  budgetsX: 'Euro',
  budgetsDescription: (list: string) => `Budget per beleidsdoel: ${list}.`,
  goal: 'Beleidsdoel',
  amount: 'Bedrag',
  // Activities per country (chapters 3 and 4).
  activitiesTitle: (year: number) => `Activiteiten per land, ${year}`,
  activitiesSubtitle: 'Aantal activiteiten per beleidsdoel (hoofdstukken 3 en 4)',
  activitiesX: 'Aantal activiteiten',
  activitiesNote: (sums: string, totals: string) =>
    `De landcijfers tellen op tot ${sums}; het rapport noemt in totaal ${totals} activiteiten en zegt niet waarom. Dat een activiteit in meerdere landen in elk land meetelt, is een lezing van deze kaart, niet van het rapport, en verklaart de totalen niet.`,
  activitiesDescription: (countries: number, top: string) =>
    `Activiteiten in ${countries} landen. Meeste activiteiten: ${top}.`,
  goalCount: (count: string, goal: string) => `${count} ${goal.toLowerCase()}`,
  // Results (chapters 3 and 4).
  resultsTitle: (year: number) => `Resultaten ${year}`,
  resultsSubtitle:
    'Voorbeelden van resultaten, met de woorden van het rapport (meer dan, bijna). Positie op een logaritmische schaal; de eenheid verschilt per regel.',
  resultsNote:
    'Datanotitie: de meeste resultaten beslaan 1 oktober 2022 tot 30 september 2023, niet het kalenderjaar; enkele zijn cumulatief sinds de start van een programma (zie de periode in de tabel).',
  resultsDescription: (counts: string) =>
    `Resultaten: ${counts}. De tabel geeft elk resultaat met de woorden van het rapport, de periode en de bron.`,
  resultsX: 'logaritmische schaal',
  result: 'Resultaat',
  value: 'Waarde',
  unit: 'Eenheid',
  period: 'Periode',
  unitPeople: 'mensen',
  unitEur: 'euro',
  unitLaws: 'wetten',
  unitCases: 'zaken',
};

export type ChartMessages = typeof nl;

const en: ChartMessages = {
  ...VALUE_WORDS.en,
  viewHeading: 'Figures from the report',
  viewIntro: (year: number) =>
    `Charts of the figures in the Migration Report ${year}. Every chart can also be read as a table.`,
  loading: 'Loading figures…',
  loadError: 'The figures could not be loaded.',
  showTable: 'Show as table',
  source: 'Source',
  sourcePerRow: (chapters: string) => `${chapters} (per result in the table)`,
  displacementSubtitle: (total: string) => `Total ${total}, by group (chapter 1 infographic)`,
  displacementX: 'Number of people',
  displacementNote: (sum: string, total: string) =>
    `Data note: the four groups add up to ${sum}, more than the total of ${total} the report gives. The chart shows the groups as given.`,
  displacementDescription: (total: string, parts: string) =>
    `The report gives ${total} displaced people. By group: ${parts}.`,
  displacementGroup: 'Group',
  displacementCount: 'Number of people',
  displacementTotalRow: 'Total according to the report',
  displacementSumRow: 'Sum of the four groups',
  hostingTitle: 'Top 5 host countries',
  hostingSubtitle: 'Refugees hosted per country (chapter 1)',
  originTitle: 'Top 5 countries of origin',
  originSubtitle: 'Refugees by country of origin (chapter 1)',
  originShare: (share: string) => `Together ${share} of the total.`,
  countryNotes: (names: string) =>
    `Data note: for ${names} the report gives a different figure elsewhere; the chart follows chapter 1.`,
  shareNote: 'Data note: the text and the infographic give this share over a different base.',
  topDescription: (title: string, list: string) => `${title}, in the report's order: ${list}.`,
  rank: 'Rank',
  country: 'Country',
  people: 'Number of people',
  budgetsTitle: (year: number) => `Budget per policy goal, ${year}`,
  budgetsSubtitle: 'Amounts as the report gives them (chapter 2)',
  budgetsX: 'Euro',
  budgetsDescription: (list: string) => `Budget per policy goal: ${list}.`,
  goal: 'Policy goal',
  amount: 'Amount',
  activitiesTitle: (year: number) => `Activities per country, ${year}`,
  activitiesSubtitle: 'Number of activities per policy goal (chapters 3 and 4)',
  activitiesX: 'Number of activities',
  activitiesNote: (sums: string, totals: string) =>
    `The country counts add up to ${sums}; the report gives ${totals} activities in total and does not say why. That an activity in several countries counts in each is this map's reading, not the report's, and it does not reproduce the totals.`,
  activitiesDescription: (countries: number, top: string) =>
    `Activities in ${countries} countries. Most activities: ${top}.`,
  goalCount: (count: string, goal: string) => `${count} ${goal.toLowerCase()}`,
  resultsTitle: (year: number) => `Results ${year}`,
  resultsSubtitle:
    "Examples of results, in the report's words (more than, almost). Position on a logarithmic scale; the unit differs per row.",
  resultsNote:
    'Data note: most results cover 1 October 2022 to 30 September 2023, not the calendar year; some are cumulative since a programme began (see the period in the table).',
  resultsDescription: (counts: string) =>
    `Results: ${counts}. The table gives each result in the report's words, with its period and source.`,
  resultsX: 'logarithmic scale',
  result: 'Result',
  value: 'Value',
  unit: 'Unit',
  period: 'Period',
  unitPeople: 'people',
  unitEur: 'euro',
  unitLaws: 'laws',
  unitCases: 'cases',
};

const CHART_MESSAGES: Record<Lang, ChartMessages> = { nl, en };

export function chartMessages(lang: Lang): ChartMessages {
  return CHART_MESSAGES[lang];
}
