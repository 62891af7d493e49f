/** Lighthouse (the pinned npm package) against the served 1x build, desktop preset or default mobile. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROMIUM_PATH } from '../chromium';
import { bin, log, ROOT } from './config';
import { bundleOf } from './profile';
import type { LighthouseResult } from './types';

const LH_CHROME_FLAGS =
  '--headless=new --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader --disable-background-networking';

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'speed-index',
  'cumulative-layout-shift',
  'interactive',
  'max-potential-fid',
  'total-byte-weight',
  'dom-size',
];

interface Audit {
  score: number | null;
  numericValue?: number;
  details?: { items?: Record<string, unknown>[]; overallSavingsMs?: number; overallSavingsBytes?: number };
}
interface Lhr {
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

function runLighthouse(url: string, formFactor: 'desktop' | 'mobile', out: string): Lhr {
  const args = [
    bin.lighthouse,
    url,
    `--chrome-path=${CHROMIUM_PATH}`,
    `--chrome-flags=${LH_CHROME_FLAGS}`,
    '--only-categories=performance,accessibility',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  log(`lighthouse ${formFactor} ${url}`);
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`lighthouse exited with ${r.status}`);
  return JSON.parse(readFileSync(out, 'utf8')) as Lhr;
}

/** Runs Lighthouse once (report JSON kept at `out`) and keeps the figures the report uses. */
export function lighthouse(
  url: string,
  formFactor: 'desktop' | 'mobile',
  out: string,
  page: 'app' | 'floor',
): LighthouseResult {
  const lhr = runLighthouse(url, formFactor, out);
  const audit = (id: string) => lhr.audits[id];
  const metrics: Record<string, number> = {};
  for (const id of METRICS) metrics[id] = Math.round((audit(id)?.numericValue ?? Number.NaN) * 1000) / 1000;
  const mainThread: Record<string, number> = {};
  for (const it of audit('mainthread-work-breakdown')?.details?.items ?? [])
    mainThread[String(it.groupLabel ?? it.group)] = Math.round(Number(it.duration));
  const bootup = (audit('bootup-time')?.details?.items ?? []).map((it) => ({
    url: bundleOf(String(it.url)) || String(it.url),
    scripting: Math.round(Number(it.scripting)),
    total: Math.round(Number(it.total)),
  }));
  const opportunities = Object.entries(lhr.audits)
    .filter(([, a]) => a.details?.overallSavingsMs || a.details?.overallSavingsBytes)
    .map(([id, a]) => ({
      id,
      ...(a.details?.overallSavingsMs ? { savingsMs: Math.round(a.details.overallSavingsMs) } : {}),
      ...(a.details?.overallSavingsBytes ? { savingsBytes: Math.round(a.details.overallSavingsBytes) } : {}),
    }));
  const failedAccessibility = (lhr.categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && audit(ref.id)?.score !== null && (audit(ref.id)?.score ?? 1) < 1)
    .map((ref) => ref.id);
  return {
    formFactor,
    page,
    performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? Number.NaN) * 100),
    metrics,
    failedAccessibility,
    mainThread,
    bootup,
    opportunities,
  };
}
