/** Where and on what code a run was made, for the report's header. */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { ROOT } from './config';

const round2 = (x: number) => Math.round(x * 100) / 100;

export function machine(chromium: string, loadAverages: number[][], atStart: number[]) {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverageAtStart: atStart.map(round2),
    loadAverage: os.loadavg().map(round2),
    loadAverageAtRuns: loadAverages.map((l) => round2(l[0]!)),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
  };
}

/** The commit measured, and whether the tree had changes on top of it. */
export function commit(): string {
  const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT }).stdout?.toString().trim() ?? '';
  return `${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain']) ? ' + uncommitted changes' : ''}`;
}
