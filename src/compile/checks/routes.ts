/** routes.yaml: unique ids, known countries and dialogues, no qualifier without a figure. */
import type { DataError } from '../dataError';
import { type CheckContext, FileReport } from './context';

export function checkRoutes(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('routes.yaml'), ctx);
  const { routes } = ctx.data.routes;
  report.unique(
    routes,
    (r) => r.id,
    'id',
    (i) => ({ path: `routes[${i}]` }),
  );
  routes.forEach((r, i) => {
    const loc = { path: `routes[${i}]` };
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
  });
  return report.errors;
}
