/** budgets.yaml and dialogues.yaml: each id once (the other rules are in their schemas). */
import type { DataError } from '../dataError';
import { at, type CheckContext, FileReport } from './context';

export function checkBudgets(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('budgets.yaml'), ctx);
  report.unique(
    ctx.data.budgets,
    (b) => b.id,
    'id',
    (i) => at(i),
  );
  return report.errors;
}

export function checkDialogues(ctx: CheckContext): DataError[] {
  const report = new FileReport(ctx.file('dialogues.yaml'), ctx);
  report.unique(
    ctx.data.dialogues,
    (x) => x.id,
    'id',
    (i) => at(i),
  );
  return report.errors;
}
