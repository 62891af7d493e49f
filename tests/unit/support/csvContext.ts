/** The English words a CSV export is written with in the tests, for a given programme list and year. */
import type { ExportContext } from '../../../src/state/exportRows';

export function englishCsvContext(programmes: ExportContext['programmes'], year = 2023) {
  return {
    lang: 'en' as const,
    year,
    goalNames: { 'reception-in-region': 'Reception in the region', 'migration-cooperation': 'Migration cooperation' },
    programmes,
    noData: 'No data for this year',
    derivedWords: { derived: 'derived', years: 'years derived' },
  } satisfies ExportContext;
}
