/** One programme as the panel shows it for a year: partners, phase, budget, results, sources. */

import type { ProgrammeRecord } from '../data/types';
import { formatEuro, formatList } from '../i18n/format';
import { useT } from '../state/hooks';
import { phasesInYear, type YearSpan } from '../state/selectors';
import { useAppStore } from '../state/store';
import { qualified } from './format';
import { SourceRef } from './SourceRef';

export function ProgrammeCard({
  programme: p,
  span,
}: {
  programme: ProgrammeRecord;
  /** The year shown, and the edition that bounds open-ended phases. */
  span: YearSpan;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const partners = p.partners.map((x) => (typeof x === 'string' ? x : x[lang]));
  const phases = phasesInYear(p, span);
  return (
    <article className="programme" data-programme={p.id}>
      <h4>{p[`name_${lang}`]}</h4>
      <p>{p[`summary_${lang}`]}</p>
      {partners.length > 0 && (
        <p>
          <span className="label">{t('partners')}:</span> {formatList(partners, lang)}
        </p>
      )}
      {p.global && <p>{t('global')}</p>}
      {phases.map((ph) => (
        <div key={ph.name_en} className="phase">
          <p>
            <span className="label">{t('phase')}:</span> {ph[`name_${lang}`]} ({ph.from}–{ph.to ?? '…'})
            {!ph.years_stated && (
              <span className="derived" title={ph[`years_basis_${lang}`]}>
                {' '}
                [{t('yearsDerived')}: {ph[`years_basis_${lang}`]}]
              </span>
            )}
          </p>
          {ph.budget_eur !== undefined && (
            <p>
              <span className="label">{t('budget')}:</span> {ph.budget_qualifier === 'max' ? `${t('max')} ` : ''}
              {formatEuro(ph.budget_eur, lang)}
              {ph[`budget_period_${lang}`] ? ` (${ph[`budget_period_${lang}`]})` : ''}
            </p>
          )}
          <SourceRef source={ph.source} />
        </div>
      ))}
      {p.results.length > 0 && (
        <div className="results">
          <span className="label">{t('results')}:</span>
          <ul>
            {p.results.map((r) => (
              <li key={r.id}>
                {qualified(r.value, r.unit, r.qualifier, lang, t)} – {r[`label_${lang}`]}
                {r.period ? ` (${r.period.replace('/', ' – ')})` : ''} <SourceRef source={r.source} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <SourceRef source={p.source} />
    </article>
  );
}
