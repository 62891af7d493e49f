/**
 * File-system side of the data pipeline: finds edition folders (data/<year>/),
 * reads their text and the world-atlas boundaries, and runs the pure parse and
 * cross-check steps. Used by data-check.ts and data-build.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadedEdition } from '../src/compile/compile';
import { crossCheck } from '../src/compile/crossChecks';
import type { DataError } from '../src/compile/dataError';
import { parseEdition } from '../src/compile/parseEdition';
import { buildWorld, type WorldArea } from '../src/compile/world';

/** An edition is any folder named by a four-digit year. */
export function discoverEditionDirs(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => /^\d{4}$/.test(name) && statSync(path.join(dataDir, name)).isDirectory())
    .sort();
}

export function readTexts(dir: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) texts[name] = readFileSync(file, 'utf8');
  }
  return texts;
}

export function loadWorld(): WorldArea[] {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  return buildWorld(topology);
}

export interface LoadResult {
  editions: LoadedEdition[];
  errors: DataError[];
}

/**
 * Parses and cross-checks every edition under dataDir. Errors come in file
 * order per edition; an edition with any error is not returned for building.
 */
export function loadEditions(dataDir: string, world: WorldArea[], rootDir = process.cwd()): LoadResult {
  const editions: LoadedEdition[] = [];
  const errors: DataError[] = [];
  const dirs = discoverEditionDirs(dataDir);
  if (dirs.length === 0)
    errors.push({
      file: path.relative(rootDir, dataDir) || dataDir,
      message: 'no edition folders (data/<year>/) found',
      code: 'no-editions',
    });
  for (const name of dirs) {
    const dir = path.join(dataDir, name);
    const rel = path.relative(rootDir, dir);
    const parsed = parseEdition(rel, readTexts(dir));
    errors.push(...parsed.errors);
    // With schema errors the cross-checks still run on the records that passed,
    // so one run lists every error of every file.
    const data = parsed.data ?? parsed.partial?.data;
    if (!data) continue;
    if (data.edition.year !== Number(name))
      errors.push({
        file: `${rel}/edition.yaml`,
        field: 'year',
        value: data.edition.year,
        message: `differs from the folder name ${name}`,
        code: 'edition-year',
      });
    const cross = crossCheck(rel, data, world);
    errors.push(...(parsed.partial ? parsed.partial.adjust(cross) : cross));
    if (parsed.data && cross.length === 0) editions.push({ year: parsed.data.edition.year, data: parsed.data });
  }
  return { editions, errors };
}
