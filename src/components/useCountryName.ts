/** A country's name in the reading language, from the compiled countries (the ISO3 code until they load). */
import { useMemo } from 'react';
import { useAppStore } from '../state/store';

export function useCountryName(): (iso3: string) => string {
  const lang = useAppStore((s) => s.lang);
  const countries = useAppStore((s) => s.data.countries);
  const names = useMemo(
    () => new Map(countries?.features.map((f) => [f.properties.iso3, f.properties[`name_${lang}`]]) ?? []),
    [countries, lang],
  );
  return (iso3) => names.get(iso3) ?? iso3;
}
