import { expect, test } from 'vitest';
import { compareNames, formatList } from '../../../src/i18n/lists';

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
