/**
 * Every country panel marks what the product derived (issue 13), over all
 * countries, every year of the year control and both goals: each derived
 * entry and each unstated phase year of a shown record is in the panel model
 * with its basis, and nothing about another country is.
 */
import { describe, expect, it } from 'vitest';
import type { DerivedFields } from '../../../src/model/derived';
import { countryPanelModel } from '../../../src/state/panelModel';
import { realData, realFilters } from '../data/realData';

const d = realData();
const countries = d.countries.features.flatMap((f) => (f.properties.iso3 ? [f.properties.iso3] : []));

/** The entries of a record that concern this country's panel. */
const expectedFields = (derived: DerivedFields | undefined, iso3: string) =>
  Object.keys(derived ?? {}).filter((field) => {
    const country = field.match(/\[([A-Z]{3})\]/)?.[1];
    return !country || country === iso3;
  });

describe('countryPanelModel marks derived values', () => {
  it('in every country, year and goal', () => {
    let checked = 0;
    let marked = 0;
    for (const year of d.editions.years)
      for (const goal of ['both', 'reception-in-region', 'migration-cooperation'] as const) {
        const filters = realFilters({ year, goal });
        for (const iso3 of countries) {
          const m = countryPanelModel(d, filters, iso3);
          if (!m) continue;
          for (const view of m.programmes) {
            const fields = view.marks.map((x) => x.field);
            // Marks with the same basis are shown once, so each expected field is present or shares a basis.
            for (const f of expectedFields(view.programme.derived, iso3)) {
              const basis = view.programme.derived?.[f];
              expect(
                view.marks.some((x) => x.field === f || x.basis_nl === basis?.basis_nl),
                `${iso3} ${year} ${view.programme.id} ${f}`,
              ).toBe(true);
            }
            for (const f of fields) expect(f.match(/\[([A-Z]{3})\]/)?.[1] ?? iso3).toBe(iso3);
            for (const ph of view.phases) {
              checked++;
              if (!ph.phase.years_stated) {
                marked++;
                expect(ph.marks[0], `${iso3} ${year} ${view.programme.id} ${ph.phase.name_en}`).toMatchObject({
                  field: 'years',
                  basis_nl: ph.phase.years_basis_nl,
                  basis_en: ph.phase.years_basis_en,
                });
              }
              expect(ph.startStated).toBe(ph.phase.from !== null);
            }
          }
          for (const { post, marks } of m.posts) {
            checked++;
            expect(marks.map((x) => x.field)).toContain('lat');
            if (post.derived?.iso3) expect(marks.map((x) => x.field)).toContain('iso3');
          }
          for (const { moment, marks } of m.moments)
            expect(marks.length).toBe(Object.keys(moment.derived ?? {}).length);
          for (const { note, marks } of m.notes) expect(marks.length).toBe(Object.keys(note.derived ?? {}).length);
        }
      }
    expect(checked).toBeGreaterThan(500);
    expect(marked).toBeGreaterThan(50);
  });

  it('Prospects phase I in Jordan: start not stated, years derived, shown in 2022 and 2023 but not 2021', () => {
    const phaseI = (year: number) =>
      countryPanelModel(d, realFilters({ year }), 'JOR')
        ?.programmes.find((p) => p.programme.id === 'prospects')
        ?.phases.find((ph) => ph.phase.name_en === 'Phase I');
    expect(phaseI(2021)).toBeUndefined();
    for (const year of [2022, 2023]) {
      const ph = phaseI(year);
      expect(ph?.startStated).toBe(false);
      expect(ph?.marks[0]?.basis_nl).toMatch(/noemt geen startjaar/);
    }
  });

  it("GCFF's Armenia year is marked in Armenia's panel only, its countries' start in every GCFF panel; PROMIS's Niger in Niger's", () => {
    const gcff = (iso3: string) =>
      countryPanelModel(d, realFilters({ year: 2024 }), iso3)?.programmes.find((p) => p.programme.id === 'gcff');
    expect(gcff('ARM')?.marks.map((m) => m.field)).toEqual(['countries', 'countries[ARM].from']);
    expect(gcff('MDA')?.marks.map((m) => m.field)).toEqual(['countries']);
    const promis = (iso3: string) =>
      countryPanelModel(d, realFilters({ year: 2023 }), iso3)?.programmes.find((p) => p.programme.id === 'promis');
    expect(promis('NER')?.marks.map((m) => m.field)).toEqual(['countries[NER]']);
    expect(promis('MLI')?.marks).toEqual([]);
  });
});
