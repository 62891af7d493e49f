/** Lists of words in the locale's way: joined with its "and", sorted by its alphabet. */
import type { Lang } from './locale';
import { perLanguage } from './locale';

const conjunction = perLanguage((l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' }));

const collator = perLanguage((l) => new Intl.Collator(l));

/** "Iran, Turkije en Colombia" / "Iran, Turkey and Colombia". */
export function formatList(items: string[], lang: Lang): string {
  return conjunction(lang).format(items);
}

/** Compares two names in the language's alphabetical order, for Array.prototype.sort. */
export function compareNames(a: string, b: string, lang: Lang): number {
  return collator(lang).compare(a, b);
}
