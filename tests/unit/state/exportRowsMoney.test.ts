/** The CSV says whose money a budget is: the country's own in one column, labelled totals and shares in another. */
import { describe, expect, it } from 'vitest';
import type { ProgrammeRecord } from '../../../src/data/types';
import { type ExportContext, rowsToCsv } from '../../../src/state/exportRows';
import { type Whose, whoseLabel } from '../../../src/state/money';
import { countryRows } from '../../../src/state/selectors';
import { realData, realFilters } from '../data/realData';

const d = realData();
const names = new Map(d.countries.features.map((f) => [f.properties.iso3, f.properties.name_en]));
const label = (w: Whose, p: ProgrammeRecord) =>
  whoseLabel(
    w,
    {
      total: 'Programme total',
      countries: (n) => `${n} countries`,
      worldwide: 'worldwide',
      forCountry: (c) => `for ${c}`,
      funder: (_f, c) => (c ? `EU money for ${c}` : 'EU money'),
      list: (xs) => xs.join(' and '),
    },
    (iso3) => names.get(iso3) ?? iso3,
    p.regions_en ?? [],
  );

function csvFor(year: number) {
  const f = { ...realFilters({ year }), fill: 'programmes' as const };
  const ctx: ExportContext = {
    lang: 'en',
    year,
    goalNames: {},
    programmes: d.programmes,
    noData: 'No data',
    derivedWords: { derived: 'derived', years: 'years derived' },
    money: { span: f, label, euro: (n) => `EUR ${n / 1e6}m` },
  };
  const lines = rowsToCsv(countryRows(d.countries, d.programmes, f), ctx)
    .trim()
    .split('\r\n');
  const header = lines[0]!.split(',');
  const col = (iso3: string, name: string) => {
    const line = lines.find((l) => l.startsWith(`${iso3},`)) ?? '';
    // No quoted commas in these cells' neighbours: split on commas outside quotes.
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    return cells[header.indexOf(name)];
  };
  return col;
}

describe('CSV budget columns', () => {
  it("2023: GCFF's EUR 10 mln is Moldova's own, and another country's share in Jordan's row", () => {
    const col = csvFor(2023);
    expect(col('MDA', 'budgets_for_this_country')).toBe('Global Concessional Financing Facility (GCFF): EUR 10m');
    expect(col('JOR', 'budgets_for_this_country')).toBe('');
    expect(col('JOR', 'budgets_programme_total_or_other_country')).toBe(
      'Global Concessional Financing Facility (GCFF): EUR 10m (for Moldova)',
    );
    expect(col('PAK', 'budgets_programme_total_or_other_country')).toBe(
      'Afghanistan regional effort: EUR 40m (Programme total, 1 countries and Afghan region)',
    );
  });

  it('2024: Prospects phase II is a programme total in each of its countries', () => {
    const col = csvFor(2024);
    expect(col('JOR', 'budgets_programme_total_or_other_country')).toContain(
      'Prospects: EUR 800m (Programme total, 8 countries)',
    );
    expect(col('JOR', 'budgets_programme_total_or_other_country')).toContain('(for Armenia)');
  });

  it("2024: the EU's EUR 7.4 bn for Egypt is labelled EU money, never Egypt's Dutch budget", () => {
    const col = csvFor(2024);
    expect(col('EGY', 'budgets_for_this_country')).toBe('');
    expect(col('EGY', 'budgets_programme_total_or_other_country')).toContain(
      'EU-Egypt strategic partnership: EUR 7400m (EU money for Egypt)',
    );
  });
});
