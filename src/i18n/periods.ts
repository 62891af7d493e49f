/**
 * The report's periods ("2022-10-01/2023-09-30", "mid-2022/mid-2023") in
 * words, in UTC so a day never shifts with the reader's time zone. Used by the
 * charts (a module of its own so it stays in their lazily loaded chunk).
 */
import type { Lang } from './locale';
import { perLanguage } from './locale';
import { VALUE_WORDS } from './messages/values';

// Long month names: short ones differ between ICU versions ("Sep"/"Sept").
const dayMonthYear = perLanguage(
  (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function formatPeriodEnd(part: string, lang: Lang): string {
  const date = ISO_DATE.exec(part);
  if (date) return dayMonthYear(lang).format(new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))));
  const mid = /^mid-(\d{4})$/.exec(part);
  if (mid) return VALUE_WORDS[lang].midYear(mid[1]!);
  return part;
}

/** "2022-10-01/2023-09-30" -> "1 oktober 2022 – 30 september 2023"; "2016/2024" -> "2016–2024"; null -> "–". */
export function formatPeriod(period: string | null, lang: Lang): string {
  if (!period) return VALUE_WORDS[lang].notGiven;
  const [from, to] = period.split('/');
  if (to === undefined) return formatPeriodEnd(from!, lang);
  const a = formatPeriodEnd(from!, lang);
  const b = formatPeriodEnd(to, lang);
  return /^\d{4}$/.test(a) && /^\d{4}$/.test(b) ? `${a}–${b}` : `${a} – ${b}`;
}
