/**
 * Precompresses every text file of a build (default dist/) as <file>.br and
 * <file>.gz, so the web server sends compressed bytes without compressing on
 * each request (deploy/nginx: gzip_static and the .br lookup). Runs after
 * `vite build` (npm's postbuild). A variant that is not smaller than the file
 * is not written: the server then sends the file as it is.
 *
 *   tsx scripts/compress-dist.ts [dir]
 */
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats the app ships; images other than SVG are compressed already. */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|geojson|webmanifest|svg|txt|xml|map|pbf)$/;

export interface CompressStats {
  files: number;
  bytes: number;
  br: number;
  gz: number;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** The .br variant: brotli at its best quality, in text mode. */
export function brotli(data: Buffer): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

/** The .gz variant. */
export function gzip(data: Buffer): Buffer {
  return gzipSync(data, { level: 9 });
}

/** Writes (or removes stale) .br and .gz next to every compressible file under dir. */
export function compressDir(dir: string): CompressStats {
  const stats: CompressStats = { files: 0, bytes: 0, br: 0, gz: 0 };
  for (const path of [...walk(dir)]) {
    if (!COMPRESSIBLE.test(path)) continue;
    const data = readFileSync(path);
    const variants: [string, Buffer][] = [
      [`${path}.br`, brotli(data)],
      [`${path}.gz`, gzip(data)],
    ];
    stats.files++;
    stats.bytes += data.length;
    for (const [out, bytes] of variants) {
      const smaller = bytes.length < data.length;
      // A variant left over from an earlier, different file would be served instead of this one.
      if (!smaller) rmSync(out, { force: true });
      else {
        writeFileSync(out, bytes);
        // Same mtime as the original: the variants' Last-Modified matches the file they stand for.
        const { atime, mtime } = statSync(path);
        utimesSync(out, atime, mtime);
        if (out.endsWith('.br')) stats.br += bytes.length;
        else stats.gz += bytes.length;
      }
    }
  }
  return stats;
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const s = compressDir(dir);
  console.log(`compress-dist: ${s.files} files in ${dir}, ${kb(s.bytes)} -> ${kb(s.br)} brotli, ${kb(s.gz)} gzip`);
}
