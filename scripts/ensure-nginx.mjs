#!/usr/bin/env node
/**
 * Makes sure nginx is on this machine, for `npm run serve` and the browser
 * tests (they run against the shipped nginx config, deploy/nginx). Same rules
 * as ensure-chromium.mjs:
 *
 * - NGINX_PATH, /usr/sbin/nginx or nginx on PATH exists: nothing to do.
 * - Otherwise, as root with apt-get (CI): apt-get update && apt-get install -y nginx.
 * - Otherwise: say what to install and exit 1.
 *
 * Debian's package also starts a system nginx on port 80; ours does not use it
 * (it runs its own process on 127.0.0.1 with a temp prefix).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

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
    if (dir && executable(`${dir}/${command}`)) return `${dir}/${command}`;
  }
  return null;
}

function found() {
  return [process.env.NGINX_PATH, '/usr/sbin/nginx'].some((p) => p && executable(p)) || findOnPath('nginx') !== null;
}

function run(command, args) {
  console.log(`ensure-nginx: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

if (found()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const aptGet = findOnPath('apt-get');
if (isRoot && aptGet) {
  console.log("ensure-nginx: nginx not found; installing Debian's nginx package.");
  try {
    run(aptGet, ['update']);
    run(aptGet, ['install', '-y', 'nginx']);
  } catch (e) {
    console.error(`ensure-nginx: installing nginx failed: ${e.message}`);
    process.exit(1);
  }
  if (found()) {
    console.log('ensure-nginx: nginx is installed.');
    process.exit(0);
  }
  console.error('ensure-nginx: nginx was installed but no nginx executable was found. Set NGINX_PATH.');
  process.exit(1);
}

console.error(
  [
    'ensure-nginx: no nginx found (NGINX_PATH, /usr/sbin/nginx, PATH).',
    '`npm run serve` and the browser tests serve the build with nginx and the config in deploy/nginx. Either:',
    '  sudo apt-get install -y nginx',
    'or set NGINX_PATH to an nginx executable (1.19.5 or newer), e.g.',
    '  NGINX_PATH=/opt/nginx/sbin/nginx npm run serve',
  ].join('\n'),
);
process.exit(1);
