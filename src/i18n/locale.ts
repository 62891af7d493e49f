/** The interface's languages, the one table from them to Intl locales, and a per-language cache for Intl formatters. */

/** Dutch is the default; English is complete. */
export type Lang = 'nl' | 'en';

export const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * One formatter per (kind, language): constructing an Intl formatter costs far
 * more than using one, and a table or panel formats hundreds of values.
 */
export function perLanguage<F>(make: (locale: string) => F): (lang: Lang) => F {
  const byLang = new Map<Lang, F>();
  return (lang) => {
    let f = byLang.get(lang);
    if (!f) {
      f = make(LOCALE[lang]);
      byLang.set(lang, f);
    }
    return f;
  };
}
