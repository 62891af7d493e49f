/**
 * npm run data:build - validates data/ and writes public/geo/ and public/data/.
 * Refuses to write anything when the data has errors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileAll } from '../src/compile/compile';
import { formatErrorReport } from '../src/compile/dataError';
import { OUTPUT_FILES, type OutputKey } from '../src/model/outputFiles';
import { loadEditions, loadWorld } from './editions';

const dataDir = path.resolve(process.argv[2] ?? 'data');
const outDir = path.resolve(process.argv[3] ?? 'public');
const world = loadWorld();
const { editions, errors } = loadEditions(dataDir, world);
if (errors.length > 0) {
  console.error(formatErrorReport(errors));
  console.error(`\n${errors.length} error(s); public/ was not written. Run npm run data:check for the list.`);
  process.exit(1);
}
const files = compileAll(editions, world);
for (const [key, value] of Object.entries(files)) {
  const name = OUTPUT_FILES[key as OutputKey];
  const file = path.join(outDir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  const text = JSON.stringify(value);
  writeFileSync(file, text);
  console.log(
    `${name.padEnd(24)} ${(text.length / 1024).toFixed(1).padStart(7)} KB  ${(gzipSync(text).length / 1024).toFixed(1).padStart(6)} KB gzip`,
  );
}
