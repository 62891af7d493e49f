/** budgets.yaml and dialogues.yaml: each id once (the other rules are in their schemas). */
import type { DataError } from '../dataError';
import { type CheckContext, checkRecords } from './context';

export const checkBudgets = (ctx: CheckContext): DataError[] => checkRecords(ctx, 'budgets.yaml', ctx.data.budgets);

export const checkDialogues = (ctx: CheckContext): DataError[] =>
  checkRecords(ctx, 'dialogues.yaml', ctx.data.dialogues);
