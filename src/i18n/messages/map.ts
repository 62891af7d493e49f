/** The map, its text summary, hover tooltip and legend. */
import type { English } from './shape';

const nl = {
  // The headline (state/headline.ts): one sentence per view, its numbers from the summary's selectors.
  headlineWorks: {
    one: 'In {year} werkt Nederland in 1 land aan {topic}',
    other: 'In {year} werkt Nederland in {n} landen aan {topic}',
  },
  headlineProgrammes: {
    one: 'In {year} heeft Nederland programma’s voor {topic} actief in 1 land',
    other: 'In {year} heeft Nederland programma’s voor {topic} actief in {n} landen',
  },
  headlineNone: 'In {year} toont de kaart geen Nederlandse inzet voor {topic}',
  headlineFiltered: '; {names} in {n}',
  headlineFilteredNone: '; {names} nergens actief',
  headlineTopicBoth: 'migratie',
  // On the map itself when the filters leave no country coloured (map/MapEmptyNote.tsx).
  mapEmptyProgrammes: 'Geen land gekleurd: {names} in {year} nergens actief. Kies een ander jaar of programma.',
  mapEmpty: 'Geen land gekleurd voor {topic} in {year}. Kies een ander jaar of doel.',
  mapLabel: 'Kaart van de migratie-inzet',
  mapSummary:
    'De kaart toont {countries} landen met activiteiten of een focusrol voor {goal} in {year}. {posts} posten zichtbaar.',
  mapSummaryProgrammeFill:
    'De kaart toont {countries} landen met programma’s actief in {year} of een focusrol, voor {goal}. {posts} posten zichtbaar.',
  mapSummaryFiltered: 'De kaart toont {countries} landen waar {names} actief is in {year}. {posts} posten zichtbaar.',
  mapSummaryNoCounts: 'Activiteiten zijn alleen geteld voor {years}.',
  legend: 'Legenda',
  legendActivities: 'Aantal activiteiten per land ({goal}, {year})',
  legendProgrammes: 'Programma’s actief in {year} ({goal})',
  legendNoActivity: 'Geen activiteit gerapporteerd',
  legendNoProgramme: 'Geen programma actief',
  legendNoCountsYear: 'Geen activiteitentelling voor {year}; het rapport telt activiteiten voor {years}.',
  legendRoutesHidden: 'Routes (Frontex-cijfers {year}) alleen getoond in {year}.',
  legendContextHidden: 'Top-5 opvang- en herkomstlanden ({year}) alleen getoond in {year}.',
  legendNoDataYear: 'Geen gegevens voor dit jaar',
  legendFocusReception: 'Focusland opvang in de regio, {year} (doorgetrokken rand)',
  legendFocusMigration: 'Focusland migratiesamenwerking, {year} (gestreepte rand)',
  legendMatch: 'Programma actief (dikke zwarte rand; overige landen zonder kleur)',
  legendSelected: 'Gekozen land (gele lijn, zwarte rand)',
  // The report's own heading (H2): it does not say whether whole posts or the
  // migration capacity at them is meant, so the legend does not say either.
  legendPostOpen: 'Post uit de lijst ‘Capaciteit op ambassades met >50% inzet op migratie’',
  legendPostClosed: 'Post, momenteel gesloten',
  legendRoute: 'Route (schematisch); dikte naar voorlopige Frontex-cijfers {year}',
  legendRouteNoFigure: 'Route zonder cijfer in de bron (dunne lijn)',
  legendNeutral: 'Gebied zonder toewijzing (Westelijke Sahara)',
  legendHosting: 'Top-5 opvanglanden {year} (gevulde cirkel; grootte naar aantal vluchtelingen)',
  legendOrigin: 'Top-5 herkomstlanden {year} (open cirkel; grootte naar aantal)',
  routesCaveat: 'Routes zijn schematisch; cijfers zijn voorlopig (Frontex, januari 2024).',
  hoverClosed: '(gesloten)',
  legendCluster: 'Posten die elkaar overlappen, samen als één bol; het getal is hun aantal',
  legendClusterList: 'Lijst van deze posten',
  hoverCluster: { one: '1 post', other: '{n} posten bij elkaar: klik voor de lijst' },
} as const;

const en: English<typeof nl> = {
  headlineWorks: {
    one: 'In {year} the Netherlands works on {topic} in 1 country',
    other: 'In {year} the Netherlands works on {topic} in {n} countries',
  },
  headlineProgrammes: {
    one: 'In {year} the Netherlands has programmes on {topic} active in 1 country',
    other: 'In {year} the Netherlands has programmes on {topic} active in {n} countries',
  },
  headlineNone: 'In {year} the map shows no Dutch effort on {topic}',
  headlineFiltered: '; {names} in {n}',
  headlineFilteredNone: '; {names} active nowhere',
  headlineTopicBoth: 'migration',
  mapEmptyProgrammes: 'No country coloured: {names} active nowhere in {year}. Choose another year or programme.',
  mapEmpty: 'No country coloured for {topic} in {year}. Choose another year or goal.',
  mapLabel: 'Map of the migration effort',
  mapSummary:
    'The map shows {countries} countries with activities or a focus role for {goal} in {year}. {posts} posts visible.',
  mapSummaryProgrammeFill:
    'The map shows {countries} countries with programmes active in {year} or a focus role, for {goal}. {posts} posts visible.',
  mapSummaryFiltered: 'The map shows {countries} countries where {names} is active in {year}. {posts} posts visible.',
  mapSummaryNoCounts: 'Activities are counted for {years} only.',
  legend: 'Legend',
  legendActivities: 'Number of activities per country ({goal}, {year})',
  legendProgrammes: 'Programmes active in {year} ({goal})',
  legendNoActivity: 'No activity reported',
  legendNoProgramme: 'No programme active',
  legendNoCountsYear: 'No activity count for {year}; the report counts activities for {years}.',
  legendRoutesHidden: 'Routes (Frontex figures {year}) shown in {year} only.',
  legendContextHidden: 'Top 5 host and origin countries ({year}) shown in {year} only.',
  legendNoDataYear: 'No data for this year',
  legendFocusReception: 'Focus country, reception in the region, {year} (solid border)',
  legendFocusMigration: 'Focus country, migration cooperation, {year} (dashed border)',
  legendMatch: 'Programme active (thick black border; other countries uncoloured)',
  legendSelected: 'Selected country (yellow line, black edge)',
  legendPostOpen: 'Post in the list ‘Capacity at embassies with >50% commitment to migration’',
  legendPostClosed: 'Post, currently closed',
  legendRoute: 'Route (schematic); width by preliminary Frontex {year} figures',
  legendRouteNoFigure: 'Route without a figure in the source (thin line)',
  legendNeutral: 'Area not assigned to a state (Western Sahara)',
  legendHosting: 'Top 5 host countries {year} (filled circle; size by number of refugees)',
  legendOrigin: 'Top 5 countries of origin {year} (open circle; size by number)',
  routesCaveat: 'Routes are schematic; figures are preliminary (Frontex, January 2024).',
  hoverClosed: '(closed)',
  legendCluster: 'Posts that overlap, drawn as one disc; the number is how many',
  legendClusterList: 'List these posts',
  hoverCluster: { one: '1 post', other: '{n} posts close together: click for the list' },
};

export const MAP_MESSAGES = { nl, en };
