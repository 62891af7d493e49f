/** The table view and its downloads; the timeline view. */
import type { English } from './shape';

const nl = {
  tableCaption: 'Landen bij de huidige filters ({n})',
  tableRoles: 'Focus',
  tableActivities: 'Activiteiten',
  tableProgrammes: "Programma's",
  tableProgrammesActive: 'Programma’s actief in {year}',
  tableBudgets: 'Budgetten in {year} (van wie)',
  downloadCsv: 'Download CSV',
  downloadGeojson: 'Download GeoJSON',
  timelineHeading: 'Tijdlijn {year}: momenten per maand',
  timelineNoMonth: '{year}, maand niet genoemd',
  timelineUndated: 'Datum niet genoemd (rapport over {year})',
  timelinePlace: 'Plaats',
  timelinePlaceNotNamed: 'niet genoemd in het rapport',
  timelineConcerns: 'Betreft',
} as const;

const en: English<typeof nl> = {
  tableCaption: 'Countries for the current filters ({n})',
  tableRoles: 'Focus',
  tableActivities: 'Activities',
  tableProgrammes: 'Programmes',
  tableProgrammesActive: 'Programmes active in {year}',
  tableBudgets: 'Budgets in {year} (whose)',
  downloadCsv: 'Download CSV',
  downloadGeojson: 'Download GeoJSON',
  timelineHeading: 'Timeline {year}: moments by month',
  timelineNoMonth: '{year}, month not given',
  timelineUndated: 'Date not given (report on {year})',
  timelinePlace: 'Place',
  timelinePlaceNotNamed: 'not named in the report',
  timelineConcerns: 'Concerns',
};

export const TABLE_MESSAGES = { nl, en };
