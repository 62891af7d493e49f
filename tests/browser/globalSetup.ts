/**
 * Serves the already-built dist/ for the browser tests with nginx and the
 * shipped production config (deploy/nginx, scripts/serve/nginx.ts) on a free
 * port, and hands its address to them as inject('baseUrl'): the journeys run
 * with the headers, compression and caching a real deployment sends.
 * DIST_DIR=<dir> serves another build output instead (e.g. one built with
 * `vite build --outDir <dir>` while dist/ is being rebuilt by someone else).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { nginx } from '../../scripts/serve/nginx';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = resolve(root, process.env.DIST_DIR || 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `${join(distDir, 'index.html')} is missing: run npm run build first (the browser tests use the production build).`,
    );
  }
  const server = await nginx.start(distDir);
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
