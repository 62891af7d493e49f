/** Small hooks shared by the map and the components: translation and the filter context. */
import { useMemo } from 'react';
import type { ProgrammeRecord } from '../data/types';
import { translator } from '../i18n/t';
import { type FilterContext, filterContextOf, type YearContext, yearContextOf } from './filterContext';
import { useAppStore } from './store';

export function useT() {
  const lang = useAppStore((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}

/** The year filter's context (see yearContextOf); null until editions or countries are loaded. */
export function useYearContext(): YearContext | null {
  const editions = useAppStore((s) => s.data.editions);
  const countries = useAppStore((s) => s.data.countries);
  const year = useAppStore((s) => s.year);
  return useMemo(() => yearContextOf(editions, countries, year), [editions, countries, year]);
}

/** The year context plus goal and selected programmes: what every selector needs. */
export function useFilterContext(): FilterContext | null {
  const yc = useYearContext();
  const goal = useAppStore((s) => s.goal);
  const programmes = useAppStore((s) => s.programmes);
  const fill = useAppStore((s) => s.fill);
  return useMemo(() => (yc ? filterContextOf(yc, { goal, programmes, fill }) : null), [yc, goal, programmes, fill]);
}

const NO_PROGRAMMES: ProgrammeRecord[] = [];

/** The programmes, or none while programmes.json is missing: counts and focus still show. */
export function useProgrammes(): ProgrammeRecord[] {
  return useAppStore((s) => s.data.programmes) ?? NO_PROGRAMMES;
}
