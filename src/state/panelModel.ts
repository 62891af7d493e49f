/**
 * What a country's panel lists for the current filters: programmes (with the
 * results of the edition the year shows), posts, moments and data notes.
 * Pure, so a test can check every country and year for duplicates.
 */
import type { AppData } from '../data/types';
import { ofShownEdition } from './editions';
import type { FilterContext } from './filterContext';
import { momentsInYear, programmesByCountry } from './selectors';

export type PanelData = Partial<Pick<AppData, 'programmes' | 'posts' | 'moments' | 'notes'>>;

export function countryPanelModel(data: PanelData, filters: FilterContext, iso3: string) {
  // The same memoised index the table and the summary use: no scan of every programme per panel.
  const programmes = (data.programmes ? (programmesByCountry(data.programmes, filters).get(iso3) ?? []) : []).map(
    (p) => ({ ...p, results: ofShownEdition(p.results, filters) }),
  );
  return {
    programmes,
    posts: data.posts?.features.filter((f) => f.properties.iso3 === iso3).map((f) => f.properties) ?? [],
    moments: data.moments ? momentsInYear(data.moments, filters, iso3) : [],
    notes: ofShownEdition(data.notes ?? [], filters).filter((n) => n.iso3.includes(iso3)),
  };
}
