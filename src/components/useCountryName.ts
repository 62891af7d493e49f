/** A country's name in the reading language, from the compiled countries (the ISO3 code until they load). */
import { useMemo } from 'react';
import { useAppStore } from '../state/store';

/** The same function until the language or the countries change (safe in memo and effect dependencies). */
export function useCountryName(): (iso3: string) => string {
  const lang = useAppStore((s) => s.lang);
  const countries = useAppStore((s) => s.data.countries);
  return useMemo(() => {
    const names = new Map(countries?.features.map((f) => [f.properties.iso3, f.properties[`name_${lang}`]]) ?? []);
    return (iso3: string) => names.get(iso3) ?? iso3;
  }, [countries, lang]);
}
