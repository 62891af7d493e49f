import { describe, expect, test } from 'vitest';
import { formatAmount, formatEuro, formatNumber, formatPercent } from '../../../src/i18n/numbers';
import { formatCount, formatMoney } from '../../../src/i18n/scaledNumbers';

describe('numbers in the reader’s language', () => {
  test('plain numbers group digits the local way', () => {
    expect(formatNumber(158_000, 'nl')).toBe('158.000');
    expect(formatNumber(158_000, 'en')).toBe('158,000');
  });

  test('the panel writes euros in whole euros, and large amounts in Intl’s compact form', () => {
    expect(formatEuro(250_000, 'nl')).toBe('€\u00a0250.000');
    expect(formatEuro(250_000, 'en')).toBe('€250,000');
    // The compact size word comes from the runtime's ICU (ICU 78 in Node: "€ 800,0 mln."), so only its shape is fixed.
    expect(formatEuro(800_000_000, 'nl')).toMatch(/^€\s?800(,0)?\s\D+$/);
    expect(formatEuro(800_000_000, 'en')).toMatch(/^€800(\.0)?\s?\D+$/);
  });

  test('an amount is money only when its unit is euro', () => {
    expect(formatAmount(550_000, 'people', 'en')).toBe('550,000');
    expect(formatAmount(250_000, 'eur', 'en')).toBe('€250,000');
  });

  test('charts write millions and billions in the report’s words, digits from Intl', () => {
    expect(formatCount(117_000_000, 'nl')).toBe('117 mln');
    expect(formatCount(68_300_000, 'nl')).toBe('68,3 mln');
    expect(formatCount(68_300_000, 'en')).toBe('68.3 million');
    expect(formatCount(7_300_000_000, 'nl')).toBe('7,3 mld');
    expect(formatCount(550_000, 'nl')).toBe('550.000');
    expect(formatCount(550_000, 'en')).toBe('550,000');
  });

  test('chart money: the currency sign placed by Intl, the size word ours', () => {
    expect(formatMoney(200_000_000, 'nl')).toBe('€\u00a0200 mln');
    expect(formatMoney(200_000_000, 'en')).toBe('€200 million');
    expect(formatMoney(1_000_000_000, 'en')).toBe('€1 billion');
    expect(formatMoney(60_500, 'en')).toBe('€60,500');
  });

  test('percentages from a figure in percent', () => {
    expect(formatPercent(73, 'en')).toBe('73%');
    expect(formatPercent(26.5, 'nl')).toBe('26,5%');
  });
});
