#!/usr/bin/env node
/**
 * Makes sure poppler-utils (pdfinfo, pdftotext, pdftoppm) is on this machine:
 * the country-fiche test reads and renders the PDF Chromium prints. As root
 * with apt-get (CI) it installs Debian's poppler-utils; otherwise it says what
 * to install and exits 1. Mirrors ensure-chromium.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (command) => (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${command}`));

function run(command, args) {
  console.log(`ensure-poppler: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} exited with ${result.status ?? result.signal}`);
}

if (['pdfinfo', 'pdftotext', 'pdftoppm'].every(onPath)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && onPath('apt-get')) {
  try {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'poppler-utils']);
    process.exit(0);
  } catch (e) {
    console.error(`ensure-poppler: installing poppler-utils failed: ${e.message}`);
    process.exit(1);
  }
}
console.error(
  'ensure-poppler: pdfinfo/pdftotext/pdftoppm missing. Install them: sudo apt-get install -y poppler-utils',
);
process.exit(1);
