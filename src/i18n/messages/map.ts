/** The map, its text summary, hover tooltip and legend. */
import type { English } from './shape';

const nl = {
  mapLabel: 'Kaart van de migratie-inzet',
  mapSummary:
    'De kaart toont {countries} landen met activiteiten of programma’s voor {goal} in {year}{programmes}. {posts} posten zichtbaar.',
  mapSummaryProgrammes: ', gefilterd op {names}',
  legend: 'Legenda',
  legendActivities: 'Aantal activiteiten per land ({goal}, {year})',
  legendNoActivity: 'Geen activiteit gerapporteerd',
  legendNoDataYear: 'Geen gegevens voor dit jaar',
  legendFocusReception: 'Focusland opvang in de regio (doorgetrokken rand)',
  legendFocusMigration: 'Focusland migratiesamenwerking (gestreepte rand)',
  legendMatch: 'Programma actief (dikke zwarte rand; overige landen vervaagd)',
  legendSelected: 'Gekozen land (gele lijn, zwarte rand)',
  // The report's own heading (H2): it does not say whether whole posts or the
  // migration capacity at them is meant, so the legend does not say either.
  legendPostOpen: 'Post uit de lijst ‘Capaciteit op ambassades met >50% inzet op migratie’',
  legendPostClosed: 'Post, momenteel gesloten',
  legendRoute: 'Route (schematisch); dikte naar voorlopige Frontex-cijfers 2023',
  legendRouteNoFigure: 'Route zonder cijfer (stippellijn)',
  legendNeutral: 'Gebied zonder toewijzing (Westelijke Sahara)',
  legendHosting: 'Top-5 opvanglanden (gevulde cirkel; grootte naar aantal vluchtelingen)',
  legendOrigin: 'Top-5 herkomstlanden (open cirkel; grootte naar aantal)',
  routesCaveat: 'Routes zijn schematisch; cijfers zijn voorlopig (Frontex, januari 2024).',
  hoverClosed: '(gesloten)',
} as const;

const en: English<typeof nl> = {
  mapLabel: 'Map of the migration effort',
  mapSummary:
    'The map shows {countries} countries with activities or programmes for {goal} in {year}{programmes}. {posts} posts visible.',
  mapSummaryProgrammes: ', filtered by {names}',
  legend: 'Legend',
  legendActivities: 'Number of activities per country ({goal}, {year})',
  legendNoActivity: 'No activity reported',
  legendNoDataYear: 'No data for this year',
  legendFocusReception: 'Focus country, reception in the region (solid border)',
  legendFocusMigration: 'Focus country, migration cooperation (dashed border)',
  legendMatch: 'Programme active (thick black border; other countries faded)',
  legendSelected: 'Selected country (yellow line, black edge)',
  legendPostOpen: 'Post in the list ‘Capacity at embassies with >50% commitment to migration’',
  legendPostClosed: 'Post, currently closed',
  legendRoute: 'Route (schematic); width by preliminary Frontex 2023 figures',
  legendRouteNoFigure: 'Route without a figure (dotted line)',
  legendNeutral: 'Area not assigned to a state (Western Sahara)',
  legendHosting: 'Top 5 host countries (filled circle; size by number of refugees)',
  legendOrigin: 'Top 5 countries of origin (open circle; size by number)',
  routesCaveat: 'Routes are schematic; figures are preliminary (Frontex, January 2024).',
  hoverClosed: '(closed)',
};

export const MAP_MESSAGES = { nl, en };
