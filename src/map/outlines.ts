/**
 * The small GeoJSON sources that carry the country outlines a user reads as
 * "this one": focus roles, programme match (`outlines`) and hover + selection
 * (`pointer`). They hold only the countries that have a role, so an outline
 * layer draws a few dozen shapes instead of every border on earth, and a
 * filter change re-uploads only those (measurements: docs/performance.md).
 * Pure: testable without WebGL.
 */
import type { CountriesGeo } from '../data/types';
import type { CountryState } from './countryStates';

type CountryFeature = CountriesGeo['features'][number];

export interface OutlineProps {
  iso3: string;
  focusReception: boolean;
  focusMigration: boolean;
  match: boolean;
}

export interface PointerProps {
  iso3: string;
  hover: boolean;
  selected: boolean;
}

export interface OutlineCollection<P> {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: string; geometry: CountryFeature['geometry']; properties: P }[];
}

export const EMPTY_COLLECTION: OutlineCollection<never> = { type: 'FeatureCollection', features: [] };

/** Country geometry by ISO3, for building the outline sources. */
export function countriesByIso3(countries: CountriesGeo): Map<string, CountryFeature> {
  const out = new Map<string, CountryFeature>();
  for (const f of countries.features) if (f.properties.iso3) out.set(f.properties.iso3, f);
  return out;
}

const hasOutlineRole = (s: CountryState) => s.focusReception || s.focusMigration || s.match;

/** True when any country gained or lost a focus role or the programme match. */
export function outlineRolesChanged(prev: Map<string, CountryState>, next: Map<string, CountryState>): boolean {
  if (prev.size !== next.size) return true;
  for (const [iso3, s] of next) {
    const p = prev.get(iso3);
    if (!p || p.focusReception !== s.focusReception || p.focusMigration !== s.focusMigration || p.match !== s.match)
      return true;
  }
  return false;
}

/** The countries with a focus role or a programme match, with those roles as properties. */
export function outlineCollection(
  byIso3: ReadonlyMap<string, CountryFeature>,
  states: ReadonlyMap<string, CountryState>,
): OutlineCollection<OutlineProps> {
  const features: OutlineCollection<OutlineProps>['features'] = [];
  for (const [iso3, s] of states) {
    const f = byIso3.get(iso3);
    if (!f || !hasOutlineRole(s)) continue;
    features.push({
      type: 'Feature',
      id: iso3,
      geometry: f.geometry,
      properties: { iso3, focusReception: s.focusReception, focusMigration: s.focusMigration, match: s.match },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The hovered and the selected country: at most two features, one when they are the same. */
export function pointerCollection(
  byIso3: ReadonlyMap<string, CountryFeature>,
  hovered: string | null,
  selected: string | null,
): OutlineCollection<PointerProps> {
  const features: OutlineCollection<PointerProps>['features'] = [];
  for (const iso3 of new Set([hovered, selected])) {
    const f = iso3 ? byIso3.get(iso3) : undefined;
    if (!iso3 || !f) continue;
    features.push({
      type: 'Feature',
      id: iso3,
      geometry: f.geometry,
      properties: { iso3, hover: iso3 === hovered, selected: iso3 === selected },
    });
  }
  return { type: 'FeatureCollection', features };
}
