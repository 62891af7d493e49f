/**
 * Numbers and money per locale. Digits and grouping always come from Intl.
 * Two styles of large numbers, each where it has always been used:
 * - the panel (formatEuro) lets Intl write the size word in full: "€ 800 miljoen";
 * - the charts (formatCount, formatMoney) write the report's own "mln"/"mld",
 *   because ICU's short compact forms differ between runtimes ("117 mln." vs "117 mln").
 */
import type { Lang } from '../state/types';
import { perLanguage } from './locale';
import { VALUE_WORDS } from './messages/values';

const plainNumber = perLanguage((l) => new Intl.NumberFormat(l));
const oneDecimal = perLanguage((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 1 }));
const wholeNumber = perLanguage((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 }));
const percent = perLanguage((l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 1 }));
const euro = perLanguage(
  (l) => new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
);
const compactEuro = perLanguage(
  (l) =>
    new Intl.NumberFormat(l, {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 1,
    }),
);
/** Euro before a size word of ours: whole euros alone, one decimal before "mln"/"mld". */
const euroBeforeWord = perLanguage(
  (l) =>
    new Intl.NumberFormat(l, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }),
);
const euroWhole = perLanguage(
  (l) =>
    new Intl.NumberFormat(l, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    }),
);

export function formatNumber(n: number, lang: Lang): string {
  return plainNumber(lang).format(n);
}

/** € 800 miljoen / €800 million: Intl's compact long form above a million (the panel). */
export function formatEuro(n: number, lang: Lang): string {
  return (n >= 1_000_000 ? compactEuro : euro)(lang).format(n);
}

/** A value in its unit as the panel shows it: euros as money, everything else as a plain number. */
export function formatAmount(n: number, unit: string, lang: Lang): string {
  return unit === 'eur' ? formatEuro(n, lang) : formatNumber(n, lang);
}

/** 68,3 mln / 68.3 million; 7,3 mld / 7.3 billion; below a million the full number (550.000). */
export function formatCount(n: number, lang: Lang): string {
  const w = VALUE_WORDS[lang];
  if (n >= 1e9) return `${oneDecimal(lang).format(n / 1e9)} ${w.billion}`;
  if (n >= 1e6) return `${oneDecimal(lang).format(n / 1e6)} ${w.million}`;
  return wholeNumber(lang).format(n);
}

/** 73% from a figure in percent (73), in the locale's style. */
export function formatPercent(n: number, lang: Lang): string {
  return percent(lang).format(n / 100);
}

/** € 200 mln / €200 million: the currency sign placed by Intl, the size word ours (the charts). */
export function formatMoney(n: number, lang: Lang): string {
  const w = VALUE_WORDS[lang];
  if (n >= 1e9) return `${euroBeforeWord(lang).format(n / 1e9)} ${w.billion}`;
  if (n >= 1e6) return `${euroBeforeWord(lang).format(n / 1e6)} ${w.million}`;
  return euroWhole(lang).format(n);
}
