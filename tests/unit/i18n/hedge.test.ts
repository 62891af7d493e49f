import { expect, test } from 'vitest';
import { hedge } from '../../../src/i18n/hedge';

test('the report’s hedge stays in front of its number, in both languages', () => {
  expect(hedge('117 mln', 'approx', 'nl')).toBe('ca. 117 mln');
  expect(hedge('117 million', 'approx', 'en')).toBe('about 117 million');
  expect(hedge('550.000', 'more-than', 'nl')).toBe('meer dan 550.000');
  expect(hedge('€1 billion', 'almost', 'en')).toBe('almost €1 billion');
  expect(hedge('€\u00a0800\u00a0miljoen', 'max', 'nl')).toBe('max. €\u00a0800\u00a0miljoen');
});

test('a number the report states plainly is shown plainly', () => {
  expect(hedge('486', 'exact', 'nl')).toBe('486');
  expect(hedge('486', null, 'en')).toBe('486');
  expect(hedge('486', undefined, 'en')).toBe('486');
});

test('a word instead of a number, and a dash where the report gives nothing', () => {
  expect(hedge(null, 'tens-of-thousands', 'nl')).toBe('tienduizenden');
  expect(hedge(null, 'tens-of-thousands', 'en')).toBe('tens of thousands');
  expect(hedge(null, 'approx', 'nl')).toBe('–');
});
