// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest';
import { formatCount, formatMoney, formatPeriod, qualify, sourceLine } from '../../../src/charts/format';
import { expectAmsterdamTime } from './helpers';

beforeAll(expectAmsterdamTime);

describe('chart number words', () => {
  test('millions and billions in the report’s words, digits from Intl', () => {
    expect(formatCount(117_000_000, 'nl')).toBe('117 mln');
    expect(formatCount(68_300_000, 'nl')).toBe('68,3 mln');
    expect(formatCount(68_300_000, 'en')).toBe('68.3 million');
    expect(formatCount(7_300_000_000, 'nl')).toBe('7,3 mld');
    expect(formatCount(550_000, 'nl')).toBe('550.000');
    expect(formatCount(550_000, 'en')).toBe('550,000');
  });

  test('money', () => {
    expect(formatMoney(200_000_000, 'nl')).toBe('€\u00a0200 mln');
    expect(formatMoney(200_000_000, 'en')).toBe('€200 million');
    expect(formatMoney(1_000_000_000, 'en')).toBe('€1 billion');
  });

  test('qualifiers stay with the number', () => {
    expect(qualify('117 mln', 'approx', 'nl')).toBe('ca. 117 mln');
    expect(qualify('117 million', 'approx', 'en')).toBe('about 117 million');
    expect(qualify('550.000', 'more-than', 'nl')).toBe('meer dan 550.000');
    expect(qualify('€1 billion', 'almost', 'en')).toBe('almost €1 billion');
    expect(qualify(null, 'tens-of-thousands', 'nl')).toBe('tienduizenden');
    expect(qualify('486', 'exact', 'nl')).toBe('486');
  });

  test('periods never shift with the time zone', () => {
    expect(formatPeriod('2022-10-01/2023-09-30', 'nl')).toBe('1 oktober 2022 – 30 september 2023');
    expect(formatPeriod('2022-10-01/2023-09-30', 'en')).toBe('1 October 2022 – 30 September 2023');
    expect(formatPeriod('mid-2022/mid-2023', 'nl')).toBe('medio 2022 – medio 2023');
    expect(formatPeriod('2016/2024', 'en')).toBe('2016–2024');
    expect(formatPeriod('2023', 'en')).toBe('2023');
    expect(formatPeriod(null, 'nl')).toBe('–');
  });

  test('source line drops duplicates and keeps the sources’ own semicolons readable', () => {
    expect(sourceLine(['H1; fn 10', 'H1; fn 10', 'H3'], 'nl')).toBe('Bron: H1; fn 10 · H3');
  });
});
