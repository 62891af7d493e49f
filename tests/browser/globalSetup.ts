/**
 * Serves the already-built dist/ on a free port for the browser tests (the
 * shared server of scripts/serve), and hands its address to them as
 * inject('baseUrl'). DIST_DIR=<dir> serves another build output instead (e.g.
 * one built with `vite build --outDir <dir>` while dist/ is being rebuilt by
 * someone else).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { distServer } from '../../scripts/serve';
import { distDir } from './support/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = distDir();
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      `${join(dist, 'index.html')} is missing: run npm run build first (the browser tests use the production build).`,
    );
  }
  const server = await distServer().start(dist);
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
