/**
 * Starts nginx with the shipped config (deploy/nginx) on 127.0.0.1, serving a
 * built app: `startNginx({ root }) -> { url, stop }`. Runs unprivileged: the
 * pid file and temp files go to a fresh temp directory, removed on stop.
 * The nginx binary is NGINX_PATH, /usr/sbin/nginx or `nginx` on PATH
 * (scripts/ensure-nginx.mjs installs Debian's package when missing).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderNginxConf } from './nginxConf';

export interface RunningServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  stop: () => Promise<void>;
}

const HOST = '127.0.0.1';

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

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}:\n${output()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer at ${url} within 20 s:\n${output()}`);
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
  let log = '';
  const collect = (d: Buffer) => {
    log += d.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://${HOST}:${port}/`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      // SIGTERM: nginx's fast shutdown (SIGQUIT would wait for open keep-alive connections).
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(temp, { recursive: true, force: true });
  };

  try {
    await waitForServer(url, child, () => log);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop };
}

/**
 * The same as a `{ name, start(dir) }` server object, the shape of the shared
 * dist-server module the tests and the bench choose their server from.
 */
export const nginx = {
  name: 'nginx (deploy/nginx)',
  start: (dir: string): Promise<RunningServer> => startNginx({ root: dir }),
};
