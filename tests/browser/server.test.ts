/**
 * The shipped nginx config (deploy/nginx), run by nginx itself on 127.0.0.1
 * over the production build: every header, the compression of each kind of
 * file, the cache policy per path, the 404s and no directory listing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx } from '../../scripts/serve/nginx';
import type { RunningServer } from '../../scripts/serve/server';
import { CSP } from '../../vite.config';
import { distDir, get } from './support';

let server: RunningServer;
const url = (path: string) => new URL(path, server.url).href;

beforeAll(async () => {
  server = await startNginx({ root: distDir() });
});

afterAll(async () => {
  await server?.stop();
});

/** A file index.html links to (names are hashed), e.g. its script or its stylesheet. */
const linked = (pattern: RegExp) => {
  const html = readFileSync(join(distDir(), 'index.html'), 'utf8');
  const path = html.match(pattern)?.[1];
  if (!path) throw new Error(`index.html links no ${pattern}`);
  return path;
};
const SCRIPT = () => linked(/<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/);
const STYLES = () => linked(/<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)"/);
/** MapLibre's worker: the one .mjs file. */
const WORKER = () => `/assets/${readdirSync(join(distDir(), 'assets')).find((f) => f.endsWith('.mjs'))}`;

/** One file of each kind the app ships, with the type it must be sent as. */
const KINDS = () =>
  [
    ['/', 'index.html', 'text/html; charset=utf-8'],
    ['/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['/embed.html', 'embed.html', 'text/html; charset=utf-8'],
    [SCRIPT(), '', 'text/javascript; charset=utf-8'],
    [WORKER(), '', 'text/javascript; charset=utf-8'],
    [STYLES(), '', 'text/css; charset=utf-8'],
    ['/geo/countries.geojson', '', 'application/geo+json'],
    ['/geo/posts.geojson', '', 'application/geo+json'],
    ['/data/programmes.json', '', 'application/json'],
    ['/manifest.webmanifest', '', 'application/manifest+json'],
    ['/sw.js', '', 'text/javascript; charset=utf-8'],
  ] as const;

const APP_CSP = `${CSP}; frame-ancestors 'none'`;
const EMBED_CSP = `${CSP}; frame-ancestors *`;

describe('nginx with deploy/nginx', () => {
  it('sends the security headers on the app, its files and its 404s', async () => {
    for (const path of ['/', '/index.html', SCRIPT(), '/data/editions.json', '/nonexistent.js']) {
      const { headers } = await get(url(path), { 'accept-encoding': 'gzip' });
      const where = `${path}: `;
      expect(headers['strict-transport-security'], `${where}HSTS`).toBe('max-age=31536000');
      expect(headers['x-content-type-options'], `${where}nosniff`).toBe('nosniff');
      expect(headers['referrer-policy'], `${where}Referrer-Policy`).toBe('same-origin');
      expect(headers['permissions-policy'], `${where}Permissions-Policy`).toMatch(
        /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
      );
      expect(headers['cross-origin-opener-policy'], `${where}COOP`).toBe('same-origin');
      expect(headers['content-security-policy'], `${where}CSP`).toBe(APP_CSP);
      expect(headers['x-frame-options'], `${where}X-Frame-Options`).toBe('DENY');
      expect(headers['x-robots-tag'], `${where}X-Robots-Tag`).toBeUndefined();
      expect(headers.server, `${where}no version in Server`).toBe('nginx');
    }
  });

  it('the CSP header is the <meta> policy of index.html plus frame-ancestors', async () => {
    const html = (await get(url('/'))).body.toString('utf8');
    const meta = html
      .match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]
      ?.replace(/&#39;/g, "'");
    expect(meta).toBe(CSP);
    expect((await get(url('/'))).headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('the embed page may be framed by any site and is not indexed', async () => {
    const { status, headers, body } = await get(url('/embed.html?country=NGA'), { 'accept-encoding': 'br' });
    expect(status).toBe(200);
    expect(headers['content-security-policy']).toBe(EMBED_CSP);
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['x-robots-tag']).toBe('noindex');
    expect(brotliDecompressSync(body).toString('utf8')).toContain('<meta name="robots" content="noindex" />');
    expect(headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('sends every text file as brotli, gzip or as it is, as the client asks, with its type and Vary', async () => {
    const rows: string[] = [];
    for (const [path, file, type] of KINDS()) {
      const original = readFileSync(join(distDir(), file || path));
      const br = await get(url(path), { 'accept-encoding': 'gzip, deflate, br, zstd' });
      const gz = await get(url(path), { 'accept-encoding': 'gzip, deflate' });
      const plain = await get(url(path));
      const brRefused = await get(url(path), { 'accept-encoding': 'br;q=0, gzip' });
      for (const [name, r] of [
        ['br', br],
        ['gzip', gz],
        ['identity', plain],
        ['br;q=0', brRefused],
      ] as const) {
        expect(r.status, `${path} ${name}`).toBe(200);
        expect(r.headers['content-type'], `${path} ${name} type`).toBe(type);
        expect(r.headers.vary, `${path} ${name} Vary`).toBe('Accept-Encoding');
      }
      expect(br.headers['content-encoding'], `${path} br`).toBe('br');
      expect(brotliDecompressSync(br.body).equals(original), `${path} br body`).toBe(true);
      expect(gz.headers['content-encoding'], `${path} gzip`).toBe('gzip');
      expect(gunzipSync(gz.body).equals(original), `${path} gzip body`).toBe(true);
      expect(plain.headers['content-encoding'], `${path} identity`).toBeUndefined();
      expect(plain.body.equals(original), `${path} identity body`).toBe(true);
      expect(brRefused.headers['content-encoding'], `${path} br;q=0`).toBe('gzip');
      rows.push(`${path}: ${original.length} B, br ${br.body.length} B, gzip ${gz.body.length} B`);
    }
    console.log(rows.join('\n'));
  });

  it('hashed assets are cached for a year, everything else is revalidated (ETag -> 304)', async () => {
    for (const path of [SCRIPT(), STYLES(), WORKER()]) {
      expect((await get(url(path))).headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
      const br = await get(url(path), { 'accept-encoding': 'br' });
      expect(br.headers['cache-control'], `${path} br`).toBe('public, max-age=31536000, immutable');
    }
    for (const path of [
      '/',
      '/index.html',
      '/embed.html',
      '/sw.js',
      '/manifest.webmanifest',
      '/data/editions.json',
      '/data/programmes.json',
      '/geo/countries.geojson',
    ]) {
      for (const encoding of ['br', 'gzip', '']) {
        const first = await get(url(path), encoding ? { 'accept-encoding': encoding } : {});
        expect(first.headers['cache-control'], `${path} ${encoding}`).toBe('no-cache');
        const etag = first.headers.etag ?? '';
        expect(etag, `${path} ${encoding} ETag`).toBeTruthy();
        const again = await get(url(path), {
          'if-none-match': etag,
          ...(encoding ? { 'accept-encoding': encoding } : {}),
        });
        expect(again.status, `${path} ${encoding} revalidated`).toBe(304);
      }
    }
    // Each encoding is its own file with its own ETag: a cache never answers br with gzip's tag.
    const tags = await Promise.all(
      ['br', 'gzip', ''].map(
        async (e) => (await get(url('/data/programmes.json'), { 'accept-encoding': e })).headers.etag,
      ),
    );
    expect(new Set(tags).size).toBe(3);
  });

  it('unknown paths are 404 (no app page, no fallback, not cached for a year), directories are not listed', async () => {
    const index = (await get(url('/'))).body.toString('utf8');
    for (const path of [
      '/nonexistent.js',
      '/nonexistent',
      '/country/NGA',
      '/assets/main-00000000.js',
      '/data/missing.json',
      '/assets/',
      '/data/',
      '/geo/',
      '/index.html.br',
      '/data/programmes.json.gz',
      '/.git/config',
      '/../package.json',
    ]) {
      const r = await get(url(path), { 'accept-encoding': 'gzip, br' });
      expect(r.status, path).toBe(404);
      const text = r.body.toString('utf8');
      expect(text, `${path} is not the app`).not.toBe(index);
      expect(text, `${path} lists nothing`).not.toMatch(/Index of/i);
      expect(r.headers['cache-control'], `${path} Cache-Control`).toBeUndefined();
      expect(r.headers['content-security-policy'], `${path} CSP`).toBe(APP_CSP);
    }
  });
});
