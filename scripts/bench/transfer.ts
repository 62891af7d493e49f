/** What the first load transfers, by kind of file: gzip of each body, bytes on the wire, and the service worker's precache. */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { brotli, gzip } from '../compress-dist';
import type { Transfer } from './types';

/**
 * What a response is, for the first-load weight's breakdown: MapLibre (its
 * chunk and worker) and the country shapes are what the floor page loads too;
 * React has a chunk of its own (vite.config.ts), the rest of the JavaScript is
 * the app's (or the floor page's own few lines).
 */
export function kindOf(url: string): string {
  const p = new URL(url).pathname;
  if (/\.(m?js)$/.test(p)) {
    if (/\/maplibre-gl[\w-]*\.m?js$/.test(p)) return 'maplibre';
    if (/\/react-[\w-]+\.js$/.test(p)) return 'react';
    return 'js';
  }
  if (p.endsWith('.css')) return 'css';
  if (p === '/geo/countries.geojson') return 'countries';
  if (p.startsWith('/geo/')) return 'geo';
  if (p.startsWith('/data/')) return 'data';
  if (p.endsWith('.woff2') || p.endsWith('.pbf')) return 'fonts';
  return 'other';
}

/** A body's size in the encoding the server chose for it: the size the precompressed file has. */
function encodedSize(body: Buffer, encoding: string): number {
  if (encoding === 'br') return brotli(body).length;
  if (encoding === 'gzip') return gzip(body).length;
  return body.length;
}

/**
 * Records every response of the page (and its workers); call the result to stop and sum up.
 * Bodies are read and compressed only then, after the load: brotli and gzip of a megabyte of
 * MapLibre in this process, on the same two cores, slowed the very load being timed (1x cold
 * loads took 2.3-4 s while the 10x ones, not watched, took 0.8-1.5 s).
 */
export function watchTransfer(context: BrowserContext, page: Page): () => Promise<Transfer> {
  const pending: (() => Promise<Transfer['requests'][number] | null>)[] = [];
  const sw = { requests: 0, wire: 0 };
  let open = true;
  page.on('requestfinished', (req) => {
    if (!open) return;
    pending.push(async () => {
      const res = await req.response();
      if (!res || req.url().startsWith('data:') || req.url().startsWith('blob:')) return null;
      const [body, sizes] = await Promise.all([res.body().catch(() => Buffer.alloc(0)), req.sizes()]);
      const encoding = res.headers()['content-encoding'] ?? '';
      return {
        url: req.url(),
        kind: kindOf(req.url()),
        raw: body.length,
        gzip: body.length ? gzipSync(body).length : 0,
        encoded: encodedSize(body, encoding),
        wire: sizes.responseBodySize + sizes.responseHeadersSize,
        wireBody: sizes.responseBodySize,
        encoding,
      };
    });
  });
  context.on('requestfinished', (req) => {
    if (!req.serviceWorker()) return;
    sw.requests += 1;
    void req.sizes().then((s) => {
      sw.wire += s.responseBodySize + s.responseHeadersSize;
    });
  });
  return async () => {
    open = false;
    const requests = (await Promise.all(pending.map((read) => read()))).filter(
      (r): r is NonNullable<typeof r> => r !== null,
    );
    const t: Transfer = { gzip: {}, wire: {}, encoded: {}, raw: {}, requests, serviceWorker: sw };
    for (const r of requests) {
      for (const key of ['gzip', 'wire', 'encoded', 'raw'] as const) {
        t[key][r.kind] = (t[key][r.kind] ?? 0) + r[key];
        t[key].total = (t[key].total ?? 0) + r[key];
      }
    }
    return t;
  };
}
