/** The frame around the map: header, views, search, notices, errors, footer. */
import type { English } from './shape';

const nl = {
  appTitle: 'Migratiekaart',
  appSubtitle: 'Migratie-inzet van Buitenlandse Zaken, uit de Migratierapportage',
  switchTo: 'English',
  switchToLabel: 'Switch to English',
  skipToList: 'Naar de landenlijst',
  viewMap: 'Kaart',
  viewTable: 'Tabel',
  viewCharts: 'Cijfers',
  viewTimeline: 'Tijdlijn',
  view: 'Weergave',
  countrySearch: 'Zoek een land',
  countrySearchPlaceholder: 'Land zoeken…',
  noCountryFound: 'Geen land gevonden',
  disclaimer:
    'De weergegeven grenzen en namen impliceren geen officiële goedkeuring of aanvaarding. Somaliland is weergegeven als deel van Somalië, Noord-Cyprus als deel van Cyprus.',
  sourceLine: 'Bron: Migratierapportage {year}, ministerie van Buitenlandse Zaken; grenzen: Natural Earth.',
  loading: 'Laden…',
  loadFailed: 'Kon {what} niet laden: {why}.',
  retry: 'Opnieuw proberen',
  noWebgl: 'deze browser heeft geen WebGL',
  mapUnavailable:
    'De kaart kan in deze browser niet worden getoond ({why}). De tabel, filters en het landenpaneel werken wel.',
  mapNotLoaded:
    'De kaart kon niet worden geladen (geen verbinding?). De tabel, filters en het landenpaneel werken wel.',
  urlNotice: 'Een deel van de link kon niet worden gelezen ({params}); de standaardwaarde wordt gebruikt.',
  dismiss: 'Sluiten',
  somethingFailed: 'Dit onderdeel kon niet worden getoond. De rest van de kaart werkt nog.',
  technicalDetails: 'Technische details',
  updateAvailable: 'Nieuwe versie beschikbaar – herladen',
  stillLoading: 'Nog bezig met laden: {what}…',
} as const;

const en: English<typeof nl> = {
  appTitle: 'Migratiekaart',
  appSubtitle: "Dutch Foreign Ministry's migration effort, from the Migration Report",
  switchTo: 'Nederlands',
  switchToLabel: 'Schakel naar Nederlands',
  skipToList: 'Skip to the country list',
  viewMap: 'Map',
  viewTable: 'Table',
  viewCharts: 'Figures',
  viewTimeline: 'Timeline',
  view: 'View',
  countrySearch: 'Find a country',
  countrySearchPlaceholder: 'Search countries…',
  noCountryFound: 'No country found',
  disclaimer:
    'The boundaries and names shown do not imply official endorsement or acceptance. Somaliland is shown as part of Somalia, Northern Cyprus as part of Cyprus.',
  sourceLine: 'Source: Migration Report {year}, Netherlands Ministry of Foreign Affairs; boundaries: Natural Earth.',
  loading: 'Loading…',
  loadFailed: 'Could not load {what}: {why}.',
  retry: 'Try again',
  noWebgl: 'this browser has no WebGL',
  mapUnavailable: 'The map cannot be shown in this browser ({why}). The table, filters and country panel still work.',
  mapNotLoaded: 'The map could not be loaded (no connection?). The table, filters and country panel still work.',
  urlNotice: 'Part of the link could not be read ({params}); the default is used instead.',
  dismiss: 'Dismiss',
  somethingFailed: 'This part could not be shown. The rest of the map still works.',
  technicalDetails: 'Technical details',
  updateAvailable: 'New version available – reload',
  stillLoading: 'Still loading: {what}…',
};

export const APP_MESSAGES = { nl, en };
