/** scenes.yaml: unique ids, and the programmes and country a scene shows must exist. */
import type { DataError } from '../dataError';
import { at, type CheckContext, FileReport } from './context';

export function checkScenes(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('scenes.yaml'), ctx);
  const seen = new Set<string>();
  ctx.data.scenes.forEach((sc, i) => {
    if (seen.has(sc.id)) report.add(at(i), { field: 'id', value: sc.id, message: 'duplicate', code: 'duplicate-id' });
    seen.add(sc.id);
    sc.programmes.forEach((p, j) => {
      report.reference('programme', at(i, `.programmes[${j}]`), 'programmes', p);
    });
    if (sc.country && !ctx.areas.has(sc.country))
      report.add(at(i), {
        field: 'country',
        value: sc.country,
        message: 'no boundary for this country on the map',
        code: 'no-boundary',
      });
  });
  return report.errors;
}
