/** The source line under every chart. */
import { chartMessages } from '../i18n/messages/charts';
import { localiseSource } from '../i18n/sourceLine';
import type { Lang } from '../state/types';

/**
 * "Bron: a · b", duplicates dropped, first-seen order; not ";", which sources use inside ("H1; fn 10").
 * Each source in the reader's language outside its quotations (i18n/sourceLine.ts).
 */
export function sourceLine(sources: string[], lang: Lang): string {
  return `${chartMessages(lang).source}: ${[...new Set(sources.map((s) => localiseSource(s, lang)))].join(' · ')}`;
}
