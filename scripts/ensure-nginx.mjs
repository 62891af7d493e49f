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
import { ensureDebianPackage, executable, findOnPath } from './ensure-package.mjs';

ensureDebianPackage({
  tag: 'ensure-nginx',
  debianPackage: 'nginx',
  found: () =>
    [process.env.NGINX_PATH, '/usr/sbin/nginx'].some((p) => p && executable(p)) || findOnPath('nginx') !== null,
  missing: 'no nginx found (NGINX_PATH, /usr/sbin/nginx, PATH)',
  help: [
    '`npm run serve` and the browser tests serve the build with nginx and the config in deploy/nginx. Either:',
    '  sudo apt-get install -y nginx',
    'or set NGINX_PATH to an nginx executable (1.19.5 or newer), e.g.',
    '  NGINX_PATH=/opt/nginx/sbin/nginx npm run serve',
  ],
});
