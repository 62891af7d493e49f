/** programmes.yaml: unique ids and countries, countries joining within the phases, known goals, a place on the map. */
import type { DataError } from '../dataError';
import { at, type CheckContext, FileReport } from './context';

export function checkProgrammes(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('programmes.yaml'), ctx);
  const { programmes, edition } = ctx.data;
  report.unique(
    programmes,
    (p) => p.id,
    'id',
    (i) => at(i),
  );
  programmes.forEach((p, i) => {
    report.unique(
      p.countries,
      (c) => c.iso3,
      'iso3',
      (j) => at(i, `.countries[${j}]`),
    );
    const first = Math.min(...p.phases.map((ph) => ph.from));
    const last = Math.max(...p.phases.map((ph) => ph.to ?? edition.year));
    p.countries.forEach((c, j) => {
      report.iso(at(i, `.countries[${j}]`), 'iso3', c.iso3);
      if (c.from !== undefined && (c.from < first || c.from > last))
        report.add(at(i, `.countries[${j}]`), {
          field: 'from',
          value: c.from,
          message: `outside the programme's phases (${first}-${last})`,
          code: 'year-range',
        });
    });
    p.goals.forEach((g, j) => {
      report.reference('goal', at(i, `.goals[${j}]`), 'goals', g);
    });
    if (p.countries.length === 0 && !p.global && !p.regions_nl?.length)
      report.add(at(i), {
        field: 'countries',
        value: [],
        message: 'no countries, no regions and not global: the programme cannot be placed',
        code: 'unplaced',
      });
    if ((p.regions_nl?.length ?? 0) !== (p.regions_en?.length ?? 0))
      report.add(at(i), {
        field: 'regions_en',
        value: p.regions_en,
        message: 'regions_nl and regions_en differ in length',
        code: 'translation',
      });
  });
  return report.errors;
}
