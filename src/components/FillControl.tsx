/**
 * What the countries' fill shows, beside the goal filter: in a reporting year
 * the user picks activity counts (as reported) or programmes active; in any
 * other year there are no counts, so the map shows programmes and says why.
 */
import { formatYears } from '../i18n/lists';
import { useFilterContext, useT } from '../state/hooks';
import { canChooseFill } from '../state/selectorsYearMetric';
import { useAppStore } from '../state/store';
import type { FillMetric } from '../state/types';

const METRICS: { id: FillMetric; label: 'fillActivities' | 'fillProgrammes' }[] = [
  { id: 'activities', label: 'fillActivities' },
  { id: 'programmes', label: 'fillProgrammes' },
];

export function FillControl() {
  const t = useT();
  const fill = useAppStore((s) => s.fill);
  const lang = useAppStore((s) => s.lang);
  const setFill = useAppStore((s) => s.setFill);
  const filters = useFilterContext();
  if (!filters) return null;
  return (
    <fieldset className="fill-control">
      <legend>{t('fill')}</legend>
      {canChooseFill(filters) ? (
        METRICS.map((m) => (
          <label key={m.id} className="radio">
            <input type="radio" name="fill" value={m.id} checked={fill === m.id} onChange={() => setFill(m.id)} />
            {t(m.label)}
          </label>
        ))
      ) : (
        <p className="fill-fixed">
          {t('fillOnlyProgrammes', { year: filters.year, years: formatYears(filters.reportingYears, lang) })}
        </p>
      )}
    </fieldset>
  );
}
