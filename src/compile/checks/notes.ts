/** notes.yaml: unique ids, known countries and programmes. */
import type { DataError } from '../dataError';
import { at, type CheckContext, FileReport } from './context';

export function checkNotes(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('notes.yaml'), ctx);
  const { notes } = ctx.data;
  report.unique(
    notes,
    (n) => n.id,
    'id',
    (i) => at(i),
  );
  notes.forEach((n, i) => {
    n.iso3.forEach((c, j) => {
      report.iso(at(i, `.iso3[${j}]`), 'iso3', c);
    });
    if (n.programme) report.reference('programme', at(i), 'programme', n.programme);
  });
  return report.errors;
}
