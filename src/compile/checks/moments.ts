/** moments.yaml: unique ids, known countries, programmes and dialogues, dates near the edition's year. */
import type { DataError } from '../dataError';
import { at, type CheckContext, checkRecords } from './context';
import { checkPlaceNamed } from './places';

/** Moments may be reported up to this many years from the edition's year. */
const MOMENT_YEAR_SPAN = 2;

export const checkMoments = (ctx: CheckContext): DataError[] =>
  checkRecords(ctx, 'moments.yaml', ctx.data.moments, (m, loc, report, i) => {
    const year = ctx.data.edition.year;
    if (m.iso3) report.iso(loc, 'iso3', m.iso3);
    // A named venue must be the report's (checks/places.ts). The country-level
    // place arrives with W-B's moment model (place: {iso3, city_nl, city_en}).
    if (m.place_nl)
      checkPlaceNamed(
        report,
        loc,
        m.id,
        { iso3: m.iso3, city_nl: m.place_nl, city_en: m.place_en },
        m.source,
        m.derived,
        'place_nl',
      );
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
