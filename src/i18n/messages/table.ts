/** The table view and its downloads. */
import type { English } from './shape';

const nl = {
  tableCaption: 'Landen bij de huidige filters ({n})',
  tableRoles: 'Focus',
  tableActivities: 'Activiteiten',
  tableProgrammes: "Programma's",
  tableDerived: 'Afgeleid (met grondslag)',
  downloadCsv: 'Download CSV',
  downloadGeojson: 'Download GeoJSON',
} as const;

const en: English<typeof nl> = {
  tableCaption: 'Countries for the current filters ({n})',
  tableRoles: 'Focus',
  tableActivities: 'Activities',
  tableProgrammes: 'Programmes',
  tableDerived: 'Derived (with basis)',
  downloadCsv: 'Download CSV',
  downloadGeojson: 'Download GeoJSON',
};

export const TABLE_MESSAGES = { nl, en };
