/**
 * npm run bundle:guard - after `npm run build`, checks the browser's main chunk:
 * - it contains no zod (the build-time schemas stay out of the browser; zod's
 *   issue codes and class names are strings, so they survive minification);
 * - its gzip size is at most MARGIN over the size recorded in bundle-size.json.
 *
 * npm run bundle:record - writes the current size to bundle-size.json. Run it
 * on purpose, after a build, when a change is meant to grow (or has shrunk)
 * the main chunk, and commit the file with that change so the review sees it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ASSETS = path.resolve('dist/assets');
const RECORD = path.resolve('bundle-size.json');
/** Growth allowed over the record before the guard fails. */
const MARGIN = 0.02;
/**
 * Strings only zod's runtime contains: issue codes and class names of zod 3
 * (ZodError, invalid_union_discriminator) and zod 4 / zod mini ($ZodType).
 */
const ZOD_SIGNATURES = ['ZodError', 'invalid_union_discriminator', 'invalid_intersection_types', '$ZodType'];

interface SizeRecord {
  file: string;
  gzipBytes: number;
  note: string;
}

function mainChunk(): string {
  let names: string[];
  try {
    names = readdirSync(ASSETS).filter((n) => /^main-[\w-]+\.js$/.test(n));
  } catch {
    names = [];
  }
  if (names.length !== 1) {
    console.error(`bundle guard: expected one dist/assets/main-*.js, found ${names.length}. Run npm run build first.`);
    process.exit(1);
  }
  return path.join(ASSETS, names[0]!);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

const file = mainChunk();
const code = readFileSync(file);
const gzipBytes = gzipSync(code).length;

if (process.argv.includes('--record')) {
  const record: SizeRecord = {
    file: 'dist/assets/main-*.js',
    gzipBytes,
    note: 'gzip (zlib default level 6) of the main chunk; update with `npm run build && npm run bundle:record`, on purpose',
  };
  writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`bundle guard: recorded ${kb(gzipBytes)} gzip for ${path.basename(file)}`);
  process.exit(0);
}

const failures: string[] = [];
const text = code.toString('utf8');
const found = ZOD_SIGNATURES.filter((s) => text.includes(s));
if (found.length > 0) {
  failures.push(
    `the main chunk contains zod (${found.join(', ')}): something the browser imports reaches zod, ` +
      'src/model/schema.ts or src/compile/ (npm run deps names the import)',
  );
}

const record = JSON.parse(readFileSync(RECORD, 'utf8')) as SizeRecord;
const limit = Math.floor(record.gzipBytes * (1 + MARGIN));
if (gzipBytes > limit) {
  failures.push(
    `the main chunk is ${kb(gzipBytes)} gzip, over the recorded ${kb(record.gzipBytes)} + ${MARGIN * 100}% ` +
      `(${kb(limit)}). Make it smaller, or, if the growth is meant, run npm run bundle:record and commit bundle-size.json`,
  );
}

const summary = `${path.basename(file)} ${kb(gzipBytes)} gzip (recorded ${kb(record.gzipBytes)}, limit ${kb(limit)})`;
if (failures.length > 0) {
  console.error(`bundle guard: ${summary}`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`bundle guard: ok, ${summary}, no zod`);
