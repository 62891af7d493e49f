/**
 * One view onto a MapController: the countries' fill and outlines, the posts
 * the programme filter leaves, the selected country, the label language and
 * the layer toggles. The screen map (MapView) and the PNG export (a second,
 * off-screen controller) both call this, so a picture shows what the screen
 * shows. Every setter skips what did not change, so calling it on any change
 * costs only that change.
 */
import type { CountriesGeo, ProgrammeRecord } from '../data/types';
import { memoLast } from '../state/memo';
import { matchingCountries } from '../state/selectors';
import type { GoalFilter, Lang, Layers, Selection } from '../state/types';
import { computeCountryStates } from './countryStates';
import type { MapController } from './MapController';

export interface MapViewInput {
  countries: CountriesGeo;
  programmes: ProgrammeRecord[];
  selectedProgrammes: string[];
  goal: GoalFilter;
  /** The effective year (never null) and the editions that report counts for a year. */
  year: number;
  reportingYears: number[];
  latestEdition: number;
  selection: Selection | null;
  lang: Lang;
  layers: Layers;
}

/** The same inputs give the same Map, which MapController recognises as unchanged. */
const countryStatesOf = memoLast(computeCountryStates);

export function applyView(controller: MapController, v: MapViewInput): void {
  controller.applyCountryStates(
    countryStatesOf(v.countries, v.programmes, v.selectedProgrammes, v.goal, v.year, v.reportingYears, v.latestEdition),
  );
  controller.setPostCountries(matchingCountries(v.programmes, v.selectedProgrammes, v.year, v.latestEdition));
  controller.setSelectedCountry(v.selection?.kind === 'country' ? v.selection.iso3 : null);
  controller.setLang(v.lang);
  controller.setLayers(v.layers);
}
