import { expect, test } from 'vitest';
import { formatList } from '../../../src/i18n/lists';

test('lists join with the language’s own "and"', () => {
  expect(formatList(['Iran', 'Turkije', 'Colombia'], 'nl')).toBe('Iran, Turkije en Colombia');
  expect(formatList(['Iran', 'Turkey', 'Colombia'], 'en')).toBe('Iran, Turkey and Colombia');
  expect(formatList(['a', 'b'], 'en')).toBe('a and b');
  expect(formatList(['a'], 'nl')).toBe('a');
});
