/** notes.yaml: unique ids, known countries and programmes. */
import type { DataError } from '../dataError';
import { at, type CheckContext, checkRecords } from './context';

export const checkNotes = (ctx: CheckContext): DataError[] =>
  checkRecords(ctx, 'notes.yaml', ctx.data.notes, (n, loc, report, i) => {
    n.iso3.forEach((c, j) => {
      report.iso(at(i, `.iso3[${j}]`), 'iso3', c);
    });
    if (n.programme) report.reference('programme', loc, 'programme', n.programme);
  });
