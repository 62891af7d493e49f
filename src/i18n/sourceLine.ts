/**
 * A record's source line in the reader's language. Sources are written in
 * Dutch, citing the report: the words inside quotes are the report's own and
 * stay as they are (a heading, a sentence). Outside the quotes, a period
 * "periode 1-10-2022 tot 30-9-2023" is formatted for the locale in both
 * languages, and in English the few Dutch words the data use around the
 * quotes are translated and the chapter's title is quoted: "H3 'Verdieping
 * opvang in de regio', 'Prospects partnerschap'; fn 21 (1 Oct 2022 –
 * 30 Sep 2023)". Pure.
 */
import type { Lang } from './locale';
import { formatDutchPeriod } from './reportPeriods';

const DUTCH_PERIOD = /periode (\d{1,2})-(\d{1,2})-(\d{4}) tot (\d{1,2})-(\d{1,2})-(\d{4})/g;

const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Dutch words around the quotations, longest first, whole words only. */
const GLOSSARY: [RegExp, string][] = [
  // The report's own headings and table labels, unquoted in the data: quoted, as Dutch.
  [/\((\d\. [^):;]+)/g, "('$1'"],
  [/\b(Totaal activiteiten [a-z ]+):/g, "'$1':"],
  [/\bsinds de oprichting in (\d{4})/g, 'since founding in $1'],
  [/\b(\w+) bij de (\d+) COMPASS-landen\b/g, '$1 among the $2 COMPASS countries'],
  [/\baanklagers uit (\w+)/g, 'prosecutors from $1'],
  [/\btwee programma's/g, 'two programmes'],
  [/\bvoor beide bedragen gelezen\b/g, 'read for both amounts'],
  [/\bgeen einddatum\b/g, 'no end date'],
  [/\bzie datanotitie\b/g, 'see data note'],
  [/\btekst en infographic\b/g, 'text and infographic'],
  [/\ben infographic\b/g, 'and infographic'],
  [/\bsom van\b/g, 'sum of'],
  [/\bvoetnoot\b/g, 'footnote'],
  [/\bH([1-4]) en H([1-4])\b/g, 'H$1 and H$2'],
  [/\btekst\b/g, 'text'],
  [/\bzonder\b/g, 'without'],
  [/\bEU-inzet\b/g, 'EU effort'],
  [/\bMarokko\b/g, 'Morocco'],
  ...DUTCH_MONTHS.map((m, i): [RegExp, string] => [new RegExp(`\\b${m}\\b`, 'g'), ENGLISH_MONTHS[i]!]),
  [/\bIrak\b/g, 'Iraq'],
];

/** The report's chapter titles, quoted in English as the headings they are. */
const CHAPTER_TITLE = /^(H[1-4]) ((?:Verdieping|Beleidsinzet|Migratie)[^,;'(]*?)(?=,|;|$)/;

/** Applies `f` to the parts outside single quotes only. */
function outsideQuotes(s: string, f: (part: string) => string): string {
  return s
    .split(/('[^']*')/)
    .map((part) => (part.startsWith("'") && part.endsWith("'") && part.length > 1 ? part : f(part)))
    .join('');
}

export function localiseSource(source: string, lang: Lang): string {
  const s = source.replace(/^ref: /, '');
  return outsideQuotes(s, (part) => {
    let out = part.replace(DUTCH_PERIOD, (_, d1, m1, y1, d2, m2, y2) =>
      formatDutchPeriod([Number(d1), Number(m1), Number(y1)], [Number(d2), Number(m2), Number(y2)], lang),
    );
    if (lang === 'en') for (const [re, to] of GLOSSARY) out = out.replace(re, to);
    return out;
  }).replace(CHAPTER_TITLE, (m, h, title) => (lang === 'en' ? `${h} '${title}'` : m));
}
