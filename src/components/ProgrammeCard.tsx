/**
 * One programme as a country's panel shows it for a year: partners, phase,
 * budgets, results, sources. Every amount says whose money it is when it is
 * not the panel country's own (a label chip before a muted amount), and a
 * multi-year effort lists all its budgets with the shown year's emphasised.
 */

import type { ProgrammeRecord } from '../data/types';
import { hedge } from '../i18n/hedge';
import { formatList } from '../i18n/lists';
import { formatAmount, formatEuro } from '../i18n/numbers';
import { formatReportPeriod } from '../i18n/reportPeriods';
import { useT } from '../state/hooks';
import { type BudgetLine, budgetLines, resultWhose } from '../state/money';
import { phasesInYear, type YearSpan } from '../state/selectors';
import { useAppStore } from '../state/store';
import type { Lang } from '../state/types';
import { SourceRef } from './SourceRef';
import { type MoneyLabel, useMoneyLabel } from './useMoneyLabels';

/** A result's figure with the report's hedge: "meer dan 550.000", "tienduizenden". */
function resultFigure(r: ProgrammeRecord['results'][number], lang: Lang): string {
  return hedge(r.value === null ? null : formatAmount(r.value, r.unit, lang), r.qualifier, lang);
}

const years = (from: number, to: number | null) => (to === from ? String(from) : `${from}–${to ?? '…'}`);

/** A whose-money chip, or nothing for the panel country's own money. */
function WhoseChip({ label }: { label: string | null }) {
  return label ? <span className="money-whose">{label}</span> : null;
}

function BudgetItem({ b, p, label, lang }: { b: BudgetLine; p: ProgrammeRecord; label: MoneyLabel; lang: Lang }) {
  const whose = label(b.whose, p);
  const ph = b.phase;
  const amount = hedge(formatEuro(b.amount, lang), ph.budget_qualifier, lang);
  return (
    <li
      className={`budget${b.current ? ' is-current' : ''}${whose ? ' is-other' : ''}`}
      data-whose={b.whose.kind}
      aria-current={b.current ? 'true' : undefined}
    >
      <WhoseChip label={whose} />{' '}
      {b.current ? <strong className="money-amount">{amount}</strong> : <span className="money-amount">{amount}</span>}{' '}
      ({years(ph.from, ph.to)}){ph[`budget_period_${lang}`] ? `, ${ph[`budget_period_${lang}`]}` : ''}{' '}
      <SourceRef source={ph.source} />
    </li>
  );
}

export function ProgrammeCard({
  programme: p,
  span,
  iso3,
}: {
  programme: ProgrammeRecord;
  /** The year shown, and the edition that bounds open-ended phases. */
  span: YearSpan;
  /** The country whose panel shows the card: its own money carries no label. */
  iso3: string;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const label = useMoneyLabel();
  const partners = p.partners.map((x) => (typeof x === 'string' ? x : x[lang]));
  const phases = phasesInYear(p, span);
  const budgets = budgetLines(p, iso3, span);
  const resultLabel = label(resultWhose(p, iso3), p);
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
            <span className="label">{t('phase')}:</span> {ph[`name_${lang}`]} ({years(ph.from, ph.to)})
            {!ph.years_stated && (
              <span className="derived" title={ph[`years_basis_${lang}`]}>
                {' '}
                [{t('yearsDerived')}: {ph[`years_basis_${lang}`]}]
              </span>
            )}
          </p>
          {ph.budget_eur === undefined && <SourceRef source={ph.source} />}
        </div>
      ))}
      {budgets.length > 0 && (
        <div className="budgets">
          <span className="label">{budgets.length > 1 ? t('budgets') : t('budget')}:</span>
          <ul>
            {budgets.map((b) => (
              <BudgetItem key={`${b.phase.name_en}-${b.phase.from}`} b={b} p={p} label={label} lang={lang} />
            ))}
          </ul>
        </div>
      )}
      {p.results.length > 0 && (
        <div className="results" data-whose={resultWhose(p, iso3).kind}>
          <span className="label">{t('results')}:</span> <WhoseChip label={resultLabel} />
          <ul>
            {p.results.map((r) => (
              <li key={r.id} className={resultLabel ? 'is-other' : undefined}>
                <span className="money-amount">{resultFigure(r, lang)}</span> – {r[`label_${lang}`]}
                {r.period ? ` (${formatReportPeriod(r.period, lang)})` : ''} <SourceRef source={r.source} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <SourceRef source={p.source} />
    </article>
  );
}
