/**
 * The page's heading: the product name small, the headline sentence that
 * states what the view shows (state/headline.ts, the same selectors as the
 * summary and the table), and the summary line under it.
 */

import { headline } from '../state/headline';
import { useFilterContext, useProgrammes, useT } from '../state/hooks';
import { useAppStore } from '../state/store';
import { MapSummary } from './MapSummary';

export function Headline() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const countries = useAppStore((s) => s.data.countries);
  const programmes = useProgrammes();
  const filters = useFilterContext();
  const h = filters && countries ? headline({ countries, programmes }, filters, lang) : null;
  return (
    <div className="brand">
      <p className="product-name">{t('appTitle')}</p>
      {/* Always there, so the header does not jump when the data arrive. */}
      <h1 className="headline" data-countries={h?.countries}>
        {h?.text ?? t('appSubtitle')}
      </h1>
      <MapSummary />
    </div>
  );
}
