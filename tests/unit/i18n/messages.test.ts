import { describe, expect, test } from 'vitest';
import { chartMessages } from '../../../src/i18n/messages/charts';
import { AREAS, MESSAGES } from '../../../src/i18n/messages/index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (m: string | { one: string; other: string }) => (typeof m === 'string' ? [m] : [m.one, m.other]);

describe('message catalogues', () => {
  test('no key is defined in two areas (the later one would silently win)', () => {
    const seen = new Map<string, string>();
    for (const [area, messages] of Object.entries(AREAS)) {
      for (const key of Object.keys(messages.nl)) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  test('English and Dutch have the same keys and the same placeholders', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.nl).sort());
    for (const key of Object.keys(MESSAGES.nl) as (keyof typeof MESSAGES.nl)[]) {
      const nl = forms(MESSAGES.nl[key]).map(placeholders);
      const en = forms(MESSAGES.en[key]).map(placeholders);
      expect(en, key).toEqual(nl);
    }
  });

  test('no message is empty', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, m] of Object.entries(MESSAGES[lang])) {
        for (const text of forms(m)) expect(text.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  test('the charts’ messages exist in both languages, key for key', () => {
    expect(Object.keys(chartMessages('en')).sort()).toEqual(Object.keys(chartMessages('nl')).sort());
  });
});
