/** Numbers, money and dates per locale, via Intl. */
import type { Lang } from '../state/types';

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(n);
}

/** EUR 800 mln / EUR 800 million, compact above a million. */
export function formatEuro(n: number, lang: Lang): string {
  const compact = n >= 1_000_000;
  return new Intl.NumberFormat(LOCALE[lang], {
    style: 'currency',
    currency: 'EUR',
    notation: compact ? 'compact' : 'standard',
    compactDisplay: 'long',
    maximumFractionDigits: compact ? 1 : 0,
  }).format(n);
}

export function formatPeople(n: number, lang: Lang): string {
  return n >= 1_000_000
    ? new Intl.NumberFormat(LOCALE[lang], {
        notation: 'compact',
        compactDisplay: 'long',
        maximumFractionDigits: 1,
      }).format(n)
    : formatNumber(n, lang);
}

export function formatMonthYear(year: number, month: number | null, lang: Lang): string {
  if (month === null) return String(year);
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' }).format(items);
}
