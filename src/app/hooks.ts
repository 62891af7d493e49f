/** Small hooks shared by components: translation and the effective year. */
import { useMemo } from 'react';
import type { ProgrammeRecord } from '../data/types';
import { translator } from '../i18n/t';
import { effectiveYear, reportingYearsOf } from '../state/selectors';
import { useAppStore } from '../state/store';

export function useT() {
  const lang = useAppStore((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}

export interface YearContext {
  year: number;
  latest: number;
  reportingYears: number[];
  years: number[];
}

/**
 * The year filter's context. Without editions.json (failed to load) the
 * reporting years are read off the countries' counts, so the map still works.
 * null until one of the two is there.
 */
export function useYearContext(): YearContext | null {
  const editions = useAppStore((s) => s.data.editions);
  const countries = useAppStore((s) => s.data.countries);
  const year = useAppStore((s) => s.year);
  return useMemo(() => {
    if (editions) {
      return {
        year: effectiveYear(year, editions.latest),
        latest: editions.latest,
        reportingYears: reportingYearsOf(editions),
        years: editions.years,
      };
    }
    if (!countries) return null;
    const reporting = [
      ...new Set(countries.features.flatMap((f) => Object.keys(f.properties.activities_by_year).map(Number))),
    ].sort((a, b) => a - b);
    const latest = reporting[reporting.length - 1];
    if (latest === undefined) return null;
    return { year: effectiveYear(year, latest), latest, reportingYears: reporting, years: reporting };
  }, [editions, countries, year]);
}

const NO_PROGRAMMES: ProgrammeRecord[] = [];

/** The programmes, or none while programmes.json is missing: counts and focus still show. */
export function useProgrammes(): ProgrammeRecord[] {
  return useAppStore((s) => s.data.programmes) ?? NO_PROGRAMMES;
}
