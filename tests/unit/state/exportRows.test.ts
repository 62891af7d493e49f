import { describe, expect, it } from 'vitest';
import { csvCell, rowsToCsv, rowsToGeojson } from '../../../src/state/exportRows';
import { countryRows } from '../../../src/state/selectors';
import { englishCsvContext } from '../support/csvContext';
import { filters, tiny } from './fixture';

const ctx = englishCsvContext(tiny.programmes);

describe('downloads give exactly what the table shows', () => {
  // In 2023 alpha works in AAA, BBB and CCC (which it joins that year), beta in BBB and DDD.
  const rows = countryRows(tiny.countries, tiny.programmes, filters({ programmes: ['alpha', 'beta'], year: 2023 }));

  it('CSV: a header and one line per row, in the active language', () => {
    expect(rowsToCsv(rows, ctx).trim().split('\r\n')).toEqual([
      'iso3,name,year,focus,activities_reception-in-region,activities_migration-cooperation,programmes_active,programmes,budgets_for_this_country,budgets_programme_total_or_other_country,derived',
      'AAA,AAA en,2023,Reception in the region,5,2,1,alpha en,,,',
      'BBB,BBB en,2023,,,1,2,"alpha en; beta en",,,',
      'CCC,CCC en,2023,,,,1,alpha en,,,',
      'DDD,DDD en,2023,Migration cooperation,,,1,beta en,,,',
    ]);
  });

  it('GeoJSON: the same rows with their shapes', () => {
    const fc = rowsToGeojson(rows, tiny.countries, ctx);
    expect(fc.features.map((f) => f.properties.iso3)).toEqual(rows.map((r) => r.iso3));
    expect(fc.features[0]?.geometry.type).toMatch(/Polygon/);
  });

  it('cells that a spreadsheet would run as a formula are defused; quotes are escaped', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell(7)).toBe('7');
  });
});
