/** Every budget says whose money it is: the schema requires budget_for with budget_eur, and the data have it. */
import { describe, expect, it } from 'vitest';
import { phase } from '../../../src/model/schema';
import { realData } from '../data/realData';

const base = { name_nl: 'F', name_en: 'P', from: 2023, to: 2023, years_stated: true, source: 'H3, test' };

describe('budget_for', () => {
  it('a budget without budget_for fails, naming the field', () => {
    const r = phase.safeParse({ ...base, budget_eur: 10 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['budget_for']);
  });

  it("takes 'programme' or an ISO3, nothing else", () => {
    expect(phase.safeParse({ ...base, budget_eur: 10, budget_for: 'programme' }).success).toBe(true);
    expect(phase.safeParse({ ...base, budget_eur: 10, budget_for: 'MDA' }).success).toBe(true);
    expect(phase.safeParse({ ...base, budget_eur: 10, budget_for: 'moldova' }).success).toBe(false);
  });

  it("the report's budgets: GCFF 2023 for Moldova, 2024 for Armenia, Prospects and the Afghanistan effort programme totals", () => {
    const d = realData();
    const forOf = (id: string) => d.programmes.find((p) => p.id === id)?.phases.filter((ph) => ph.budget_eur);
    for (const p of d.programmes)
      for (const ph of p.phases) if (ph.budget_eur !== undefined) expect(ph.budget_for, p.id).toBeDefined();
    expect(forOf('gcff')?.map((ph) => [ph.from, ph.budget_for])).toEqual([
      [2023, 'MDA'],
      [2024, 'ARM'],
    ]);
    expect(forOf('prospects')?.map((ph) => ph.budget_for)).toEqual(['programme']);
    expect(forOf('afghanistan-region')?.map((ph) => ph.budget_for)).toEqual(['programme', 'programme']);
  });
});
