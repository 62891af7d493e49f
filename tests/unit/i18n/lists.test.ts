import { expect, test } from 'vitest';
import { compareNames, formatList, formatYears } from '../../../src/i18n/lists';

test('lists join with the language’s own "and"', () => {
  expect(formatList(['Iran', 'Turkije', 'Colombia'], 'nl')).toBe('Iran, Turkije en Colombia');
  expect(formatList(['Iran', 'Turkey', 'Colombia'], 'en')).toBe('Iran, Turkey and Colombia');
  expect(formatList(['a', 'b'], 'en')).toBe('a and b');
  expect(formatList(['a'], 'nl')).toBe('a');
});

test('names sort in the language’s alphabetical order', () => {
  expect(['Zweden', 'Égypte', 'Afghanistan'].sort((a, b) => compareNames(a, b, 'nl'))).toEqual([
    'Afghanistan',
    'Égypte',
    'Zweden',
  ]);
});

test('years read as ranges where three or more follow each other, joined with the language’s "and"', () => {
  expect(formatYears([2023], 'nl')).toBe('2023');
  expect(formatYears([2024, 2023], 'nl')).toBe('2023 en 2024');
  expect(formatYears([2023, 2024, 2025], 'en')).toBe('2023–2025');
  expect(formatYears([2019, 2020, 2021, 2023, 2025, 2026], 'nl')).toBe('2019–2021, 2023, 2025 en 2026');
  const sixtyTwo = Array.from({ length: 62 }, (_, i) => 2023 + i);
  expect(formatYears(sixtyTwo, 'en')).toBe('2023–2084');
  expect(formatYears([], 'en')).toBe('');
});
