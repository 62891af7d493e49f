/**
 * One programme as a country's panel shows it for a year: partners, phases,
 * budgets, results, sources. Every amount says whose money it is when it is
 * not the panel country's own (a label chip before a muted amount), and a
 * multi-year effort lists all its budgets with the shown year's emphasised.
 * A value the report does not state carries its "afgeleid" mark and basis.
 * Sources are numbered notes at the end of the card (a record's source once,
 * however many lines cite it), so they do not double the card's lines.
 * The card starts as one compact row (name; partners, years, the year's money)
 * that expands to the whole card; print shows every card whole (panel.css).
 */

import { type ReactNode, useId, useState } from 'react';
import type { ProgrammeRecord } from '../data/types';
import { hedge } from '../i18n/hedge';
import { formatList } from '../i18n/lists';
import { formatAmount, formatEuro } from '../i18n/numbers';
import { formatReportPeriod } from '../i18n/reportPeriods';
import type { PhaseYears } from '../model/phases';
import { useT } from '../state/hooks';
import { type BudgetLine, budgetLines, resultWhose } from '../state/money';
import type { ProgrammeView } from '../state/panelModel';
import type { YearSpan } from '../state/selectors';
import { useAppStore } from '../state/store';
import type { Lang } from '../state/types';
import { DerivedMarks } from './DerivedMark';
import { DisclosureButton } from './DisclosureButton';
import { SourceNotes, useSourceNotes } from './SourceNotes';
import { type MoneyLabel, useMoneyLabel } from './useMoneyLabels';

/** A result's figure with the report's hedge: "meer dan 550.000", "tienduizenden". */
function resultFigure(r: ProgrammeRecord['results'][number], lang: Lang): string {
  return hedge(r.value === null ? null : formatAmount(r.value, r.unit, lang), r.qualifier, lang);
}

/** "2022–2023", "2024", "2023–…"; a start the report does not state is written as such. */
function years(ph: PhaseYears, notStated: string): string {
  if (ph.from === null) return `${notStated}–${ph.to ?? '…'}`;
  return ph.to === ph.from ? String(ph.from) : `${ph.from}–${ph.to ?? '…'}`;
}

/** A whose-money chip, or nothing for the panel country's own money. */
function WhoseChip({ label }: { label: string | null }) {
  return label ? <span className="money-whose">{label}</span> : null;
}

function BudgetItem({
  b,
  p,
  label,
  lang,
  source,
}: {
  b: BudgetLine;
  p: ProgrammeRecord;
  label: MoneyLabel;
  lang: Lang;
  source: ReactNode;
}) {
  const t = useT();
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
      ({years(ph, t('startNotStated'))}){ph[`budget_period_${lang}`] ? `, ${ph[`budget_period_${lang}`]}` : ''}
      {source}
    </li>
  );
}

export function ProgrammeCard({
  view,
  span,
  iso3,
}: {
  view: ProgrammeView;
  /** The year shown, and the edition that bounds open-ended phases. */
  span: YearSpan;
  /** The country whose panel shows the card: its own money carries no label. */
  iso3: string;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const label = useMoneyLabel();
  const { programme: p, phases, results, marks } = view;
  const partners = p.partners.map((x) => (typeof x === 'string' ? x : x[lang]));
  const budgets = budgetLines(p, iso3, span);
  const resultLabel = label(resultWhose(p, iso3), p);
  // The phase years' mark says "jaren afgeleid"; any other field says "afgeleid".
  const labelFor = (m: { field: string }) => (m.field === 'years' ? t('yearsDerived') : undefined);
  // Numbered in reading order: the calls below run top to bottom as the card is built.
  const notes = useSourceNotes();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const shownPartners = partners.length > 3 ? [...partners.slice(0, 3), `+${partners.length - 3}`] : partners;
  const current = budgets.filter((b) => b.current);
  const meta = [
    shownPartners.join(', '),
    phases.map(({ phase }) => years(phase, t('startNotStated'))).join(', '),
    current
      .map((b) => {
        const amount = hedge(formatEuro(b.amount, lang), b.phase.budget_qualifier, lang);
        const whose = b.whose.kind === 'programme' ? t('moneyTotal').toLowerCase() : label(b.whose, p);
        return whose ? `${amount} (${whose})` : amount;
      })
      .join(', '),
  ].filter(Boolean);
  return (
    <article className="programme" data-programme={p.id}>
      <h4 className="programme-row">
        <DisclosureButton open={open} onToggle={setOpen} controls={bodyId} className="programme-toggle">
          <span className="programme-name">{p[`name_${lang}`]}</span>
          <span className="programme-meta">{meta.join(' · ')}</span>
        </DisclosureButton>
      </h4>
      <div className="programme-body" id={bodyId} hidden={!open}>
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
        {phases.map(({ phase: ph, marks: phaseMarks }) => (
          <div key={ph.name_en} className="phase">
            <p>
              <span className="label">{t('phase')}:</span> {ph[`name_${lang}`]} ({years(ph, t('startNotStated'))})
              <DerivedMarks marks={phaseMarks} labelFor={labelFor} />
              {ph.budget_eur === undefined && notes.ref(ph.source)}
            </p>
          </div>
        ))}
        {budgets.length > 0 && (
          <div className="budgets">
            <span className="label">{budgets.length > 1 ? t('budgets') : t('budget')}:</span>
            <ul>
              {budgets.map((b) => (
                <BudgetItem
                  key={`${b.phase.name_en}-${b.phase.from}`}
                  b={b}
                  p={p}
                  label={label}
                  lang={lang}
                  source={notes.ref(b.phase.source)}
                />
              ))}
            </ul>
          </div>
        )}
        {results.length > 0 && (
          <div className="results" data-whose={resultWhose(p, iso3).kind}>
            <span className="label">{t('results')}:</span> <WhoseChip label={resultLabel} />
            <ul>
              {results.map(({ result: r, marks: resultMarks }) => (
                <li key={r.id} className={resultLabel ? 'is-other' : undefined}>
                  <span className="money-amount">{resultFigure(r, lang)}</span> – {r[`label_${lang}`]}
                  {r.period ? ` (${formatReportPeriod(r.period, lang)})` : ''}
                  <DerivedMarks marks={resultMarks} />
                  {notes.ref(r.source)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {notes.ref(p.source, false)}
        <SourceNotes notes={notes} />
      </div>
    </article>
  );
}
