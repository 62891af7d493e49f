/**
 * Numbers and money per locale, as Intl writes them. Large amounts of euro in
 * the panel use Intl's compact form; the charts write the report's own size
 * words instead: scaledNumbers.ts.
 */
import type { Lang } from './locale';
import { perLanguage } from './locale';

const plainNumber = perLanguage((l) => new Intl.NumberFormat(l));
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

/** 73% from a figure in percent (73), in the locale's style. */
export function formatPercent(n: number, lang: Lang): string {
  return percent(lang).format(n / 100);
}
