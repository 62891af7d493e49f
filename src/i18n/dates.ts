/** Dates per locale; a month or day of the report is read in UTC so it never shifts with the reader's time zone. */
import type { Lang } from './locale';
import { perLanguage } from './locale';

const monthYear = perLanguage((l) => new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' }));

const longDate = perLanguage((l) => new Intl.DateTimeFormat(l, { dateStyle: 'long' }));

/** "30 november 2026" / "30 November 2026", in the reader's time zone (the day an export is made). */
export function formatLongDate(date: Date, lang: Lang): string {
  return longDate(lang).format(date);
}

/** "maart 2023" / "March 2023"; the year alone when the month is unknown. */
export function formatMonthYear(year: number, month: number | null, lang: Lang): string {
  if (month === null) return String(year);
  return monthYear(lang).format(new Date(Date.UTC(year, month - 1, 1)));
}
