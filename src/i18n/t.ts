/** Message lookup with {placeholders}. Values are inserted as text, never markup. */
import type { Lang } from '../state/types';
import { MESSAGES, type MessageKey } from './messages';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const table = MESSAGES[lang];
  return (key, vars) => {
    const text = table[key] ?? MESSAGES.nl[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}
