/** moments.yaml: unique ids, known countries, programmes and dialogues, dates near the edition's year. */
import type { DataError } from '../dataError';
import { at, type CheckContext, FileReport } from './context';

/** Moments may be reported up to this many years from the edition's year. */
const MOMENT_YEAR_SPAN = 2;

export function checkMoments(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('moments.yaml'), ctx);
  const { moments, edition } = ctx.data;
  report.unique(
    moments,
    (m) => m.id,
    'id',
    (i) => at(i),
  );
  moments.forEach((m, i) => {
    if (m.iso3) report.iso(at(i), 'iso3', m.iso3);
    m.programmes.forEach((id, j) => {
      report.reference('programme', at(i, `.programmes[${j}]`), 'programmes', id);
    });
    if (m.dialogue) report.reference('dialogue', at(i), 'dialogue', m.dialogue);
    if (m.year !== null && Math.abs(m.year - edition.year) > MOMENT_YEAR_SPAN)
      report.add(at(i), {
        field: 'year',
        value: m.year,
        message: `more than ${MOMENT_YEAR_SPAN} years from the edition's year ${edition.year}`,
        code: 'year-range',
      });
    if (m.year === null && m.month !== null)
      report.add(at(i), { field: 'month', value: m.month, message: 'a month without a year', code: 'year-range' });
  });
  return report.errors;
}
