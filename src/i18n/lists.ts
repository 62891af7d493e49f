/** A list in the locale's words: "Iran, Turkije en Colombia" / "Iran, Turkey and Colombia". */
import type { Lang } from '../state/types';
import { perLanguage } from './locale';

const conjunction = perLanguage((l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' }));

export function formatList(items: string[], lang: Lang): string {
  return conjunction(lang).format(items);
}
