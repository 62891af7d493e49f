/** `vite preview` of a dist folder on a free port: what the tests and the bench have served so far. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import {
  collectOutput,
  type DistServer,
  freePort,
  HOST,
  type RunningServer,
  stopChild,
  waitUntilAnswering,
} from './server';

const ROOT = resolve(import.meta.dirname, '../..');
const viteBin = () => join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');

export const vitePreview: DistServer = {
  name: 'vite preview',
  async start(dir: string): Promise<RunningServer> {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [viteBin(), 'preview', '--outDir', dir, '--port', String(port), '--strictPort', '--host', HOST],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } },
    );
    const output = collectOutput(child);
    const url = `http://${HOST}:${port}/`;
    try {
      await waitUntilAnswering(url, child, 'vite preview', output);
    } catch (e) {
      await stopChild(child);
      throw e;
    }
    return { url, stop: () => stopChild(child) };
  },
};
