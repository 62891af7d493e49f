/**
 * The real compiled data, built in memory from data/ once per test file, so
 * selector tests run against what users see, not a hand-made copy.
 */

import { loadEditions, loadWorld } from '../../../scripts/editions';
import { compileAll } from '../../../src/compile/compile';
import type { AppData } from '../../../src/data/types';

let cached: AppData | undefined;

export function realData(): AppData {
  if (cached) return cached;
  const world = loadWorld();
  const { editions, errors } = loadEditions('data', world);
  if (errors.length > 0) throw new Error(`data has errors: ${errors.length}`);
  cached = compileAll(editions, world);
  return cached;
}
