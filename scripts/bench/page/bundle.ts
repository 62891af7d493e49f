/**
 * The page helpers (helpers.ts and its imports) as one plain script for
 * context.addInitScript: bundled with Vite's build API, so the page gets
 * ordinary JavaScript with no Node-side loader helpers in it.
 */
import path from 'node:path';
import { build, type Rolldown } from 'vite';

let bundled: Promise<string> | undefined;

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    root: import.meta.dirname,
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: path.join(import.meta.dirname, 'helpers.ts'), formats: ['iife'], name: '__benchHelpers' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const chunk = outputs[0]?.output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('page helpers: no script built');
  return chunk.code;
}

/** The script, built once per bench run. */
export function pageHelpersScript(): Promise<string> {
  bundled ??= bundle();
  return bundled;
}
