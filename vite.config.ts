import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Content-Security-Policy for the production build (docs/security.md):
 * everything from our own origin, no inline or eval'd script, MapLibre's
 * worker from self (or blob:, which MapLibre may use), images from self, data:
 * and blob: (PNG export). Dev keeps Vite's inline HMR preamble, so the meta tag
 * is only added to the build.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'migratiekaart-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The shipped typeface's Latin files (src/app/styles/fonts.css) start
 * downloading with the page, so the first view is painted in it and does not
 * re-flow when it arrives. Their names carry a content hash, known only once
 * the bundle is written, hence a plugin and not a line in index.html.
 */
function preloadFont(): Plugin {
  return {
    name: 'migratiekaart-preload-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Not into the bench's bare-MapLibre floor page, which has no interface text.
      handler: (_html, ctx) =>
        Object.keys(ctx.path.includes('floor') ? {} : (ctx.bundle ?? {}))
          .filter((f) => /source-sans-3-latin-(400|600|700)-normal-[\w-]+\.woff2$/.test(f))
          .sort()
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `/${f}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          })),
    },
  };
}

/**
 * MapLibre and the MapController (map/loadMapController.ts) are imported
 * dynamically, so the first render does not wait for them to run; without a
 * hint their download would start only once the entry had run. A
 * modulepreload starts it with the page's own scripts (run only when
 * imported), a preload does the same for the map's stylesheet. Taken from the
 * bundle's graph: the MapController chunk and what it imports that the page
 * does not load already.
 */
function preloadMap(): Plugin {
  type Chunk = { type: 'chunk'; fileName: string; imports: string[]; moduleIds: string[] } & {
    viteMetadata?: { importedCss: Set<string> };
  };
  const closure = (bundle: Record<string, unknown>, start: string[]) => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      const c = bundle[f] as Chunk | undefined;
      if (seen.has(f) || c?.type !== 'chunk') return;
      seen.add(f);
      c.imports.forEach(visit);
    };
    start.forEach(visit);
    return seen;
  };
  return {
    name: 'migratiekaart-preload-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const bundle = (ctx.bundle ?? {}) as Record<string, unknown>;
        // The app and the embed (one entry, which imports the map at start-up); not the bench's floor page.
        if (!/\/(index|embed)\.html$/.test(ctx.path) || !ctx.chunk) return [];
        // Not by its name: the MapController's chunk is shared (the embed and the export use it too).
        const map = Object.values(bundle).find(
          (c) =>
            (c as Chunk).type === 'chunk' && (c as Chunk).moduleIds.some((m) => m.endsWith('src/map/MapController.ts')),
        ) as Chunk | undefined;
        if (!map) throw new Error('preloadMap: no chunk holds src/map/MapController.ts');
        const loaded = closure(bundle, [ctx.chunk.fileName]);
        const scripts = [...closure(bundle, [map.fileName])].filter((f) => !loaded.has(f)).sort();
        const styles = scripts.flatMap((f) => [...((bundle[f] as Chunk).viteMetadata?.importedCss ?? [])]);
        return [
          ...scripts.map((f) => ({ rel: 'modulepreload', href: `/${f}`, crossorigin: '' })),
          // crossorigin as Vite's own <link rel=stylesheet> for a dynamic chunk has it, or it is fetched twice.
          ...styles.map((f) => ({ rel: 'preload', href: `/${f}`, as: 'style', crossorigin: '' })),
        ].map((attrs) => ({ tag: 'link', attrs, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * Offline: a service worker precaches the app shell, the compiled geo and data
 * files and MapLibre's worker, so a briefing survives a dead venue network.
 * Registration is done from our own module (src/app/offline.ts): no inline
 * script, so the CSP stays strict. 'prompt' lets the app say a newer version
 * is available instead of swapping code under a presenter.
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: null,
    includeAssets: ['favicon.svg', 'robots.txt'],
    manifest: {
      name: 'Migratiekaart',
      short_name: 'Migratiekaart',
      description: 'De migratie-inzet van Buitenlandse Zaken op de kaart',
      lang: 'nl',
      theme_color: '#01689b',
      background_color: '#ffffff',
      display: 'standalone',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // woff2: the shipped typeface; pbf: the map labels' glyph ranges (docs/design.md).
      globPatterns: ['**/*.{js,mjs,css,html,svg,json,geojson,webmanifest,txt,woff2,pbf}'],
      globIgnores: ['**/floor.html', '**/assets/floor-*'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      // Views live in the query string: /embed.html?country=NGA is the precached embed.html,
      // not a navigation the fallback would answer with the full app.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
    },
  }) as Plugin[];
}

// One config builds the app and (with BENCH=1) the bare-MapLibre floor page
// used by `npm run bench`, so both are bundled the same way.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadFont(), preloadMap(), ...offline()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        // The embed page for other sites (src/embed): map, legend and source line of one view.
        embed: resolve(import.meta.dirname, 'embed.html'),
        ...(process.env.BENCH ? { floor: resolve(import.meta.dirname, 'floor.html') } : {}),
      },
      output: {
        // React and MapLibre in chunks of their own: they change far less often than the app (a
        // release then re-downloads only the app's chunks), and the bench can tell the app's own
        // weight from theirs by file name (scripts/bench/transfer.ts).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Its JavaScript only: with its stylesheet in the group, the entry's CSS import made the page load
            // (and run) all of MapLibre before its first render (map/loadMapController.ts).
            { name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
