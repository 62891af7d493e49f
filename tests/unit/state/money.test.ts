/** Whose money a figure is, on a small fixture: the country's own, the programme's total, another country's share. */
import { describe, expect, it } from 'vitest';
import type { ProgrammeRecord } from '../../../src/data/types';
import {
  budgetLines,
  budgetWhose,
  countryBudgetsInYear,
  countryMoneyInYear,
  resultWhose,
  type WhoseWords,
  whoseLabel,
} from '../../../src/state/money';

const SOURCE = 'H3 test';
const phase = (from: number, to: number | null, budget?: { eur: number; for: string }) => ({
  name_nl: `f${from}`,
  name_en: `p${from}`,
  from,
  to,
  years_stated: true,
  ...(budget ? { budget_eur: budget.eur, budget_for: budget.for } : {}),
  source: SOURCE,
});
const programme = (over: Partial<ProgrammeRecord>): ProgrammeRecord =>
  ({
    id: 'p',
    kind: 'fund',
    name_nl: 'P',
    name_en: 'P',
    goals: [],
    partners: [],
    countries: [],
    summary_nl: '',
    summary_en: '',
    phases: [],
    source: SOURCE,
    results: [],
    ...over,
  }) as ProgrammeRecord;

const fund = programme({
  countries: [{ iso3: 'JOR' }, { iso3: 'MDA' }, { iso3: 'ARM', from: 2024 }],
  phases: [
    phase(2016, null),
    phase(2024, 2024, { eur: 10e6, for: 'ARM' }),
    phase(2023, 2023, { eur: 10e6, for: 'MDA' }),
  ] as ProgrammeRecord['phases'],
});
const effort = programme({
  countries: [{ iso3: 'PAK' }],
  regions_nl: ['Afghaanse regio'],
  regions_en: ['Afghan region'],
  phases: [
    phase(2022, 2022, { eur: 30e6, for: 'programme' }),
    phase(2023, 2023, { eur: 40e6, for: 'programme' }),
  ] as ProgrammeRecord['phases'],
});
const single = programme({ countries: [{ iso3: 'NLD' }], phases: [phase(2023, null)] as ProgrammeRecord['phases'] });

const span = (year: number) => ({ year, latestEdition: 2023 });
const words: WhoseWords = {
  total: 'Programmatotaal',
  countries: (n) => (n === 1 ? '1 land' : `${n} landen`),
  worldwide: 'wereldwijd',
  forCountry: (name) => `voor ${name}`,
  funder: (_f, name) => (name ? `EU-geld voor ${name}` : 'EU-geld'),
  list: (xs) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} en ${xs[xs.length - 1]}`),
};
const names: Record<string, string> = { MDA: 'Moldavië', ARM: 'Armenië', EGY: 'Egypte' };
const label = (p: ProgrammeRecord, w: Parameters<typeof whoseLabel>[0]) =>
  whoseLabel(w, words, (iso3) => names[iso3] ?? iso3, p.regions_nl ?? []);

describe('whose money', () => {
  it("a budget for one country is that country's own in its panel, another country's share elsewhere", () => {
    const mda = fund.phases[2]!;
    expect(budgetWhose(fund, mda, 'MDA')).toEqual({ kind: 'this-country' });
    expect(budgetWhose(fund, mda, 'JOR')).toEqual({ kind: 'other-country', iso3: 'MDA' });
    expect(label(fund, budgetWhose(fund, mda, 'JOR'))).toBe('voor Moldavië');
    expect(label(fund, budgetWhose(fund, mda, 'MDA'))).toBeNull();
  });

  it("another funder's money (the EU's) is never the country's own, and says whose it is", () => {
    const eu = programme({
      countries: [{ iso3: 'EGY' }],
      phases: [{ ...phase(2024, 2027, { eur: 7.4e9, for: 'EGY' }), budget_funder: 'eu' }] as ProgrammeRecord['phases'],
    });
    const w = budgetWhose(eu, eu.phases[0]!, 'EGY');
    expect(w).toEqual({ kind: 'other-funder', funder: 'eu', iso3: 'EGY' });
    expect(label(eu, w)).toBe('EU-geld voor Egypte');
    const egy = countryMoneyInYear([eu], 'EGY', span(2024));
    expect(egy.own).toEqual([]);
    expect(egy.others.map((b) => b.line.amount)).toEqual([7.4e9]);
  });

  it("a programme budget is labelled as the total, with the programme's countries and regions", () => {
    const w = budgetWhose(effort, effort.phases[0]!, 'PAK');
    expect(w).toEqual({ kind: 'programme', countries: 1, regions: 1, global: false });
    expect(label(effort, w)).toBe('Programmatotaal, 1 land en Afghaanse regio');
    expect(label(fund, budgetWhose(fund, { budget_for: 'programme' }, 'JOR'))).toBe('Programmatotaal, 3 landen');
  });

  it("a result is the country's own only in a programme of that one country", () => {
    expect(resultWhose(single, 'NLD')).toEqual({ kind: 'this-country' });
    expect(resultWhose(effort, 'PAK').kind).toBe('programme');
    expect(resultWhose(fund, 'JOR').kind).toBe('programme');
  });

  it('every budget listed in every year, oldest first, the shown year marked current', () => {
    for (const year of [2022, 2023, 2024]) {
      const lines = budgetLines(effort, 'PAK', span(year));
      expect(lines.map((l) => [l.amount, l.phase.from, l.current])).toEqual([
        [30e6, 2022, year === 2022],
        [40e6, 2023, year === 2023],
      ]);
    }
    expect(budgetLines(fund, 'JOR', span(2023)).map((l) => l.phase.from)).toEqual([2023, 2024]);
  });

  it("the table's budgets of a country's programmes in a year: only the phases covering it", () => {
    expect(countryBudgetsInYear([fund], 'JOR', span(2023)).map((b) => [b.line.amount, b.line.whose.kind])).toEqual([
      [10e6, 'other-country'],
    ]);
    expect(countryBudgetsInYear([effort], 'PAK', span(2021))).toEqual([]);
  });

  it("the panel's money figure counts only the country's own amounts, never a total or another's share", () => {
    const pak = countryMoneyInYear([effort], 'PAK', span(2023));
    expect(pak.own).toEqual([]);
    expect(pak.others.map((b) => [b.line.amount, b.line.whose.kind])).toEqual([[40e6, 'programme']]);
    const mda = countryMoneyInYear([fund], 'MDA', span(2023));
    expect(mda.own.map((b) => b.line.amount)).toEqual([10e6]);
    const jor = countryMoneyInYear([fund], 'JOR', span(2023));
    expect(jor.own).toEqual([]);
    expect(jor.others.map((b) => b.line.whose.kind)).toEqual(['other-country']);
  });
});
