/**
 * Serving a built dist/ folder for the browser tests and the bench. One
 * choice of server for both, so they measure and test the same thing.
 */

import { nginx } from './nginx';
import type { DistServer } from './server';

export type { DistServer, RunningServer } from './server';

/** The server the tests and the bench use: nginx with the shipped production config. */
export function distServer(): DistServer {
  return nginx;
}
