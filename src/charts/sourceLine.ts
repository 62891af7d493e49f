/** The source line under every chart. */
import { chartMessages } from '../i18n/messages/charts';
import type { Lang } from '../state/types';

/** "Bron: a · b", duplicates dropped, first-seen order; not ";", which sources use inside ("H1; fn 10"). */
export function sourceLine(sources: string[], lang: Lang): string {
  return `${chartMessages(lang).source}: ${[...new Set(sources)].join(' · ')}`;
}
