/** moments.yaml: unique ids, known countries, programmes and dialogues, dates near the edition's year. */
import type { DataError } from '../dataError';
import { at, type CheckContext, checkRecords } from './context';

/** Moments may be reported up to this many years from the edition's year. */
const MOMENT_YEAR_SPAN = 2;

export const checkMoments = (ctx: CheckContext): DataError[] =>
  checkRecords(ctx, 'moments.yaml', ctx.data.moments, (m, loc, report, i) => {
    const year = ctx.data.edition.year;
    if (m.place?.iso3) report.iso(at(i, '.place.iso3'), 'iso3', m.place.iso3);
    m.countries.forEach((iso3, j) => {
      report.iso(at(i, `.countries[${j}]`), 'countries', iso3);
    });
    m.programmes.forEach((id, j) => {
      report.reference('programme', at(i, `.programmes[${j}]`), 'programmes', id);
    });
    if (m.dialogue) report.reference('dialogue', loc, 'dialogue', m.dialogue);
    if (m.year !== null && Math.abs(m.year - year) > MOMENT_YEAR_SPAN)
      report.add(loc, {
        field: 'year',
        value: m.year,
        message: `more than ${MOMENT_YEAR_SPAN} years from the edition's year ${year}`,
        code: 'year-range',
      });
    if (m.year === null && m.month !== null)
      report.add(loc, { field: 'month', value: m.month, message: 'a month without a year', code: 'year-range' });
  });
