/** npm run data:check - validates every edition; exits 1 and lists each error. */
import path from 'node:path';
import { formatDataError } from '../src/compile/dataError';
import { loadEditions, loadWorld } from './editions';

const dataDir = path.resolve(process.argv[2] ?? 'data');
const { editions, errors } = loadEditions(dataDir, loadWorld());
if (errors.length > 0) {
  for (const e of errors) console.error(formatDataError(e));
  console.error(
    `\n${errors.length} error(s) in ${path.relative(process.cwd(), dataDir) || dataDir}. Nothing was built.`,
  );
  process.exit(1);
}
console.log(`data ok: ${editions.map((e) => e.year).join(', ')} (${editions.length} edition(s))`);
