/**
 * The real compiled data, built in memory from data/ once per test file, for
 * the tests about what users see of the 2023 report (logic tests use the tiny
 * fixture in tests/unit/state/fixture.ts). The world boundaries are built once
 * and shared with helpers.ts.
 */

import { loadEditions } from '../../../scripts/editions';
import { compileAll } from '../../../src/compile/compile';
import type { AppData } from '../../../src/data/types';
import { editionsYearContext, type FilterContext, filterContextOf } from '../../../src/state/filterContext';
import type { GoalFilter } from '../../../src/state/types';
import { getWorld } from './helpers';

let cached: AppData | undefined;

export function realData(): AppData {
  if (cached) return cached;
  const world = getWorld();
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
