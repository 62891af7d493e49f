/**
 * Whose money a figure on a programme card is (docs/architecture.md, "Money"):
 * a budget is for the country whose panel shows it, the programme's total, or
 * another country's share, as the phase's `budget_for` says. A result carries
 * no country: it is the country's own only when the programme works in that
 * one country alone. Pure; the words are the components' (whoseLabel below
 * takes them as functions).
 */
import type { ProgrammeRecord } from '../data/types';
import { phaseStart } from '../model/phases';
import { phaseCovers, type YearSpan } from './selectors';

export type Whose =
  | { kind: 'this-country' }
  | { kind: 'programme'; countries: number; regions: number; global: boolean }
  | { kind: 'other-country'; iso3: string }
  /** Paid by another funder (the EU), for `iso3` or (null) the programme: never Dutch money. */
  | { kind: 'other-funder'; funder: 'eu'; iso3: string | null };

type Phase = ProgrammeRecord['phases'][number];

function programmeTotal(p: ProgrammeRecord): Whose {
  return { kind: 'programme', countries: p.countries.length, regions: p.regions_nl?.length ?? 0, global: !!p.global };
}

/** Whose a phase's budget is, seen from a country's panel (iso3) or from nowhere (null: always the label). */
export function budgetWhose(
  p: ProgrammeRecord,
  phase: Pick<Phase, 'budget_for' | 'budget_funder'>,
  iso3: string | null,
): Whose {
  const forWhom = phase.budget_for ?? 'programme';
  if (phase.budget_funder) {
    return { kind: 'other-funder', funder: phase.budget_funder, iso3: forWhom === 'programme' ? null : forWhom };
  }
  if (forWhom === 'programme') return programmeTotal(p);
  return forWhom === iso3 ? { kind: 'this-country' } : { kind: 'other-country', iso3: forWhom };
}

/** A result is the country's own only in a programme of that one country and no region. */
export function resultWhose(p: ProgrammeRecord, iso3: string | null): Whose {
  const only = p.countries.length === 1 && !p.global && !(p.regions_nl?.length ?? 0);
  return only && p.countries[0]?.iso3 === iso3 ? { kind: 'this-country' } : programmeTotal(p);
}

export interface BudgetLine {
  phase: Phase;
  amount: number;
  whose: Whose;
  /** The phase covers the year shown: emphasised. */
  current: boolean;
}

/**
 * Every budget of a programme, oldest first, each with whose it is and
 * whether it is the shown year's: a multi-year effort lists all its amounts
 * (EUR 30 mln in 2022, EUR 40 mln in 2023) in every year.
 */
export function budgetLines(p: ProgrammeRecord, iso3: string | null, span: YearSpan): BudgetLine[] {
  return p.phases
    .filter((ph): ph is Phase & { budget_eur: number } => ph.budget_eur !== undefined)
    .map((ph) => ({
      phase: ph,
      amount: ph.budget_eur,
      whose: budgetWhose(p, ph, iso3),
      current: phaseCovers(ph, span),
    }))
    .sort((a, b) => phaseStart(a.phase) - phaseStart(b.phase));
}

/** The words a label is built from, per language. */
export interface WhoseWords {
  /** "Programmatotaal" / "Programme total". */
  total: string;
  /** "8 landen" / "8 countries". */
  countries: (n: number) => string;
  /** "wereldwijd" / "worldwide". */
  worldwide: string;
  /** "voor Moldavië" / "for Moldova". */
  forCountry: (name: string) => string;
  /** "EU-geld voor Egypte" / "EU money for Egypt"; name null: "EU-geld" / "EU money". */
  funder: (funder: 'eu', name: string | null) => string;
  list: (items: string[]) => string;
}

/**
 * The label before an amount that is not the panel country's own: null when
 * it is. "Programmatotaal, 8 landen"; "Programmatotaal, 1 land en Afghaanse
 * regio"; "voor Moldavië".
 */
export function whoseLabel(
  w: Whose,
  words: WhoseWords,
  nameOf: (iso3: string) => string,
  regions: string[] = [],
): string | null {
  if (w.kind === 'this-country') return null;
  if (w.kind === 'other-country') return words.forCountry(nameOf(w.iso3));
  if (w.kind === 'other-funder') return words.funder(w.funder, w.iso3 ? nameOf(w.iso3) : null);
  const parts = [
    ...(w.countries > 0 ? [words.countries(w.countries)] : []),
    ...regions,
    ...(w.global ? [words.worldwide] : []),
  ];
  return parts.length ? `${words.total}, ${words.list(parts)}` : words.total;
}

/** The budgets of a country's programmes that cover the year, each with whose it is (table and CSV). */
export function countryBudgetsInYear(
  programmes: ProgrammeRecord[],
  iso3: string,
  span: YearSpan,
): { programme: ProgrammeRecord; line: BudgetLine }[] {
  return programmes.flatMap((p) =>
    budgetLines(p, iso3, span)
      .filter((b) => b.current)
      .map((line) => ({ programme: p, line })),
  );
}

/**
 * The panel's key figure for money: the year's budgets the report states for
 * this one country and the Netherlands pays (`own`), apart from every other
 * amount on its programmes (programme totals, another country's share, another
 * funder's money: `others`), which never count as the country's money.
 */
export function countryMoneyInYear(programmes: ProgrammeRecord[], iso3: string, span: YearSpan) {
  const all = countryBudgetsInYear(programmes, iso3, span);
  return {
    own: all.filter((b) => b.line.whose.kind === 'this-country'),
    others: all.filter((b) => b.line.whose.kind !== 'this-country'),
  };
}
