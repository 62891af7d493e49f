/** Where the browser tests find the build and put what they write. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SCREENSHOT_DIR = join(root, 'test-results/screenshots');
export const EXPORT_DIR = join(root, 'test-results/exports');

/** The build under test: dist/, or DIST_DIR=<dir> (see globalSetup.ts). */
export function distDir(): string {
  return resolve(root, process.env.DIST_DIR || 'dist');
}
