/** Formatting of data values with the report's own qualifiers (ca., meer dan, ...). */

import { formatEuro, formatNumber } from '../i18n/format';
import type { Translate } from '../i18n/t';
import type { Lang } from '../state/types';

type Qualifier = 'exact' | 'more-than' | 'almost' | 'tens-of-thousands' | 'approx' | 'max' | null | undefined;

export function qualified(value: number | null, unit: string, qualifier: Qualifier, lang: Lang, t: Translate): string {
  if (qualifier === 'tens-of-thousands' || value === null) return t('tensOfThousands');
  const n = unit === 'eur' ? formatEuro(value, lang) : formatNumber(value, lang);
  const prefix =
    qualifier === 'more-than'
      ? t('moreThan')
      : qualifier === 'almost'
        ? t('almost')
        : qualifier === 'approx'
          ? t('approx')
          : qualifier === 'max'
            ? t('max')
            : '';
  return prefix ? `${prefix} ${n}` : n;
}
