/**
 * Message lookup with {placeholders}. Values are inserted as text, never markup.
 * A message with plural forms ({ one, other }) picks its form with
 * Intl.PluralRules from the number in {n}.
 */
import type { Lang } from './locale';
import { perLanguage } from './locale';
import { MESSAGES, type MessageKey } from './messages';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const pluralRules = perLanguage((l) => new Intl.PluralRules(l));

function fill(text: string, vars: Record<string, string | number> | undefined): string {
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

export function translator(lang: Lang): Translate {
  const table = MESSAGES[lang];
  return (key, vars) => {
    const message = table[key];
    if (typeof message === 'string') return fill(message, vars);
    const n = Number(vars?.n);
    const form = Number.isFinite(n) && pluralRules(lang).select(n) === 'one' ? message.one : message.other;
    return fill(form, vars);
  };
}
