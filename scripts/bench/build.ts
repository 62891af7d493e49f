/**
 * Builds what the bench serves: the app and the floor page (BENCH=1 vite
 * build into .bench/dist-1x), and for 10x and 100x synthetic data compiled by
 * scripts/data-build.ts into a copy of that dist; each precompressed (.br/.gz) as
 * `npm run build` does, since nginx serves them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compressDir } from '../compress-dist';
import { loadWorld } from '../editions';
import { BENCH, bin, distDir, log, ROOT, SCALES, type Scale, SKIP_BUILD } from './config';
import { generateSynthetic, type SynthResult } from './synth';

export interface BuildInfo {
  synth: Partial<Record<Scale, SynthResult['counts'] & { years: string }>>;
  files: Record<Scale, Record<string, { raw: number; gzip: number }>>;
}

/** Runs a command in the repository; throws when it fails. */
export function sh(cmd: string, args: string[], extraEnv: Record<string, string> = {}): void {
  log(`$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function fileSizes(dir: string): Record<string, { raw: number; gzip: number }> {
  const out: Record<string, { raw: number; gzip: number }> = {};
  for (const sub of ['geo', 'data']) {
    const d = path.join(dir, sub);
    if (!existsSync(d)) continue;
    for (const name of readdirSync(d).sort()) {
      if (/\.(br|gz)$/.test(name)) continue;
      const buf = readFileSync(path.join(d, name));
      out[`${sub}/${name}`] = { raw: buf.length, gzip: gzipSync(buf).length };
    }
  }
  return out;
}

/** The 1x dist with geo/ and data/ compiled from `scale` times the data. */
function buildScale(scale: Scale, world: ReturnType<typeof loadWorld>, info: BuildInfo): void {
  const data = path.join(BENCH, `data-${scale}x`);
  const compiled = path.join(BENCH, `compiled-${scale}x`);
  const t = Date.now();
  const r = generateSynthetic({ scale, outDir: data, world });
  info.synth[scale] = { ...r.counts, years: `${r.years[0]}-${r.years[r.years.length - 1]}` };
  log(`synth ${scale}x: ${JSON.stringify(info.synth[scale])} in ${Date.now() - t} ms`);
  rmSync(compiled, { recursive: true, force: true });
  sh(process.execPath, [bin.tsx, 'scripts/data-build.ts', data, compiled]);
  rmSync(distDir(scale), { recursive: true, force: true });
  cpSync(distDir(1), distDir(scale), { recursive: true });
  for (const sub of ['geo', 'data']) {
    rmSync(path.join(distDir(scale), sub), { recursive: true, force: true });
    cpSync(path.join(compiled, sub), path.join(distDir(scale), sub), { recursive: true });
  }
  compressDir(distDir(scale));
}

export function build(): BuildInfo {
  const info: BuildInfo = { synth: {}, files: {} as BuildInfo['files'] };
  if (!SKIP_BUILD) {
    sh('npm', ['run', 'data:build']);
    // The map labels' glyph ranges (public/fonts), as `npm run build`'s prebuild writes them.
    sh('npm', ['run', 'glyphs:build']);
    sh(process.execPath, [bin.vite, 'build', '--outDir', distDir(1), '--emptyOutDir'], { BENCH: '1' });
    // Served by nginx as production is: with the build's precompressed .br/.gz (npm's postbuild does this for dist/).
    compressDir(distDir(1));
  }
  if (!existsSync(path.join(distDir(1), 'floor.html')))
    throw new Error(`${distDir(1)}/floor.html missing: build failed`);
  if (!SKIP_BUILD) {
    const world = loadWorld();
    for (const scale of SCALES) if (scale !== 1) buildScale(scale, world, info);
  }
  for (const scale of SCALES) info.files[scale] = fileSizes(distDir(scale));
  return info;
}
