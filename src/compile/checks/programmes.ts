/** programmes.yaml: unique ids and countries, countries joining within the phases, known goals, a place on the map. */
import type { DataError } from '../dataError';
import { at, type CheckContext, checkRecords } from './context';

export const checkProgrammes = (ctx: CheckContext): DataError[] =>
  checkRecords(ctx, 'programmes.yaml', ctx.data.programmes, (p, loc, report, i) => {
    const country = (j: number) => at(i, `.countries[${j}]`);
    report.unique(p.countries, (c) => c.iso3, 'iso3', country);
    const first = Math.min(...p.phases.map((ph) => ph.from));
    const last = Math.max(...p.phases.map((ph) => ph.to ?? ctx.data.edition.year));
    p.countries.forEach((c, j) => {
      report.iso(country(j), 'iso3', c.iso3);
      if (c.from !== undefined && (c.from < first || c.from > last))
        report.add(country(j), {
          field: 'from',
          value: c.from,
          message: `outside the programme's phases (${first}-${last})`,
          code: 'year-range',
        });
    });
    // A budget for one country is for one of the programme's own countries.
    p.phases.forEach((ph, j) => {
      if (ph.budget_for && ph.budget_for !== 'programme' && !p.countries.some((c) => c.iso3 === ph.budget_for))
        report.add(at(i, `.phases[${j}]`), {
          field: 'budget_for',
          value: ph.budget_for,
          message: "not one of the programme's countries",
          code: 'reference',
        });
    });
    p.goals.forEach((g, j) => {
      report.reference('goal', at(i, `.goals[${j}]`), 'goals', g);
    });
    if (p.countries.length === 0 && !p.global && !p.regions_nl?.length)
      report.add(loc, {
        field: 'countries',
        value: [],
        message: 'no countries, no regions and not global: the programme cannot be placed',
        code: 'unplaced',
      });
    if ((p.regions_nl?.length ?? 0) !== (p.regions_en?.length ?? 0))
      report.add(loc, {
        field: 'regions_en',
        value: p.regions_en,
        message: 'regions_nl and regions_en differ in length',
        code: 'translation',
      });
  });
