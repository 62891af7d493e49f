/**
 * Serving a built dist/ folder for the browser tests and the bench. One
 * choice of server for both, so they measure and test the same thing.
 */
import type { DistServer } from './server';
import { vitePreview } from './vitePreview';

export type { DistServer, RunningServer } from './server';

/** The server the tests and the bench use. */
export function distServer(): DistServer {
  return vitePreview;
}
