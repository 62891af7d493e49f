/** Briefing-grade pictures: fitting the map, the legend's added keys, the country fiche, the offline badge. */
import type { English } from './shape';

const nl = {
  fitToData: 'Toon alle landen met gegevens',
  legendBothRoles: 'Focusland voor beide doelen (beide rollen: oranje buiten, paars binnen)',
  legendRouteDirection: 'Pijlpunt: richting van de route',
  legendRouteWidth: 'ca. {n} onderscheppingen (2023)',
  legendHide: 'Legenda verbergen',
  fiche: 'Landenfiche',
  ficheLabel: 'Landenfiche van {country} afdrukken of als pdf bewaren',
  ficheTitle: 'Landenfiche {country}',
  ficheSubtitle: 'Migratie-inzet van het ministerie van Buitenlandse Zaken, {year}',
  ficheInset: 'Kaart van {country} en buurlanden',
  ficheMade: 'Gemaakt op {date} met Migratiekaart.',
  ficheSources: 'Elke uitspraak noemt haar bron: hoofdstuk en paragraaf van de Migratierapportage {year}.',
  offlineStored: 'Offline – de kaart werkt met opgeslagen gegevens',
  offlineNotStored: 'Offline – deze pagina is niet voor offline gebruik opgeslagen',
} as const;

const en: English<typeof nl> = {
  fitToData: 'Show all countries with data',
  legendBothRoles: 'Focus country for both goals (both roles: orange outside, purple inside)',
  legendRouteDirection: 'Arrowhead: direction of the route',
  legendRouteWidth: 'about {n} detections (2023)',
  legendHide: 'Hide legend',
  fiche: 'Country fiche',
  ficheLabel: 'Print the country fiche of {country} or save it as PDF',
  ficheTitle: 'Country fiche {country}',
  ficheSubtitle: 'Migration effort of the Ministry of Foreign Affairs, {year}',
  ficheInset: 'Map of {country} and its neighbours',
  ficheMade: 'Made on {date} with Migratiekaart.',
  ficheSources: 'Every statement names its source: chapter and section of the Migratierapportage {year}.',
  offlineStored: 'Offline – the map works from stored data',
  offlineNotStored: 'Offline – this page is not stored for offline use',
};

export const FRAMING_MESSAGES = { nl, en };
