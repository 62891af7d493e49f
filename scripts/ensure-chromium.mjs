#!/usr/bin/env node
/**
 * Makes sure a Chromium for the browser tests is on this machine. The tests
 * drive Debian's Chromium through playwright-core; no browser is downloaded.
 *
 * - CHROMIUM_PATH (or /usr/bin/chromium) exists: nothing to do.
 * - Otherwise, as root with apt-get (CI): apt-get update && apt-get install -y chromium.
 * - Otherwise: say what to install and exit 1.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';
const wanted = process.env.CHROMIUM_PATH || DEFAULT_PATH;

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(`${dir}/${command}`)) return `${dir}/${command}`;
  }
  return null;
}

function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

if (executable(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const aptGet = findOnPath('apt-get');
if (isRoot && aptGet) {
  console.log(`ensure-chromium: ${wanted} not found; installing Debian's chromium package.`);
  try {
    run(aptGet, ['update']);
    run(aptGet, ['install', '-y', 'chromium']);
  } catch (e) {
    console.error(`ensure-chromium: installing chromium failed: ${e.message}`);
    process.exit(1);
  }
  if (executable(wanted)) {
    console.log(`ensure-chromium: ${wanted} is installed.`);
    process.exit(0);
  }
  console.error(
    `ensure-chromium: chromium was installed but ${wanted} is still missing. ` +
      'Set CHROMIUM_PATH to the Chromium executable.',
  );
  process.exit(1);
}

console.error(
  [
    `ensure-chromium: no Chromium at ${wanted}.`,
    'The browser tests drive the system Chromium (no browser is downloaded). Either:',
    '  sudo apt-get install -y chromium',
    'or set CHROMIUM_PATH to a Chromium or Chrome executable, e.g.',
    '  CHROMIUM_PATH=/path/to/chromium npm run test:browser',
  ].join('\n'),
);
process.exit(1);
