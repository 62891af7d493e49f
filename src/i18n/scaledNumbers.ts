/**
 * Large numbers in the report's words: "68,3 mln", "€ 200 mln", "7,3 mld".
 * Digits and the currency sign come from Intl; the size words are ours,
 * because ICU's short compact forms differ between runtimes ("117 mln." vs
 * "117 mln"). Used by the charts (a module of its own so it stays in their
 * lazily loaded chunk).
 */
import type { Lang } from './locale';
import { perLanguage } from './locale';
import { VALUE_WORDS } from './messages/values';

const oneDecimal = perLanguage((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 1 }));
const wholeNumber = perLanguage((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 }));
/** Euros with at most `digits` decimals, none when whole. */
const euroWith = (digits: number) =>
  perLanguage(
    (l) =>
      new Intl.NumberFormat(l, {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: 0,
        maximumFractionDigits: digits,
      }),
  );
/** Euro before a size word of ours: whole euros alone, one decimal before "mln"/"mld". */
const euroBeforeWord = euroWith(1);
const euroWhole = euroWith(0);

/** 68,3 mln / 68.3 million; 7,3 mld / 7.3 billion; below a million the full number (550.000). */
export function formatCount(n: number, lang: Lang): string {
  const w = VALUE_WORDS[lang];
  if (n >= 1e9) return `${oneDecimal(lang).format(n / 1e9)} ${w.billion}`;
  if (n >= 1e6) return `${oneDecimal(lang).format(n / 1e6)} ${w.million}`;
  return wholeNumber(lang).format(n);
}

/** € 200 mln / €200 million: the currency sign placed by Intl, the size word ours (the charts). */
export function formatMoney(n: number, lang: Lang): string {
  const w = VALUE_WORDS[lang];
  if (n >= 1e9) return `${euroBeforeWord(lang).format(n / 1e9)} ${w.billion}`;
  if (n >= 1e6) return `${euroBeforeWord(lang).format(n / 1e6)} ${w.million}`;
  return euroWhole(lang).format(n);
}
