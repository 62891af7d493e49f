/** The phone layout: the top bar's search and menu, the filter chip and sheet, the panel's sheet handle, the footer. */
import type { English } from './shape';

const nl = {
  openSearch: 'Land zoeken',
  closeSearch: 'Zoeken sluiten',
  menu: 'Menu',
  menuLabel: 'Menu: weergave, presenteren, delen en taal',
  filtersChipLabel: 'Filters openen ({count} op de kaart)',
  closeFilters: 'Filters sluiten',
  sheetHandle: 'Paneel op volle hoogte',
  sourceShort: 'Bron: Migratierapportage {year}, BZ',
  sourceMore: 'meer',
  sourceMoreLabel: 'Meer over bron, grenzen en namen',
} as const;

const en: English<typeof nl> = {
  openSearch: 'Find a country',
  closeSearch: 'Close search',
  menu: 'Menu',
  menuLabel: 'Menu: view, present, share and language',
  filtersChipLabel: 'Open filters ({count} on the map)',
  closeFilters: 'Close filters',
  sheetHandle: 'Panel at full height',
  sourceShort: 'Source: Migration Report {year}, Dutch MFA',
  sourceMore: 'more',
  sourceMoreLabel: 'More about source, boundaries and names',
};

export const PHONE_MESSAGES = { nl, en };
