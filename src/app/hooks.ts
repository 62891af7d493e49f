/** Small hooks shared by components: translation and the effective year. */
import { useMemo } from 'react';
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

/** null until editions.json is loaded. */
export function useYearContext(): YearContext | null {
  const editions = useAppStore((s) => s.data.editions);
  const year = useAppStore((s) => s.year);
  return useMemo(() => {
    if (!editions) return null;
    return {
      year: effectiveYear(year, editions.latest),
      latest: editions.latest,
      reportingYears: reportingYearsOf(editions),
      years: editions.years,
    };
  }, [editions, year]);
}
