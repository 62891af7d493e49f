/**
 * A static server for a built dist/ folder, as the browser tests and the bench
 * use it. The tests and the bench only see this interface, so the server
 * behind it can be swapped (today nginx with the shipped production config,
 * scripts/serve/nginx.ts).
 */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export const HOST = '127.0.0.1';

export interface RunningServer {
  /** Base address with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  stop(): Promise<void>;
}

export interface DistServer {
  /** What it is, for logs (e.g. 'vite preview'). */
  name: string;
  start(dir: string): Promise<RunningServer>;
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const a = server.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Everything a child process writes, for the error message when it fails to start. */
export function collectOutput(child: ChildProcess): () => string {
  let out = '';
  const add = (d: Buffer) => {
    out += d.toString();
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => out;
}

/** Resolves once `url` answers 200; fails when the child exits or after `timeoutMs`. */
export async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  what: string,
  output: () => string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

/** SIGTERM, then SIGKILL after five seconds; resolves when the child has gone. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
