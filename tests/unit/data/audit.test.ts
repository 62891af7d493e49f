/**
 * The data audit of the 2023 edition (shared/reviews/data-audit-2023.md):
 * each test states what the report says, where, and checks that the data says
 * no more than that. A failure names the finding to re-read.
 */
import { describe, expect, it } from 'vitest';
import { data2023 } from './helpers';

const d = data2023();

const programme = (id: string) => {
  const p = d.programmes.find((x) => x.id === id);
  if (!p) throw new Error(`programme ${id} missing`);
  return p;
};
const scene = (id: string) => {
  const s = d.scenes.find((x) => x.id === id);
  if (!s) throw new Error(`scene ${id} missing`);
  return s;
};
const note = (id: string) => {
  const n = d.notes.find((x) => x.id === id);
  if (!n) throw new Error(`note ${id} missing`);
  return n;
};
const partnerNames = (id: string) => programme(id).partners.map((p) => (typeof p === 'string' ? p : p.en));

describe('years the report does not state are marked derived, with their basis (findings 1, 11, 12)', () => {
  it("Prospects phase I: no start year; 'Mid-Term Review ... in 2022' means it began earlier (H3, 'Prospects partnerschap')", () => {
    const phase = programme('prospects').phases.find((ph) => ph.name_en === 'Phase I');
    expect(phase?.years_stated).toBe(false);
    expect(phase?.from).toBeNull();
    expect(phase?.shown_from).toBe(2022);
    expect(phase?.years_basis_nl).toMatch(/noemt geen startjaar/);
    expect(phase?.years_basis_nl).toMatch(/vóór 2022/);
    expect(phase?.years_basis_en).toMatch(/before 2022/);
  });

  it.each([
    ['ssar', 'Vice-chair', "end inferred from 'In juli 2024 zal...' (H3, 'SSAR Vicevoorzitter')"],
    ['gcff', 'First loan to Armenia', "the loan came 'daarna' (H3, 'Global Concessional Financing Facility')"],
    ['icmpd-turkey-return', 'Support through ICMPD', "'ondersteunde ... Turkije in 2023' (H4)"],
    ['eu-tunisia-mou', 'Dutch contribution to the partnership and MoU', 'no MoU date (H4, EU-inzet)'],
    ['localisation', 'Subsidy framework', "'in 2023 een beleidskader' dates the framework, not the EUR 57m (H2)"],
  ])('%s, phase %s: %s', (id, phaseName) => {
    const phase = programme(id).phases.find((ph) => ph.name_en === phaseName);
    expect(phase, `${id} ${phaseName}`).toBeDefined();
    expect(phase?.years_stated).toBe(false);
    expect(phase?.years_basis_nl && phase.years_basis_en).toBeTruthy();
  });

  it('ICMPD in Türkiye has no stated end (to: null), not 2023', () => {
    expect(programme('icmpd-turkey-return').phases[0]?.to).toBeNull();
  });
});

describe("H3/H4 'Programmering': counts and what the report says about them (findings 2, 3)", () => {
  it('edition.yaml quotes the report’s own notes on the totals', () => {
    const [reception, migration] = d.edition.activity_totals;
    expect(reception?.note_nl).toContain("'prospects tellen we als 1 activiteit'");
    expect(migration?.note_nl).toContain("'IOM is ook wereldwijd actief'");
  });

  it('the count explanation is the product’s reading and does not claim to reproduce 28 and 17', () => {
    const n = note('activity-totals-vs-country-counts');
    expect(n.text_nl).toContain('legt dat verschil niet uit');
    expect(n.text_nl).toMatch(/geeft 37, niet 28/);
    expect(n.text_nl).toMatch(/geeft 25, niet 17/);
    expect(n.text_en).toMatch(/gives 37, not 28/);
  });

  it('Mali keeps the listed 1 with a note naming COMPASS and PROMIS; Niger’s note names both too', () => {
    expect(d.activities.find((r) => r.goal === 'migration-cooperation' && r.iso3 === 'MLI')?.count).toBe(1);
    const mali = note('mali-count-vs-programmes');
    expect(mali.iso3).toEqual(['MLI']);
    expect(mali.shown).toBe(1);
    expect(mali.text_nl).toMatch(/COMPASS.*PROMIS/);
    expect(note('niger-no-activity-count').text_nl).toMatch(/COMPASS.*PROMIS/);
  });
});

describe('scenes say what the report says (findings 4, 7, 8, 11)', () => {
  it("the posts scene uses the report's heading 'Capaciteit op ambassades met >50% inzet op migratie' (H2)", () => {
    const s = scene('posts-network');
    expect(s.title_nl).toBe('Capaciteit op ambassades met >50% inzet op migratie');
    expect(`${s.title_nl} ${s.text_nl}`).not.toMatch(/meer dan de helft/);
    expect(`${s.title_en} ${s.text_en}`).not.toMatch(/more than half/);
  });

  it("the results scene: 'ondersteund in het ontwikkelen van inkomsten genererende activiteiten', period of fn 21", () => {
    const s = scene('results-2023');
    expect(s.text_nl).toContain('61.073 mensen ondersteund in het ontwikkelen van inkomstengenererende activiteiten');
    expect(s.text_nl).toContain('1 oktober 2022 tot 30 september 2023');
    expect(s.text_en).toContain('supported in developing income-generating activities');
    expect(s.text_en).toContain('1 October 2022 to 30 September 2023');
    expect(`${s.text_nl} ${s.text_en}`).not.toMatch(/steun bij inkomen|supported with income/);
  });

  it("the Afghan-region scene gives 'primair op Pakistan' to 2022's EUR 30 million, not to 2023 (H3, 'Inzet Afghanistan')", () => {
    const s = scene('afghanistan-region');
    expect(s.text_nl).toMatch(/In 2022 EUR 30 miljoen, met de focus primair op Pakistan/);
    expect(s.text_nl).not.toMatch(/vooral voor/);
  });

  it('the EU scene does not date the EU-Tunisia MoU (H4, EU-inzet)', () => {
    expect(scene('eu-partnerships').text_nl).toMatch(/droeg Nederland bij aan het partnerschap en het MoU/);
  });
});

describe("H3, 'Global Concessional Financing Facility' (findings 9, 10)", () => {
  it("names no World Bank role: only 'projecten van de Multilaterale Ontwikkelingsbanken' and 10 donors", () => {
    expect(partnerNames('gcff')).toEqual(['Multilateral development banks', '10 donors']);
  });

  it("runs its results from 2016 with no end ('Sinds de oprichting in 2016')", () => {
    for (const id of ['gcff-support', 'gcff-concessional-loans'])
      expect(d.results.find((r) => r.id === id)?.period, id).toBe('2016/..');
  });
});

describe('the report’s own inconsistencies are notes with both readings (findings 13-17)', () => {
  it.each([
    ['budget-approx-scope', []],
    ['steap-announced-or-intention', ['NGA']],
    ['van-der-burg-spelling', ['NGA', 'MAR']],
    ['partnership-regions', ['NGA']],
  ])('%s, shown in %j', (id, iso3) => {
    const n = note(id);
    expect(n.iso3).toEqual(iso3);
    expect(n.values).toHaveLength(2);
    for (const v of n.values) expect(v.source).toMatch(/^H[1-4]/);
  });

  it('STEAP: "aangekondigd" (H4, Migratiepartnerschappen) and "de intentie uitgesproken" (H4, Mensenhandel)', () => {
    const [a, b] = note('steap-announced-or-intention').values;
    expect(a?.source).toMatch(/Migratiepartnerschappen.*aangekondigd/);
    expect(b?.source).toMatch(/Mensenhandel.*intentie uitgesproken/);
  });

  it('the 73% note: the five values add up to 26.4 million, 84% of the 31.6 million UNHCR base', () => {
    const n = note('seventy-three-percent-base');
    const top5 = d.statistics.top_origin.reduce((s, r) => s + r.value, 0);
    const unhcr = d.statistics.figures.find((f) => f.id === 'refugees-unhcr')?.value ?? Number.NaN;
    expect(top5).toBe(26_400_000);
    expect(Math.round((100 * top5) / unhcr)).toBe(84);
    expect(n.values.map((v) => v.value)).toEqual([73, 73, 84]);
    expect(n.shown).toBe(73);
  });
});

describe('labels, dialogues, routes and missing items (findings 18-22)', () => {
  it("the UNRWA figure is 'Vluchtelingen onder UNRWA-mandaat', as the infographic has it", () => {
    expect(d.statistics.figures.find((f) => f.id === 'refugees-unrwa')?.label_nl).toBe(
      'Vluchtelingen onder UNRWA-mandaat',
    );
  });

  it("the Special Envoy represents the Netherlands in 'het Khartoem- en Rabat-proces' (H2), so in both notes", () => {
    for (const id of ['rabat-process', 'khartoum-process'])
      expect(d.dialogues.find((x) => x.id === id)?.note_nl, id).toMatch(/Speciaal Gezant Migratie/);
  });

  it('routes name a dialogue only where the reference does', () => {
    const dialogue = (id: string) => d.routes.routes.find((r) => r.id === id)?.dialogue;
    expect(dialogue('western-african')).toBeNull();
    expect(dialogue('western-mediterranean')).toBeNull();
    expect(dialogue('horn-yemen-gulf')).toBeNull();
    expect(dialogue('sahel-libya-algeria')).toBe('rabat-process');
    expect(dialogue('horn-sudan-libya')).toBe('khartoum-process');
    expect(dialogue('afghanistan-iran-turkiye')).toBe('budapest-process');
  });

  it("the eastern route ends in the Gulf states, not Saudi Arabia alone ('Gulf states', reference)", () => {
    expect(d.routes.routes.find((r) => r.id === 'horn-yemen-gulf')?.to).toEqual([
      'SAU',
      'ARE',
      'KWT',
      'QAT',
      'BHR',
      'OMN',
    ]);
  });

  it('has the items the report states with substance (finding 18)', () => {
    expect(programme('digital-work').goals).toEqual(['reception-in-region']);
    expect(programme('eu-cooperation-steps-2023').countries.map((c) => c.iso3)).toEqual(['TUN', 'EGY', 'MRT', 'LBN']);
    expect(programme('north-africa-return-reintegration').regions_nl).toEqual(['Noord-Afrika']);
    expect(programme('gcff').summary_nl).toContain('3-8 dollar');
  });
});
