/**
 * Number words for charts. Digits and grouping come from Intl for the locale;
 * the words "mln"/"million" are our own, because ICU's compact forms differ
 * between runtimes ("117 mln." vs "117 mln") and the report writes "mln".
 */
import type { Lang } from '../state/types';
import { chartStrings } from './strings';

export { formatNumber } from '../i18n/format';

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** How sure the report is of a number: "ca.", "meer dan", "bijna", or a word instead of a number. */
export type Qualifier = 'approx' | 'exact' | 'more-than' | 'almost' | 'tens-of-thousands' | null | undefined;

function decimal(n: number, lang: Lang, maxFraction: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxFraction }).format(n);
}

/** 68,3 mln / 68.3 million; 7,3 mld / 7.3 billion; below a million the full number (550.000). */
export function formatCount(n: number, lang: Lang): string {
  const s = chartStrings(lang);
  if (n >= 1e9) return `${decimal(n / 1e9, lang, 1)} ${s.billion}`;
  if (n >= 1e6) return `${decimal(n / 1e6, lang, 1)} ${s.million}`;
  return decimal(n, lang, 0);
}

/** 73% from a figure in percent (73), in the locale's style. */
export function formatPercent(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(n / 100);
}

/** € 200 mln / €200 million: the currency sign placed by Intl, the size word ours. */
export function formatMoney(n: number, lang: Lang): string {
  const s = chartStrings(lang);
  const [scaled, word] = n >= 1e9 ? [n / 1e9, s.billion] : n >= 1e6 ? [n / 1e6, s.million] : [n, ''];
  const money = new Intl.NumberFormat(LOCALE[lang], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: word ? 1 : 0,
  }).format(scaled);
  return word ? `${money} ${word}` : money;
}

/** Puts the report's own hedge in front of a formatted number: "meer dan 550.000". */
export function qualify(text: string | null, qualifier: Qualifier, lang: Lang): string {
  const s = chartStrings(lang);
  switch (qualifier) {
    case 'approx':
      return `${s.approx} ${text}`;
    case 'more-than':
      return `${s.moreThan} ${text}`;
    case 'almost':
      return `${s.almost} ${text}`;
    case 'tens-of-thousands':
      // The report gives no number, only the word.
      return s.tensOfThousands;
    default:
      return text ?? s.notGiven;
  }
}

/** A list in the locale's words: "Iran, Turkije en Colombia". */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' }).format(items);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function formatPeriodEnd(part: string, lang: Lang): string {
  const date = ISO_DATE.exec(part);
  if (date) {
    // UTC in and out, so the day never shifts with the reader's time zone.
    const d = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
    // Long month names: short ones differ between ICU versions ("Sep"/"Sept").
    return new Intl.DateTimeFormat(LOCALE[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(d);
  }
  const mid = /^mid-(\d{4})$/.exec(part);
  if (mid) return chartStrings(lang).periodMid(mid[1]!);
  return part;
}

/** "2022-10-01/2023-09-30" -> "1 oktober 2022 – 30 september 2023"; "2016/2024" -> "2016–2024"; null -> "–". */
export function formatPeriod(period: string | null, lang: Lang): string {
  if (!period) return chartStrings(lang).notGiven;
  const [from, to] = period.split('/');
  if (to === undefined) return formatPeriodEnd(from!, lang);
  const a = formatPeriodEnd(from!, lang);
  const b = formatPeriodEnd(to, lang);
  return /^\d{4}$/.test(a) && /^\d{4}$/.test(b) ? `${a}–${b}` : `${a} – ${b}`;
}

/** "Bron: a · b", duplicates dropped, first-seen order; not ";", which sources use inside ("H1; fn 10"). */
export function sourceLine(sources: string[], lang: Lang): string {
  return `${chartStrings(lang).source}: ${[...new Set(sources)].join(' · ')}`;
}
