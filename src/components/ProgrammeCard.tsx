/** One programme as the panel shows it for a year: partners, phase, budget, results, sources. */

import type { ProgrammeRecord } from '../data/types';
import { hedge } from '../i18n/hedge';
import { formatList } from '../i18n/lists';
import { formatAmount, formatEuro } from '../i18n/numbers';
import { useT } from '../state/hooks';
import type { ProgrammeView } from '../state/panelModel';
import { useAppStore } from '../state/store';
import type { Lang } from '../state/types';
import { DerivedMarks } from './DerivedMark';
import { SourceRef } from './SourceRef';

/** A result's figure with the report's hedge: "meer dan 550.000", "tienduizenden". */
function resultFigure(r: ProgrammeRecord['results'][number], lang: Lang): string {
  return hedge(r.value === null ? null : formatAmount(r.value, r.unit, lang), r.qualifier, lang);
}

export function ProgrammeCard({ view }: { view: ProgrammeView }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { programme: p, phases, results, marks } = view;
  const partners = p.partners.map((x) => (typeof x === 'string' ? x : x[lang]));
  // The phase years' mark says "jaren afgeleid"; any other field says "afgeleid".
  const labelFor = (m: { field: string }) => (m.field === 'years' ? t('yearsDerived') : undefined);
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
      {marks.length > 0 && (
        <p className="derived-list">
          <DerivedMarks marks={marks} />
        </p>
      )}
      {phases.map(({ phase: ph, startStated, marks: phaseMarks }) => (
        <div key={ph.name_en} className="phase">
          <p>
            <span className="label">{t('phase')}:</span> {ph[`name_${lang}`]} (
            {startStated ? ph.from : t('startNotStated')}–{ph.to ?? '…'})
            <DerivedMarks marks={phaseMarks} labelFor={labelFor} />
          </p>
          {ph.budget_eur !== undefined && (
            <p>
              <span className="label">{t('budget')}:</span>{' '}
              {hedge(formatEuro(ph.budget_eur, lang), ph.budget_qualifier, lang)}
              {ph[`budget_period_${lang}`] ? ` (${ph[`budget_period_${lang}`]})` : ''}
            </p>
          )}
          <SourceRef source={ph.source} />
        </div>
      ))}
      {results.length > 0 && (
        <div className="results">
          <span className="label">{t('results')}:</span>
          <ul>
            {results.map(({ result: r, marks: resultMarks }) => (
              <li key={r.id}>
                {resultFigure(r, lang)} – {r[`label_${lang}`]}
                {r.period ? ` (${r.period.replace('/', ' – ')})` : ''}
                <DerivedMarks marks={resultMarks} /> <SourceRef source={r.source} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <SourceRef source={p.source} />
    </article>
  );
}
