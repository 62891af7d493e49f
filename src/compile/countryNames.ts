/**
 * Country names in Dutch and English. i18n-iso-countries lists official names
 * first ("Republiek Soedan", "Syrian Arab Republic"); a map wants the common
 * short name, so we pick it by rule and override the few the rule gets wrong.
 * Kosovo (XKX, user-assigned code) is not in the package.
 * Names of disputed or partly recognised areas follow Dutch government usage;
 * the README's boundary-policy section lists every such choice and why.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };

countries.registerLocale(en);
countries.registerLocale(nl);

const EXTRA: Record<string, { nl: string; en: string }> = {
  XKX: { nl: 'Kosovo', en: 'Kosovo' },
  // The Netherlands does not recognise a State of Palestine; the package's
  // "Palestina"/"Palestine" would say it does. The government's own term:
  PSE: { nl: 'Palestijnse Gebieden', en: 'Palestinian Territories' },
};
const OVERRIDE_EN: Record<string, string> = {
  COD: 'DR Congo',
  COG: 'Congo',
  CIV: "Côte d'Ivoire",
  FSM: 'Micronesia',
  VAT: 'Vatican City',
  SYR: 'Syria',
  MDA: 'Moldova',
  LAO: 'Laos',
  USA: 'United States',
};
const OFFICIAL_EN = /,|Republic|Federation|Plurinational|Islamic|People's|State of|Kingdom of|Bolivarian/;

function pick(names: string[] | string | undefined, lang: 'nl' | 'en'): string | undefined {
  const list = Array.isArray(names) ? names : names ? [names] : [];
  if (list.length === 0) return undefined;
  if (lang === 'nl') return list[1] ?? list[0];
  return list.find((n) => n.length > 3 && !OFFICIAL_EN.test(n)) ?? list[0];
}

export function countryName(iso3: string, lang: 'nl' | 'en'): string | undefined {
  const extra = EXTRA[iso3];
  if (extra) return extra[lang];
  if (lang === 'en' && OVERRIDE_EN[iso3]) return OVERRIDE_EN[iso3];
  return pick(countries.getName(iso3, lang, { select: 'all' }), lang);
}

export function isKnownIso3(code: string): boolean {
  return code in EXTRA || countries.isValid(code);
}

export function numericToIso3(numeric: string): string | undefined {
  return countries.numericToAlpha3(numeric);
}
