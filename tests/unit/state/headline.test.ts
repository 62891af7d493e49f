/**
 * The headline sentence on the tiny fixture: its count is the summary's
 * (countryRows), it follows year, goal, fill and programme filter, and reads
 * the same in both languages.
 */
import { describe, expect, it } from 'vitest';
import { headline } from '../../../src/state/headline';
import { countryRows } from '../../../src/state/selectors';
import { filters, tiny } from './fixture';

const data = { countries: tiny.countries, programmes: tiny.programmes };

describe('headline', () => {
  it('states the countries of the default view, as many as the summary counts', () => {
    const f = filters();
    const h = headline(data, f, 'nl');
    expect(h.text).toBe('In 2023 werkt Nederland in 3 landen aan migratie');
    expect(h.countries).toBe(countryRows(data.countries, data.programmes, f).length);
    expect(headline(data, f, 'en').text).toBe('In 2023 the Netherlands works on migration in 3 countries');
  });

  it('names the goal, with the singular for one country', () => {
    expect(headline(data, filters({ goal: 'reception-in-region' }), 'nl').text).toBe(
      'In 2023 werkt Nederland in 1 land aan opvang in de regio',
    );
    expect(headline(data, filters({ goal: 'reception-in-region' }), 'en').text).toBe(
      'In 2023 the Netherlands works on reception in the region in 1 country',
    );
    expect(headline(data, filters({ goal: 'migration-cooperation' }), 'en').text).toBe(
      'In 2023 the Netherlands works on migration cooperation in 3 countries',
    );
  });

  it('says programmes active in a year without counts, and in the reporting year under the programme fill', () => {
    expect(headline(data, filters({ year: 2024 }), 'nl').text).toBe(
      'In 2024 heeft Nederland programma’s voor migratie actief in 3 landen',
    );
    expect(headline(data, filters({ year: 2024 }), 'en').text).toBe(
      'In 2024 the Netherlands has programmes on migration active in 3 countries',
    );
    const f = { ...filters({ year: 2023 }), fill: 'programmes' as const };
    expect(headline(data, f, 'nl').text).toBe('In 2023 heeft Nederland programma’s voor migratie actief in 4 landen');
    expect(headline(data, f, 'nl').countries).toBe(countryRows(data.countries, data.programmes, f).length);
  });

  it('does not call a country with only a focus role one with programmes', () => {
    const withoutBeta = { ...data, programmes: tiny.programmes.filter((p) => p.id !== 'beta') };
    const f = { ...filters({ year: 2023 }), fill: 'programmes' as const };
    // DDD is drawn for its focus role alone.
    expect(headline(withoutBeta, f, 'nl').text).toBe('In 2023 werkt Nederland in 4 landen aan migratie');
  });

  it('adds the programme filter with the summary’s count', () => {
    const f = filters({ programmes: ['beta'] });
    const h = headline(data, f, 'nl');
    expect(h.text).toBe('In 2023 werkt Nederland in 3 landen aan migratie; beta nl in 2');
    expect(h.countries).toBe(2);
    expect(h.countries).toBe(countryRows(data.countries, data.programmes, f).length);
    expect(h.allCountries).toBe(3);
    expect(headline(data, filters({ programmes: ['beta', 'alpha'] }), 'en').text).toBe(
      'In 2023 the Netherlands works on migration in 3 countries; beta en and alpha en in 4',
    );
  });

  it('says so when the selected programme or the goal has no country in the year', () => {
    expect(headline(data, filters({ year: 2025, programmes: ['alpha'] }), 'nl').text).toBe(
      'In 2025 heeft Nederland programma’s voor migratie actief in 2 landen; alpha nl nergens actief',
    );
    expect(headline(data, filters({ year: 2018, goal: 'migration-cooperation' }), 'en').text).toBe(
      'In 2018 the map shows no Dutch effort on migration cooperation',
    );
    expect(headline(data, filters({ year: 2018 }), 'nl').text).toBe(
      'In 2018 heeft Nederland programma’s voor migratie actief in 1 land',
    );
  });
});
