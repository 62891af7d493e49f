/**
 * `npm run data:check` lists every error of every file in one run: a schema
 * error in one file does not hide the cross-file errors of the others. And
 * `data:build` writes nothing while any error stands.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

/** Runs a data script; returns its exit code and everything it printed. */
function run(script: string, ...args: string[]): { code: number; output: string } {
  try {
    const stdout = execFileSync(process.execPath, [TSX, script, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output: stdout };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

function edit(file: string, search: string | RegExp, replacement: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(search, replacement);
  if (next === text) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(file, next);
}

describe('three faults in three files', () => {
  let root: string;
  let dir: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'wb-data-check-'));
    dir = path.join(root, 'data/2023');
    cpSync(path.join(ROOT, 'data/2023'), dir, { recursive: true });
    // 1. posts.csv: an unknown country (a cross-check, found only after every schema passes, until now)
    edit(path.join(dir, 'posts.csv'), /^(kabul,\d+,Kaboel,Kabul,)AFG,/m, '$1XXX,');
    // 2. activities.csv: a negative count (a schema error)
    edit(path.join(dir, 'activities.csv'), /^(migration-cooperation,NGA,N,Nigeria,)7,/m, '$1-3,');
    // 3. moments.yaml: a programme that does not exist (a cross-check)
    edit(
      path.join(dir, 'moments.yaml'),
      'programmes: [partnership-nigeria, compass, steap]',
      'programmes: [partnership-nigeria, compas, steap]',
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('data:check reports all three, grouped by file with row or path, field and value, and exits non-zero', () => {
    const { code, output } = run('scripts/data-check.ts', path.join(root, 'data'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/posts\.csv \(1 error\)\n.*posts\.csv row \d+: field "iso3" value "XXX"/);
    expect(output).toMatch(/activities\.csv \(1 error\)\n.*activities\.csv row \d+: field "count" value "-3"/);
    expect(output).toMatch(
      /moments\.yaml \(1 error\)\n.*moments\.yaml \[\d+\]\.programmes\[1\]: field "programmes" value "compas"/,
    );
    expect(output).toContain('3 error(s) in 3 file(s)');
  });

  it('data:build writes nothing', () => {
    const out = path.join(root, 'public');
    const { code, output } = run('scripts/data-build.ts', path.join(root, 'data'), out);
    expect(code).not.toBe(0);
    expect(output).toContain('XXX');
    expect(existsSync(out)).toBe(false);
  });
});
