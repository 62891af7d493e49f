/**
 * Facts from the 2023 report (shared/report/migratierapportage-2023.txt),
 * checked against the parsed data. Each expectation quotes where the report
 * says it, so a failing test points an editor to the page to re-read.
 */
import { describe, expect, it } from 'vitest';
import type { GoalId } from '../../../src/model/ids';
import { data2023 } from './helpers';

const d = data2023();

const sorted = (xs: string[]) => [...xs].sort();
const focusOf = (goal: GoalId) => d.focus.filter((r) => r.goal === goal).map((r) => r.iso3);
const countriesOf = (id: string) => {
  const p = d.programmes.find((x) => x.id === id);
  expect(p, `programme ${id}`).toBeDefined();
  return (p?.countries ?? []).map((c) => c.iso3);
};

describe("H2, 'Capaciteit op ambassades met >50% inzet op migratie'", () => {
  // The report's numbered list, in its order. It spells Khartoum "Karthoem";
  // the data use the usual Dutch spelling (data note khartoum-spelling).
  const REPORT_POSTS = [
    'Abuja',
    'Addis Abeba',
    'Algiers',
    'Amman',
    'Ankara',
    'Athene',
    'Bagdad',
    'Bamako',
    'Beiroet',
    'Berlijn',
    'Brussel',
    'Caïro',
    'Dakar',
    'Genève',
    'Islamabad',
    'Kopenhagen',
    'Sarajevo',
    'Skopje',
    'Stockholm',
    'Kaboel',
    'Kampala',
    'Khartoem',
    'Kigali',
    'Madrid',
    'Nairobi',
    'New York',
    'Niamey',
    "N'Djamena",
    'Parijs',
    'Rabat',
    'Rome',
    'Teheran',
    'Tripoli',
    'Tunis',
    'Wenen',
  ];

  it('lists 35 posts, numbered 1-35 in the order of the report', () => {
    expect(d.posts).toHaveLength(35);
    const byNumber = [...d.posts].sort((a, b) => a.number - b.number);
    expect(byNumber.map((p) => p.number)).toEqual(REPORT_POSTS.map((_, i) => i + 1));
    expect(byNumber.map((p) => p.city_nl)).toEqual(REPORT_POSTS);
  });

  it("marks Kabul closed ('Kaboel (momenteel gesloten)') and only Kabul", () => {
    expect(d.posts.filter((p) => p.status === 'closed').map((p) => p.id)).toEqual(['kabul']);
  });

  it('keeps the Khartoum spelling difference as a data note', () => {
    expect(d.notes.map((n) => n.id)).toContain('khartoum-spelling');
  });
});

describe("H2, 'Focuslanden'", () => {
  const MIGRATION = ['DZA', 'EGY', 'ETH', 'IRQ', 'MLI', 'MAR', 'NER', 'NGA', 'PAK', 'SDN', 'LBY', 'TUR', 'TUN'];
  const RECEPTION = ['EGY', 'ETH', 'IRQ', 'JOR', 'KEN', 'LBN', 'UGA', 'PAK', 'SDN', 'TUR'];

  it('has the 13 migration-cooperation focus countries, in the order of the report', () => {
    expect(focusOf('migration-cooperation')).toEqual(MIGRATION);
  });

  it('has the 10 reception-in-the-region focus countries, in the order of the report', () => {
    expect(focusOf('reception-in-region')).toEqual(RECEPTION);
  });

  it('has 6 countries that are focus countries for both goals', () => {
    const both = focusOf('migration-cooperation').filter((c) => focusOf('reception-in-region').includes(c));
    expect(sorted(both)).toEqual(['EGY', 'ETH', 'IRQ', 'PAK', 'SDN', 'TUR']);
  });

  it('numbers focus countries 1..n per goal, as the report does', () => {
    for (const goal of ['migration-cooperation', 'reception-in-region'] as const) {
      const numbers = d.focus.filter((r) => r.goal === goal).map((r) => r.number);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('declares the same counts in edition.yaml (13 and 10)', () => {
    const count = (g: GoalId) => d.edition.goals.find((x) => x.id === g)?.focus_count;
    expect(count('migration-cooperation')).toBe(13);
    expect(count('reception-in-region')).toBe(10);
  });
});

describe("H3/H4, 'Programmering': activities per country", () => {
  const total = (g: GoalId) => d.edition.activity_totals.find((t) => t.goal === g)?.total;
  const sum = (g: GoalId) => d.activities.filter((r) => r.goal === g).reduce((s, r) => s + r.count, 0);

  it('keeps the report totals of 28 (reception) and 17 (migration cooperation)', () => {
    expect(total('reception-in-region')).toBe(28);
    expect(total('migration-cooperation')).toBe(17);
  });

  it('has per-country counts that add up to 44 and 37 (multi-country activities count in each)', () => {
    expect(sum('reception-in-region')).toBe(44);
    expect(sum('migration-cooperation')).toBe(37);
  });

  it('has 12 reception countries (A-L) and 20 migration-cooperation countries (A-T)', () => {
    const letters = (g: GoalId) => d.activities.filter((r) => r.goal === g).map((r) => r.letter);
    expect(letters('reception-in-region').join('')).toBe('ABCDEFGHIJKL');
    expect(letters('migration-cooperation').join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it.each([
    ['migration-cooperation', 'NGA', 7],
    ['migration-cooperation', 'MAR', 4],
    ['migration-cooperation', 'SOM', 1],
    ['reception-in-region', 'PAK', 7],
    ['reception-in-region', 'COL', 2],
    ['reception-in-region', 'MDA', 2],
  ] as const)('%s: %s has %i', (goal, iso3, count) => {
    expect(d.activities.find((r) => r.goal === goal && r.iso3 === iso3)?.count).toBe(count);
  });
});

describe('programmes', () => {
  it("places Prospects in the eight countries of H3 ('Jordanië, Irak, Libanon, Soedan, Egypte, Ethiopië, Kenia, Oeganda')", () => {
    expect(sorted(countriesOf('prospects'))).toEqual(sorted(['JOR', 'IRQ', 'LBN', 'SDN', 'EGY', 'ETH', 'KEN', 'UGA']));
  });

  it("places COMPASS in the 14 countries of H4 ('COMPASS is actief in 14 landen')", () => {
    expect(sorted(countriesOf('compass'))).toEqual(
      sorted(['AFG', 'DZA', 'EGY', 'ETH', 'IRQ', 'LBN', 'LBY', 'MLI', 'MAR', 'NER', 'NGA', 'SDN', 'TCD', 'TUN']),
    );
  });

  it("gives Prospects phase II 'max. EUR 800 mln.' for 2024-2027", () => {
    const phase = d.programmes.find((p) => p.id === 'prospects')?.phases.find((ph) => ph.from === 2024);
    expect(phase).toMatchObject({ to: 2027, budget_eur: 800_000_000, budget_qualifier: 'max' });
  });
});

describe("H2, 'Budget voor migratiesamenwerking en opvang in de regio'", () => {
  it('has 2023 budgets of about EUR 200 million (reception) and EUR 60 million (migration cooperation)', () => {
    const amount = (g: GoalId) => d.budgets.find((b) => b.year === 2023 && b.goal === g)?.amount_eur;
    expect(amount('reception-in-region')).toBe(200_000_000);
    expect(amount('migration-cooperation')).toBe(60_000_000);
  });
});

describe("H1, 'Statistieken'", () => {
  it('ranks the top-5 host countries Iran, Türkiye, Colombia, Germany, Pakistan', () => {
    const ranked = [...d.statistics.top_hosting].sort((a, b) => a.rank - b.rank);
    expect(ranked.map((r) => r.iso3)).toEqual(['IRN', 'TUR', 'COL', 'DEU', 'PAK']);
    expect(ranked.map((r) => r.value)).toEqual([3_800_000, 3_300_000, 2_900_000, 2_600_000, 2_000_000]);
  });

  it('ranks the top-5 countries of origin Afghanistan, Syria, Venezuela, Ukraine, Sudan', () => {
    const ranked = [...d.statistics.top_origin].sort((a, b) => a.rank - b.rank);
    expect(ranked.map((r) => r.iso3)).toEqual(['AFG', 'SYR', 'VEN', 'UKR', 'SDN']);
    expect(ranked.map((r) => r.value)).toEqual([6_400_000, 6_400_000, 6_100_000, 6_000_000, 1_500_000]);
  });

  it("has 'circa 117 miljoen' displaced and 'circa 281 miljoen' international migrants", () => {
    const value = (id: string) => d.statistics.figures.find((f) => f.id === id)?.value;
    expect(value('displaced-total')).toBe(117_000_000);
    expect(value('international-migrants')).toBe(281_000_000);
  });
});

describe('sources', () => {
  /** Every record of every file, named for the failure message. */
  function records(): [string, { source: string }][] {
    const named = <T extends { source: string }>(file: string, list: T[], key: (x: T, i: number) => string) =>
      list.map((x, i): [string, { source: string }] => [`${file} ${key(x, i)}`, x]);
    const byId = (x: { id: string }) => x.id;
    return [
      ['edition.yaml', d.edition],
      ...named('edition.yaml goals', d.edition.goals, (g) => g.id),
      ...named('edition.yaml activity_totals', d.edition.activity_totals, (t) => t.goal),
      ...named('posts.csv', d.posts, byId),
      ...named('focus-countries.csv', d.focus, (r) => `${r.goal} ${r.iso3}`),
      ...named('activities.csv', d.activities, (r) => `${r.goal} ${r.iso3}`),
      ...named('programmes.yaml', d.programmes, byId),
      ...d.programmes.flatMap((p) => named(`programmes.yaml ${p.id} phases`, p.phases, (_, i) => `[${i}]`)),
      ...named('moments.yaml', d.moments, byId),
      ...named('statistics.yaml figures', d.statistics.figures, byId),
      ...named('statistics.yaml top_hosting', d.statistics.top_hosting, (r) => r.iso3),
      ...named('statistics.yaml top_origin', d.statistics.top_origin, (r) => r.iso3),
      ...named('budgets.yaml', d.budgets, byId),
      ...named('results.yaml', d.results, byId),
      ...named('dialogues.yaml', d.dialogues, byId),
      ['routes.yaml total_2023', d.routes.total_2023],
      ...named('routes.yaml', d.routes.routes, byId),
      ...named('notes.yaml', d.notes, byId),
      ...d.notes.flatMap((n) => named(`notes.yaml ${n.id} values`, n.values, (_, i) => `[${i}]`)),
    ];
  }

  it('gives every record in every file a non-empty source', () => {
    const all = records();
    expect(all.length).toBeGreaterThan(200);
    const missing = all.filter(([, r]) => typeof r.source !== 'string' || r.source.trim() === '');
    expect(missing.map(([name]) => name)).toEqual([]);
  });

  it('cites the reference file, not the report, for every route figure (the report names no routes)', () => {
    for (const r of d.routes.routes) expect(r.source, r.id).toMatch(/^ref: /);
  });
});
