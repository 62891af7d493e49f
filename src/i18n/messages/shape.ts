/**
 * The shape every area's catalogue shares. Dutch is written `as const`, so its
 * placeholders are part of its type (t() checks the values passed for them);
 * English must have the same keys, with any text, and plurals where Dutch has them.
 */

/** Plural forms, picked with Intl.PluralRules from {n}. */
export interface Plural {
  readonly one: string;
  readonly other: string;
}

export type English<NL> = { readonly [K in keyof NL]: NL[K] extends string ? string : Plural };
