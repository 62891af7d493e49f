/**
 * Message lookup with {placeholders}. Values are inserted as text, never markup.
 * The Dutch text's placeholders type the values: t('sceneOf', { n, total }),
 * t('closePanel'); a missing or extra value is a compile error. A message with
 * plural forms ({ one, other }) picks its form with Intl.PluralRules from {n}.
 */
import { type Lang, perLanguage } from './locale';
import { MESSAGES, type MessageKey, type Messages } from './messages';
import type { Plural } from './messages/shape';

/** The names in a text's {placeholders}: 'Kon {what} niet laden: {why}.' -> 'what' | 'why'. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type VarNames<M> = M extends string
  ? Placeholders<M>
  : M extends Plural
    ? 'n' | Placeholders<M['one'] | M['other']>
    : never;
/** No second argument for a message without placeholders; exactly its placeholders' values otherwise. */
type VarsOf<K extends MessageKey> = [VarNames<Messages[K]>] extends [never]
  ? []
  : [vars: Record<VarNames<Messages[K]>, string | number>];

export type Translate = <K extends MessageKey>(key: K, ...vars: VarsOf<K>) => string;

const pluralRules = perLanguage((l) => new Intl.PluralRules(l));

function fill(text: string, vars: Record<string, string | number> | undefined): string {
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

export function translator(lang: Lang): Translate {
  const table: Record<MessageKey, string | Plural> = MESSAGES[lang];
  return (key, ...args) => {
    const vars: Record<string, string | number> | undefined = args[0];
    const message = table[key];
    if (typeof message === 'string') return fill(message, vars);
    const n = Number(vars?.n);
    const form = Number.isFinite(n) && pluralRules(lang).select(n) === 'one' ? message.one : message.other;
    return fill(form, vars);
  };
}
