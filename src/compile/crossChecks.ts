/**
 * Rules that span records or files, run after every file passed its schema:
 * one checker per data file (src/compile/checks/), in the order of the files.
 * Each returns errors named by file, row or path, field and value.
 */
import { checkActivities, checkEdition, checkFocusCountries } from './checks/activities';
import { checkContext } from './checks/context';
import { checkDerived } from './checks/derived';
import { checkBudgets, checkDialogues } from './checks/ids';
import { checkMoments } from './checks/moments';
import { checkNotes } from './checks/notes';
import { checkPosts } from './checks/posts';
import { checkProgrammes } from './checks/programmes';
import { checkResults } from './checks/results';
import { checkRoutes } from './checks/routes';
import { checkScenes } from './checks/scenes';
import { checkStatistics } from './checks/statistics';
import type { DataError } from './dataError';
import type { EditionData } from './editionFiles';
import type { WorldArea } from './world';

const CHECKERS = [
  checkPosts,
  checkFocusCountries,
  checkActivities,
  checkEdition,
  checkProgrammes,
  checkMoments,
  checkStatistics,
  checkBudgets,
  checkResults,
  checkDialogues,
  checkRoutes,
  checkNotes,
  checkScenes,
  // Rules for every record of every file: statement or inference, sources, translations.
  checkDerived,
];

export function crossCheck(dir: string, d: EditionData, world: WorldArea[]): DataError[] {
  const ctx = checkContext(dir, d, world);
  return CHECKERS.flatMap((check) => check(ctx));
}
