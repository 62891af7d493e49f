#!/usr/bin/env node
/**
 * Makes sure a Chromium for the browser tests is on this machine. The tests
 * drive Debian's Chromium through playwright-core; no browser is downloaded.
 *
 * - CHROMIUM_PATH (or /usr/bin/chromium) exists: nothing to do.
 * - Otherwise, as root with apt-get (CI): apt-get update && apt-get install -y chromium.
 * - Otherwise: say what to install and exit 1.
 */
import { ensureDebianPackage, executable } from './ensure-package.mjs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

ensureDebianPackage({
  tag: 'ensure-chromium',
  debianPackage: 'chromium',
  found: () => executable(wanted),
  missing: `no Chromium at ${wanted}`,
  help: [
    'The browser tests drive the system Chromium (no browser is downloaded). Either:',
    '  sudo apt-get install -y chromium',
    'or set CHROMIUM_PATH to a Chromium or Chrome executable, e.g.',
    '  CHROMIUM_PATH=/path/to/chromium npm run test:browser',
  ],
});
