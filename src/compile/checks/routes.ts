/** routes.yaml: unique ids, known countries and dialogues, no qualifier without a figure. */
import type { DataError } from '../dataError';
import { type CheckContext, checkRecords } from './context';

export const checkRoutes = (ctx: CheckContext): DataError[] =>
  checkRecords(
    ctx,
    'routes.yaml',
    ctx.data.routes.routes,
    (r, loc, report) => {
      [...r.from, ...r.to].forEach((c) => {
        report.iso(loc, 'from/to', c);
      });
      if (r.dialogue) report.reference('dialogue', loc, 'dialogue', r.dialogue);
      if (r.detections_2023 === null && r.qualifier !== null)
        report.add(loc, {
          field: 'qualifier',
          value: r.qualifier,
          message: 'a qualifier without a figure',
          code: 'schema',
        });
    },
    (i) => ({ path: `routes[${i}]` }),
  );
