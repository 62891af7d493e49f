import { describe, expect, test } from 'vitest';
import { translator } from '../../../src/i18n/t';

describe('translator', () => {
  const nl = translator('nl');
  const en = translator('en');

  test('looks a message up in the chosen language', () => {
    expect(nl('filters')).toBe('Filters');
    expect(nl('closePanel')).toBe('Paneel sluiten');
    expect(en('closePanel')).toBe('Close panel');
  });

  test('fills placeholders as text, never as markup', () => {
    expect(en('removeFilter', { name: '<b>Prospects</b>' })).toBe('Remove filter: <b>Prospects</b>');
    expect(nl('sceneOf', { n: 2, total: 5 })).toBe('Scène 2 van 5');
  });

  test('wants exactly the values a message has placeholders for (a compile error otherwise)', () => {
    // @ts-expect-error: sceneOf has {n} and {total}; a missing value shows as the bare placeholder.
    expect(en('sceneOf', { n: 2 })).toBe('Scene 2 of {total}');
    // @ts-expect-error: closePanel takes no values.
    expect(en('closePanel', { n: 2 })).toBe('Close panel');
  });

  test('chooses the plural form from {n} with the language’s plural rules', () => {
    expect(nl('matchingCount', { n: 1 })).toBe('1 land');
    expect(nl('matchingCount', { n: 0 })).toBe('0 landen');
    expect(nl('matchingCount', { n: 12 })).toBe('12 landen');
    expect(en('activityCount', { n: 1 })).toBe('1 activity');
    expect(en('activityCount', { n: 3 })).toBe('3 activities');
  });
});
