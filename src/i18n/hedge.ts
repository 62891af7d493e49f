/**
 * The report's own hedging words in front of a number ("ca. 158.000",
 * "meer dan 550.000", "max. € 800 miljoen"), or a word instead of a number
 * ("tienduizenden"). The one place that turns a data qualifier into words:
 * panel, charts and tables all come here.
 */
import type { Lang } from './locale';
import { VALUE_WORDS } from './messages/values';

/** Every qualifier the data model knows (results, routes, budgets, statistics). */
export type Qualifier = 'exact' | 'approx' | 'more-than' | 'almost' | 'max' | 'tens-of-thousands' | null | undefined;

/** `text` is the formatted number, or null when the report gives none (shown as "–"). */
export function hedge(text: string | null, qualifier: Qualifier, lang: Lang): string {
  const w = VALUE_WORDS[lang];
  // The report gives no number, only the word.
  if (qualifier === 'tens-of-thousands') return w.tensOfThousands;
  if (text === null) return w.notGiven;
  switch (qualifier) {
    case 'approx':
      return `${w.approx} ${text}`;
    case 'more-than':
      return `${w.moreThan} ${text}`;
    case 'almost':
      return `${w.almost} ${text}`;
    case 'max':
      return `${w.max} ${text}`;
    default:
      return text;
  }
}
