/**
 * The one way the test and serve scripts get a program from Debian: if
 * `found()` says it is missing, install the Debian package as root with
 * apt-get (CI: `apt-get update` first, since a stale list gives old versions),
 * otherwise print what to install and exit 1. Used by ensure-chromium.mjs,
 * ensure-nginx.mjs and ensure-poppler.mjs; nothing is ever downloaded from
 * anywhere else.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && executable(`${dir}/${command}`)) return `${dir}/${command}`;
  }
  return null;
}

function run(tag, command, args) {
  console.log(`${tag}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

/**
 * Exits the process: 0 when the program is there (or was installed), 1 with
 * `help` (lines saying what to install) when it is not.
 *
 * @param {{ tag: string, debianPackage: string, found: () => boolean, missing: string, help: string[] }} o
 */
export function ensureDebianPackage({ tag, debianPackage, found, missing, help }) {
  if (found()) process.exit(0);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = findOnPath('apt-get');
  if (isRoot && aptGet) {
    console.log(`${tag}: ${missing}; installing Debian's ${debianPackage} package.`);
    try {
      run(tag, aptGet, ['update']);
      run(tag, aptGet, ['install', '-y', debianPackage]);
    } catch (e) {
      console.error(`${tag}: installing ${debianPackage} failed: ${e.message}`);
      process.exit(1);
    }
    if (found()) {
      console.log(`${tag}: ${debianPackage} is installed.`);
      process.exit(0);
    }
    console.error(`${tag}: ${debianPackage} was installed but is still not found. ${help.at(-1) ?? ''}`);
    process.exit(1);
  }
  console.error([`${tag}: ${missing}.`, ...help].join('\n'));
  process.exit(1);
}
