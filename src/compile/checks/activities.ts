/** focus-countries.csv and activities.csv: one row per goal and country, known countries and goals, counts as edition.yaml says. */
import type { DataError } from '../dataError';
import { type CheckContext, csvRow, FileReport } from './context';

export function checkFocusCountries(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('focus-countries.csv'), ctx);
  const { focus, edition } = ctx.data;
  report.unique(focus, (r) => `${r.goal} ${r.iso3}`, 'goal,iso3', csvRow);
  focus.forEach((r, i) => {
    report.iso(csvRow(i), 'iso3', r.iso3);
  });
  for (const g of edition.goals) {
    const n = focus.filter((r) => r.goal === g.id).length;
    if (n !== g.focus_count)
      report.add(
        {},
        {
          field: 'goal',
          value: g.id,
          message: `${n} focus countries, but edition.yaml says ${g.focus_count}`,
          code: 'focus-count',
        },
      );
  }
  return report.errors;
}

export function checkActivities(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('activities.csv'), ctx);
  const { activities } = ctx.data;
  report.unique(activities, (r) => `${r.goal} ${r.iso3}`, 'goal,iso3', csvRow);
  report.unique(activities, (r) => `${r.goal} ${r.letter}`, 'letter', csvRow);
  activities.forEach((r, i) => {
    report.iso(csvRow(i), 'iso3', r.iso3);
    report.reference('goal', csvRow(i), 'goal', r.goal);
  });
  return report.errors;
}

/** edition.yaml: the activity totals are for declared goals. */
export function checkEdition(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('edition.yaml'), ctx);
  ctx.data.edition.activity_totals.forEach((t, i) => {
    if (!ctx.goals.has(t.goal))
      report.add(
        { path: `activity_totals[${i}]` },
        { field: 'goal', value: t.goal, message: 'goal not declared in goals', code: 'unknown-goal' },
      );
  });
  return report.errors;
}
