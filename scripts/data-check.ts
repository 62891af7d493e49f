/**
 * npm run data:check [dataDir] - validates every edition; exits 1 and lists
 * every error of every file in one run, grouped by file (schema errors and
 * cross-file checks together).
 */
import path from 'node:path';
import { formatErrorReport } from '../src/compile/dataError';
import { loadEditions, loadWorld } from './editions';

const dataDir = path.resolve(process.argv[2] ?? 'data');
const { editions, errors } = loadEditions(dataDir, loadWorld());
if (errors.length > 0) {
  const files = new Set(errors.map((e) => e.file)).size;
  console.error(formatErrorReport(errors));
  console.error(
    `\n${errors.length} error(s) in ${files} file(s) under ${path.relative(process.cwd(), dataDir) || dataDir}. Nothing was built.`,
  );
  process.exit(1);
}
console.log(`data ok: ${editions.map((e) => e.year).join(', ')} (${editions.length} edition(s))`);
