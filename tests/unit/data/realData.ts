/**
 * The real compiled data, built in memory from data/ once per test file, so
 * selector tests run against what users see, not a hand-made copy.
 */

import { loadEditions, loadWorld } from '../../../scripts/editions';
import { compileAll } from '../../../src/compile/compile';
import type { AppData } from '../../../src/data/types';
import { editionsYearContext, type FilterContext, filterContextOf } from '../../../src/state/filterContext';
import type { GoalFilter } from '../../../src/state/types';

let cached: AppData | undefined;

export function realData(): AppData {
  if (cached) return cached;
  const world = loadWorld();
  const { editions, errors } = loadEditions('data', world);
  if (errors.length > 0) throw new Error(`data has errors: ${errors.length}`);
  cached = compileAll(editions, world);
  return cached;
}

/** The filter context over the real data; defaults are the plain link (latest year, both goals, no programme). */
export function realFilters(view: { year?: number; goal?: GoalFilter; programmes?: string[] } = {}): FilterContext {
  const d = realData();
  return filterContextOf(editionsYearContext(d.editions, view.year ?? null), {
    goal: view.goal ?? 'both',
    programmes: view.programmes ?? [],
  });
}
