/**
 * Every chart of the report in reading order, as data the view maps over:
 * a render function (the DOM is built only when the figure mounts), the table
 * alternative and the text description. Pure, so tests can check the list.
 */
import type { AppData } from '../data/types';
import type { Lang } from '../state/types';
import { activitiesChart, activitiesDescription, activitiesTable } from './activities';
import { budgetsChart, budgetsDescription, budgetsTable } from './budgets';
import { displacementChart, displacementDescription, displacementTable } from './displacement';
import type { ChartTable } from './frame';
import { resultsChart, resultsDescription, resultsTable } from './results';
import { type TopCountriesInput, topCountriesChart, topCountriesDescription, topCountriesTable } from './topCountries';

export interface ChartEntry {
  id: string;
  render: (doc: Document) => HTMLElement;
  table: ChartTable;
  description: string;
}

export type ChartData = Pick<AppData, 'statistics' | 'countries' | 'editions'> & { notes?: AppData['notes'] };

export function chartEntries(data: ChartData, lang: Lang): ChartEntry[] {
  const { statistics, countries, editions, notes } = data;
  const top = (list: TopCountriesInput['list']): ChartEntry => {
    const input: TopCountriesInput = { statistics, countries, list, notes };
    return {
      id: `top-${list}`,
      render: (document) => topCountriesChart(input, lang, { document }),
      table: topCountriesTable(input, lang),
      description: topCountriesDescription(input, lang),
    };
  };
  const activities = { countries, editions };
  return [
    {
      id: 'displacement',
      render: (document) => displacementChart(statistics, lang, { document }),
      table: displacementTable(statistics, lang),
      description: displacementDescription(statistics, lang),
    },
    top('hosting'),
    top('origin'),
    {
      id: 'budgets',
      render: (document) => budgetsChart(statistics, lang, { document }),
      table: budgetsTable(statistics, lang),
      description: budgetsDescription(statistics, lang),
    },
    {
      id: 'activities',
      render: (document) => activitiesChart(activities, lang, { document }),
      table: activitiesTable(activities, lang),
      description: activitiesDescription(activities, lang),
    },
    {
      id: 'results',
      render: (document) => resultsChart(statistics, lang, { document }),
      table: resultsTable(statistics, lang),
      description: resultsDescription(statistics, lang),
    },
  ];
}
