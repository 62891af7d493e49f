/**
 * Starts nginx with the shipped config (deploy/nginx) on 127.0.0.1, serving a
 * built app: `startNginx({ root }) -> { url, stop }`. Runs unprivileged: the
 * pid file and temp files go to a fresh temp directory, removed on stop.
 * The nginx binary is NGINX_PATH, /usr/sbin/nginx or `nginx` on PATH
 * (scripts/ensure-nginx.mjs installs Debian's package when missing).
 */
import { spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderNginxConf } from './nginxConf';
import {
  collectOutput,
  type DistServer,
  freePort,
  HOST,
  type RunningServer,
  stopChild,
  waitUntilAnswering,
} from './server';

export function nginxBinary(): string {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx'];
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir) candidates.push(join(dir, 'nginx'));
  for (const path of candidates) {
    if (!path) continue;
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // next
    }
  }
  throw new Error('nginx not found: run `node scripts/ensure-nginx.mjs` (or set NGINX_PATH).');
}

export async function startNginx(options: { root: string; port?: number }): Promise<RunningServer> {
  const root = resolve(options.root);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${join(root, 'index.html')} is missing: build first.`);
  const port = options.port || (await freePort());
  const temp = mkdtempSync(join(tmpdir(), 'migratiekaart-nginx-'));
  // Started as root, nginx's workers run as nobody: they must be able to enter it.
  chmodSync(temp, 0o755);
  const conf = join(temp, 'nginx.conf');
  writeFileSync(conf, renderNginxConf({ listen: `${HOST}:${port}`, root, temp }));
  const child = spawn(nginxBinary(), ['-p', temp, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  const url = `http://${HOST}:${port}/`;

  const stop = async () => {
    // SIGTERM is nginx's fast shutdown (SIGQUIT would wait for open keep-alive connections).
    await stopChild(child);
    rmSync(temp, { recursive: true, force: true });
  };

  try {
    await waitUntilAnswering(url, child, 'nginx', output, 20_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop };
}

/** nginx as the shared dist server (scripts/serve/index.ts) of the browser tests and the bench. */
export const nginx: DistServer = {
  name: 'nginx (deploy/nginx)',
  start: (dir: string): Promise<RunningServer> => startNginx({ root: dir }),
};
