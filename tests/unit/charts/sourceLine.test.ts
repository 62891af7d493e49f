import { expect, test } from 'vitest';
import { sourceLine } from '../../../src/charts/sourceLine';

test('the source line drops duplicates and keeps the sources’ own semicolons readable', () => {
  expect(sourceLine(['H1; fn 10', 'H1; fn 10', 'H3'], 'nl')).toBe('Bron: H1; fn 10 · H3');
  expect(sourceLine(['H3'], 'en')).toBe('Source: H3');
});
