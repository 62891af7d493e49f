/**
 * Whose-money labels in the reader's language, for the panel's programme
 * cards and the table: "Programmatotaal, 8 landen", "voor Moldavië".
 */
import { useMemo } from 'react';
import type { ProgrammeRecord } from '../data/types';
import { formatList } from '../i18n/lists';
import { useT } from '../state/hooks';
import { type Whose, whoseLabel } from '../state/money';
import { useAppStore } from '../state/store';
import { useCountryName } from './useCountryName';

export type MoneyLabel = (w: Whose, p: ProgrammeRecord) => string | null;

export function useMoneyLabel(): MoneyLabel {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const countryName = useCountryName();
  return useMemo(() => {
    const words = {
      total: t('moneyTotal'),
      countries: (n: number) => t('moneyCountries', { n }),
      worldwide: t('moneyWorldwide'),
      forCountry: (country: string) => t('moneyFor', { country }),
      funder: (_funder: 'eu', country: string | null) => (country ? t('moneyEuFor', { country }) : t('moneyEu')),
      list: (items: string[]) => formatList(items, lang),
    };
    return (w, p) => whoseLabel(w, words, countryName, p[`regions_${lang}`] ?? []);
  }, [t, lang, countryName]);
}
