/** Where a run's results go: performance.json (everything) and performance.md (the report), and the console. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { summarize } from './budgets';
import { OUT_DIR } from './config';
import { type BenchReport, markdown } from './report';
import type { Row } from './types';

export const jsonFile = path.join(OUT_DIR, 'performance.json');
export const mdFile = path.join(OUT_DIR, 'performance.md');

export function write(report: BenchReport): void {
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(mdFile, markdown(report, mdFile));
}

export function print(rows: Row[]): void {
  for (const r of rows)
    console.log(
      `${r.notMeasured ? '----' : r.pass === null ? 'info' : r.pass ? 'PASS' : 'FAIL'}  ${r.metric}: ${r.measured}`,
    );
}

/** BENCH_REPORT_ONLY=1: rewrites the table and the report from the last JSON, measuring nothing. */
export function reportOnly(): void {
  const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as BenchReport;
  report.rows = summarize({ ...report.raw, heap: report.heap, lighthouse: report.lighthouse });
  write(report);
  print(report.rows);
}
