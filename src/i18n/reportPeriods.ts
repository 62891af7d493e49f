/**
 * The report's dates and periods in the panel's short style: "1 okt. 2022 –
 * 30 sep. 2023" / "1 Oct 2022 – 30 Sep 2023"; an open end ("2016/..", ISO
 * 8601-2) reads "sinds 2016" / "since 2016". Month abbreviations are written
 * out here, not taken from Intl: ICU versions disagree ("Sep"/"Sept"), and a
 * panel must read the same in every browser. (The charts' long forms are in
 * periods.ts, kept in their own chunk.)
 */
import type { Lang } from './locale';
import { VALUE_WORDS } from './messages/values';

const MONTHS: Record<Lang, readonly string[]> = {
  nl: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const SINCE: Record<Lang, (year: string) => string> = {
  nl: (y) => `sinds ${y}`,
  en: (y) => `since ${y}`,
};

/** "1 okt. 2022" / "1 Oct 2022"; month 1-12. */
export function formatShortDate(year: number, month: number, day: number, lang: Lang): string {
  return `${day} ${MONTHS[lang][month - 1] ?? month} ${year}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function periodEnd(part: string, lang: Lang): string {
  const d = ISO_DATE.exec(part);
  if (d) return formatShortDate(Number(d[1]), Number(d[2]), Number(d[3]), lang);
  const mid = /^mid-(\d{4})$/.exec(part);
  if (mid) return VALUE_WORDS[lang].midYear(mid[1]!);
  return part;
}

/** A result's period as data writes it ("2022-10-01/2023-09-30", "mid-2022/mid-2023", "2016/..", "2016/2024"). */
export function formatReportPeriod(period: string, lang: Lang): string {
  const [from = '', to] = period.split('/');
  if (to === undefined) return periodEnd(from, lang);
  if (to === '..' || to === '') return SINCE[lang](periodEnd(from, lang));
  const a = periodEnd(from, lang);
  const b = periodEnd(to, lang);
  return /^\d{4}$/.test(a) && /^\d{4}$/.test(b) ? `${a}–${b}` : `${a} – ${b}`;
}

/** A period as the report writes it in a source line, "1-10-2022 tot 30-9-2023" (day-month-year), in the locale. */
export function formatDutchPeriod(from: [number, number, number], to: [number, number, number], lang: Lang): string {
  const [d1, m1, y1] = from;
  const [d2, m2, y2] = to;
  return `${formatShortDate(y1, m1, d1, lang)} – ${formatShortDate(y2, m2, d2, lang)}`;
}
