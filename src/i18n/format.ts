/** Numbers, money and dates per locale, via Intl. */
import type { Lang } from '../state/types';

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * One formatter per (kind, language): constructing an Intl formatter costs far
 * more than using one, and a table or panel formats hundreds of values.
 */
function cached<F>(make: (locale: string) => F): (lang: Lang) => F {
  const byLang = new Map<Lang, F>();
  return (lang) => {
    let f = byLang.get(lang);
    if (!f) {
      f = make(LOCALE[lang]);
      byLang.set(lang, f);
    }
    return f;
  };
}

const plainNumber = cached((l) => new Intl.NumberFormat(l));
const compactNumber = cached(
  (l) => new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }),
);
const euro = cached((l) => new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }));
const compactEuro = cached(
  (l) =>
    new Intl.NumberFormat(l, {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 1,
    }),
);
const monthYear = cached((l) => new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
const list = cached((l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' }));

export function formatNumber(n: number, lang: Lang): string {
  return plainNumber(lang).format(n);
}

/** EUR 800 mln / EUR 800 million, compact above a million. */
export function formatEuro(n: number, lang: Lang): string {
  return (n >= 1_000_000 ? compactEuro : euro)(lang).format(n);
}

export function formatPeople(n: number, lang: Lang): string {
  return n >= 1_000_000 ? compactNumber(lang).format(n) : formatNumber(n, lang);
}

export function formatMonthYear(year: number, month: number | null, lang: Lang): string {
  if (month === null) return String(year);
  return monthYear(lang).format(new Date(Date.UTC(year, month - 1, 1)));
}

export function formatList(items: string[], lang: Lang): string {
  return list(lang).format(items);
}
