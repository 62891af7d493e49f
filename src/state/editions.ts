/**
 * Which edition's records a year shows. Results and data notes belong to the
 * edition that reports them (compile.ts tags each with `edition`); a year
 * shows the latest edition up to that year, or the first edition for years
 * before any report. With one edition that is every year's.
 */
import type { FilterContext } from './filterContext';

export function editionFor({ year, reportingYears }: Pick<FilterContext, 'year' | 'reportingYears'>): number | null {
  let chosen: number | null = null;
  for (const y of [...reportingYears].sort((a, b) => a - b)) if (y <= year || chosen === null) chosen = y;
  return chosen;
}

/** The records of the edition a year shows. */
export function ofShownEdition<T extends { edition: number }>(
  records: readonly T[],
  f: Pick<FilterContext, 'year' | 'reportingYears'>,
): T[] {
  const edition = editionFor(f);
  return records.filter((r) => r.edition === edition);
}
