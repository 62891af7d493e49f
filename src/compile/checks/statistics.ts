/** statistics.yaml: unique figure ids and ranks, figures part of a known figure, known countries. */
import type { DataError } from '../dataError';
import { type CheckContext, FileReport } from './context';

export function checkStatistics(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('statistics.yaml'), ctx);
  const { statistics } = ctx.data;
  report.unique(
    statistics.figures,
    (x) => x.id,
    'id',
    (i) => ({ path: `figures[${i}]` }),
  );
  const figureIds = new Set(statistics.figures.map((x) => x.id));
  statistics.figures.forEach((x, i) => {
    if (x.part_of && !figureIds.has(x.part_of))
      report.add(
        { path: `figures[${i}]` },
        { field: 'part_of', value: x.part_of, message: 'no figure with this id', code: 'unknown-figure' },
      );
  });
  for (const list of ['top_hosting', 'top_origin'] as const) {
    report.unique(
      statistics[list],
      (x) => String(x.rank),
      'rank',
      (i) => ({ path: `${list}[${i}]` }),
    );
    statistics[list].forEach((x, i) => {
      report.iso({ path: `${list}[${i}]` }, 'iso3', x.iso3);
    });
  }
  return report.errors;
}
