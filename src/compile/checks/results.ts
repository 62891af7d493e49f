/** results.yaml: unique ids, known programmes, a number unless the report gives none. */
import type { DataError } from '../dataError';
import { type CheckContext, checkRecords } from './context';

export const checkResults = (ctx: CheckContext): DataError[] =>
  checkRecords(ctx, 'results.yaml', ctx.data.results, (r, loc, report) => {
    if (r.programme) report.reference('programme', loc, 'programme', r.programme);
    if (r.value === null && r.qualifier !== 'tens-of-thousands')
      report.add(loc, {
        field: 'value',
        value: null,
        message: 'only a "tens-of-thousands" result may have no number',
        code: 'schema',
      });
  });
