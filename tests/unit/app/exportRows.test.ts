import { describe, expect, it } from 'vitest';
import { csvCell, rowsToCsv, rowsToGeojson } from '../../../src/state/exportRows';
import { countryRows } from '../../../src/state/selectors';
import { realData, realFilters } from './fixtures';

const d = realData();
const ctx = {
  lang: 'en' as const,
  year: 2023,
  goalNames: { 'reception-in-region': 'Reception in the region', 'migration-cooperation': 'Migration cooperation' },
  programmes: d.programmes,
  noData: 'No data for this year',
  derivedWords: { derived: 'derived', years: 'years derived' },
};

describe('downloads give exactly what the table shows', () => {
  const rows = countryRows(d.countries, d.programmes, realFilters({ programmes: ['prospects'], year: 2023 }));

  it('CSV: a header and one line per row, in the active language', () => {
    const lines = rowsToCsv(rows, ctx).trim().split('\r\n');
    expect(lines[0]).toBe(
      'iso3,name,year,focus,activities_reception-in-region,activities_migration-cooperation,programmes,derived',
    );
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines.find((l) => l.startsWith('JOR'))).toMatch(
      /^JOR,Jordan,2023,Reception in the region,5,,"PROSPECTS; Global Concessional Financing Facility \(GCFF\); Support to Jordan's agricultural sector","PROSPECTS – years derived: The report gives no start year\./,
    );
  });

  it('CSV: every derived value behind a row is in its derived column, with its basis', () => {
    const all = countryRows(d.countries, d.programmes, realFilters({ year: 2023 }));
    const csv = rowsToCsv(all, ctx).trim().split('\r\n');
    const line = (iso3: string) => csv.find((l) => l.startsWith(`${iso3},`)) ?? '';
    expect(line('NER')).toContain('PROMIS – derived: Derived from an unclear sentence');
    expect(line('MLI')).not.toContain('PROMIS – derived');
    for (const r of all)
      for (const e of r.derived) expect(line(r.iso3)).toContain(e.mark.basis_en.slice(0, 40).replace(/"/g, '""'));
  });

  it('GeoJSON: the same rows with their shapes', () => {
    const fc = rowsToGeojson(rows, d.countries, ctx);
    expect(fc.features.map((f) => f.properties.iso3)).toEqual(rows.map((r) => r.iso3));
    expect(fc.features[0]?.geometry.type).toMatch(/Polygon/);
  });

  it('cells that a spreadsheet would run as a formula are defused; quotes are escaped', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell(7)).toBe('7');
  });
});
