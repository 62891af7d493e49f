/**
 * Country names for charts from countries.geojson, the same names the map and
 * its panel use, so "Turkije"/"Türkiye" reads the same everywhere.
 */
import type { CountriesGeo } from '../data/types';
import type { Lang } from '../state/types';

export type CountryNamer = (iso3: string) => string;

export function countryNamer(countries: CountriesGeo, lang: Lang): CountryNamer {
  const names = new Map<string, string>();
  for (const f of countries.features) {
    const p = f.properties;
    if (p.iso3) names.set(p.iso3, lang === 'nl' ? p.name_nl : p.name_en);
  }
  // An unknown code still shows as itself rather than as a blank bar.
  return (iso3) => names.get(iso3) ?? iso3;
}
