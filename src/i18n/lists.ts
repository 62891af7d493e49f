/** Lists of words in the locale's way: joined with its "and", sorted by its alphabet. */
import type { Lang } from './locale';
import { perLanguage } from './locale';

const conjunction = perLanguage((l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' }));

const collator = perLanguage((l) => new Intl.Collator(l));

/** "Iran, Turkije en Colombia" / "Iran, Turkey and Colombia". */
export function formatList(items: string[], lang: Lang): string {
  return conjunction(lang).format(items);
}

/**
 * Years as a reader scans them: runs of three or more consecutive years as a
 * range ("2023–2084"), joined with the language's "and" ("2019–2021 en 2023").
 * A long edition history then stays one line in the header and legend, where
 * a comma list of every year pushed the map down on a year change.
 */
export function formatYears(years: readonly number[], lang: Lang): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return formatList(parts, lang);
}

/** Compares two names in the language's alphabetical order, for Array.prototype.sort. */
export function compareNames(a: string, b: string, lang: Lang): number {
  return collator(lang).compare(a, b);
}
