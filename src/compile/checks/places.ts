/**
 * A place where the report names none (issue 13). The rule, checkable by
 * machine: a record's place (a city, or a country where something happened)
 * that has no `derived.place` entry must be named in the record's `source`,
 * which then quotes or cites the report's words for it: the city's Dutch or
 * English name, or the country's Dutch or English name, compared without case
 * or accents. A place the product infers carries `derived.place` with its basis.
 *
 * Moments (moments.yaml, `place: {iso3, city_nl, city_en} | null`) use it:
 * checks/moments.ts.
 */
import { type DerivedFields, derivedBasis } from '../../model/derived';
import { countryName } from '../countryNames';
import type { FileReport, Location } from './context';

export interface Place {
  iso3: string | null;
  city_nl?: string | null;
  city_en?: string | null;
}

/** Case- and accent-free, like src/text/fold.ts (compile/ may not import the browser's text/). */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The names a source may use for a place: city in both languages, else the country's. */
function namesOf(place: Place): string[] {
  const cities = [place.city_nl, place.city_en].filter((x): x is string => !!x);
  if (cities.length > 0) return [...new Set(cities)];
  const countries = place.iso3 ? [countryName(place.iso3, 'nl'), countryName(place.iso3, 'en')] : [];
  return [...new Set(countries.filter((x): x is string => !!x))];
}

export function placeNamedInSource(place: Place, source: string): boolean {
  const text = fold(source);
  return namesOf(place).some((n) => text.includes(fold(n)));
}

/** Adds an error when a non-null, non-derived place is not named in the source. */
export function checkPlaceNamed(
  report: FileReport,
  loc: Location,
  label: string,
  place: Place | null,
  source: string,
  derived: DerivedFields | undefined,
  field = 'place',
): void {
  if (!place || derivedBasis(derived, field) || placeNamedInSource(place, source)) return;
  report.add(loc, {
    field,
    value: place.city_nl ?? place.iso3,
    message: `record ${label}: the source does not name this place (${namesOf(place).join(' / ')}); quote the report's words for it in the source, or mark it derived.${field} with its basis`,
    code: 'place-not-in-source',
  });
}
