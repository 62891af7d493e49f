/**
 * npm run bundle:guard - after `npm run build`, checks the JavaScript the first
 * view loads: the main entry chunk and every chunk index.html loads with it
 * (its <script type="module"> and modulepreload links; Vite splits shared code
 * such as MapLibre into chunks of their own, so "main-*.js" alone is not what
 * a visitor downloads; the map's chunks, which main.tsx imports at start-up,
 * are modulepreloaded):
 * - none contains zod (the build-time schemas stay out of the browser; zod's
 *   issue codes and class names are strings, so they survive minification);
 * - their gzip size together is at most MARGIN over bundle-size.json's record.
 *
 * npm run bundle:record - writes the current size to bundle-size.json. Run it
 * on purpose, after a build, when a change is meant to grow (or has shrunk)
 * the first load, and commit the file with that change so the review sees it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

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

const DIST = path.resolve('dist');

/** The entry chunk and the chunks index.html loads with it, as paths under dist/. */
function firstLoadChunks(): string[] {
  let html: string;
  try {
    html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  } catch {
    console.error('bundle guard: dist/index.html is missing. Run npm run build first.');
    process.exit(1);
  }
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const files = [...new Set(refs)].sort();
  if (!files.some((f) => /(^|\/)main-[\w-]+\.js$/.test(f))) {
    console.error(`bundle guard: index.html loads no assets/main-*.js (found: ${files.join(', ') || 'none'}).`);
    process.exit(1);
  }
  // The map's code is imported dynamically but asked for at start-up; the build preloads it (vite.config.ts).
  const mapChunks = [/(^|\/)MapController-[\w-]+\.js$/, /(^|\/)maplibre-gl-[\w-]+\.js$/];
  if (!mapChunks.every((re) => files.some((f) => re.test(f)))) {
    console.error(
      `bundle guard: index.html preloads no MapController and maplibre-gl chunks (found: ${files.join(', ')}).`,
    );
    process.exit(1);
  }
  return files.map((f) => path.join(DIST, f));
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

const files = firstLoadChunks();
const codes = files.map((f) => readFileSync(f));
const gzipBytes = codes.reduce((n, c) => n + gzipSync(c).length, 0);
const names = files.map((f) => path.basename(f)).join(', ');

if (process.argv.includes('--record')) {
  const record: SizeRecord = {
    file: 'dist/index.html: the entry chunk, the chunks it loads with it and the map chunks it fetches at start-up',
    gzipBytes,
    note: 'gzip (zlib default level 6) of each first-load chunk, added up; update with `npm run build && npm run bundle:record`, on purpose',
  };
  writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`bundle guard: recorded ${kb(gzipBytes)} gzip for ${names}`);
  process.exit(0);
}

const failures: string[] = [];
const text = codes.map((c) => c.toString('utf8')).join('\n');
const found = ZOD_SIGNATURES.filter((s) => text.includes(s));
if (found.length > 0) {
  failures.push(
    `the first-load JavaScript contains zod (${found.join(', ')}): something the browser imports reaches zod, ` +
      'src/model/schema.ts or src/compile/ (npm run deps names the import)',
  );
}

const record = JSON.parse(readFileSync(RECORD, 'utf8')) as SizeRecord;
const limit = Math.floor(record.gzipBytes * (1 + MARGIN));
if (gzipBytes > limit) {
  failures.push(
    `the first-load JavaScript is ${kb(gzipBytes)} gzip, over the recorded ${kb(record.gzipBytes)} + ${MARGIN * 100}% ` +
      `(${kb(limit)}). Make it smaller, or, if the growth is meant, run npm run bundle:record and commit bundle-size.json`,
  );
}

const summary = `${names}: ${kb(gzipBytes)} gzip (recorded ${kb(record.gzipBytes)}, limit ${kb(limit)})`;
if (failures.length > 0) {
  console.error(`bundle guard: ${summary}`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`bundle guard: ok, ${summary}, no zod`);
