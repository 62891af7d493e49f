/**
 * One view onto a MapController: the countries' fill and outlines, the posts
 * the programme filter leaves, the selected country, the label language and
 * the layer toggles. The screen map (MapView) and the PNG export (a second,
 * off-screen controller) both call this, so a picture shows what the screen
 * shows. Every setter skips what did not change, so calling it on any change
 * costs only that change.
 */
import type { CountriesGeo, ProgrammeRecord } from '../data/types';
import type { FilterContext } from '../state/filterContext';
import { memoOn } from '../state/memo';
import { matchingCountries } from '../state/selectors';
import type { Lang, Layers, Selection } from '../state/types';
import type { InitialView } from './controllerInput';
import { computeCountryStates } from './countryStates';
import type { MapController } from './MapController';
import { layersInYear } from './yearLayers';

export interface MapViewInput {
  countries: CountriesGeo;
  programmes: ProgrammeRecord[];
  filters: Omit<FilterContext, 'years'>;
  selection: Selection | null;
  lang: Lang;
  layers: Layers;
  /** Country names at briefing size: presentation and slides. */
  largeLabels?: boolean;
}

/**
 * The same filters give the same Map, which MapController recognises as
 * unchanged; the legend reads the same Map, so it lists what the map draws.
 */
export const countryStatesOf = memoOn(
  (countries: CountriesGeo, programmes: ProgrammeRecord[], f: Omit<FilterContext, 'years'>) => [
    countries,
    programmes,
    f.goal,
    f.year,
    f.latestEdition,
    f.reportingYears,
    f.selectedProgrammes,
    f.fill,
  ],
  computeCountryStates,
);

type FilterInput = Pick<MapViewInput, 'countries' | 'programmes' | 'filters'>;

/**
 * What a new map's sources start with (MapController, InitialView): the same
 * memoised objects `applyView` then hands over, so it finds them unchanged.
 */
export function initialViewOf(v: FilterInput): InitialView {
  return {
    states: countryStatesOf(v.countries, v.programmes, v.filters),
    postCountries: matchingCountries(v.programmes, v.filters),
  };
}

export function applyView(controller: MapController, v: MapViewInput): void {
  const filtered = initialViewOf(v);
  controller.applyCountryStates(filtered.states);
  controller.setPostCountries(filtered.postCountries);
  controller.setSelectedCountry(v.selection?.kind === 'country' ? v.selection.iso3 : null);
  controller.setLang(v.lang);
  controller.setLayers(layersInYear(v.layers, v.filters).shown);
  controller.setLargeLabels(v.largeLabels ?? false);
}
