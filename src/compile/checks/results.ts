/** results.yaml: unique ids, known programmes, a number unless the report gives none. */
import type { DataError } from '../dataError';
import { at, type CheckContext, FileReport } from './context';

export function checkResults(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('results.yaml'), ctx);
  const { results } = ctx.data;
  report.unique(
    results,
    (r) => r.id,
    'id',
    (i) => at(i),
  );
  results.forEach((r, i) => {
    if (r.programme) report.reference('programme', at(i), 'programme', r.programme);
    if (r.value === null && r.qualifier !== 'tens-of-thousands')
      report.add(at(i), {
        field: 'value',
        value: null,
        message: 'only a "tens-of-thousands" result may have no number',
        code: 'schema',
      });
  });
  return report.errors;
}
