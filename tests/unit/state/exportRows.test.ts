import { describe, expect, it } from 'vitest';
import { csvCell, rowsToCsv, rowsToGeojson } from '../../../src/state/exportRows';
import { countryRows } from '../../../src/state/selectors';
import { realData, realFilters } from '../data/realData';

const d = realData();
const ctx = {
  lang: 'en' as const,
  year: 2023,
  goalNames: { 'reception-in-region': 'Reception in the region', 'migration-cooperation': 'Migration cooperation' },
  programmes: d.programmes,
  noData: 'No data for this year',
};

describe('downloads give exactly what the table shows', () => {
  const rows = countryRows(d.countries, d.programmes, realFilters({ programmes: ['prospects'], year: 2023 }));

  it('CSV: a header and one line per row, in the active language', () => {
    const lines = rowsToCsv(rows, ctx).trim().split('\r\n');
    expect(lines[0]).toBe(
      'iso3,name,year,focus,activities_reception-in-region,activities_migration-cooperation,programmes',
    );
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines.find((l) => l.startsWith('JOR'))).toBe(
      `JOR,Jordan,2023,Reception in the region,5,,"PROSPECTS; Global Concessional Financing Facility (GCFF); Support to Jordan's agricultural sector"`,
    );
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
