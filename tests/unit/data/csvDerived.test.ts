/**
 * The CSV's derived column on the real 2023 data: every value the report does
 * not state, behind a row, is in that row's derived column with its basis.
 */
import { describe, expect, it } from 'vitest';
import { rowsToCsv } from '../../../src/state/exportRows';
import { countryRows } from '../../../src/state/selectors';
import { englishCsvContext } from '../support/csvContext';
import { realData, realFilters } from './realData';

const d = realData();
const ctx = englishCsvContext(d.programmes);

describe('the CSV on the 2023 data', () => {
  it('CSV: every derived value behind a row is in its derived column, with its basis', () => {
    const all = countryRows(d.countries, d.programmes, realFilters({ year: 2023 }));
    const csv = rowsToCsv(all, ctx).trim().split('\r\n');
    const line = (iso3: string) => csv.find((l) => l.startsWith(`${iso3},`)) ?? '';
    expect(line('NER')).toContain('PROMIS – derived: Derived from an unclear sentence');
    expect(line('MLI')).not.toContain('PROMIS – derived');
    for (const r of all)
      for (const e of r.derived) expect(line(r.iso3)).toContain(e.mark.basis_en.slice(0, 40).replace(/"/g, '""'));
  });
});
