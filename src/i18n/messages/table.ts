/** The table view and its downloads. */
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
};

export const TABLE_MESSAGES = { nl, en };
