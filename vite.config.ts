import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built site. Set only at build time: Vite's dev server injects an inline
 * React-refresh preamble that this policy (rightly) refuses. Styles set through CSSOM by React and d3 are not
 * inline style attributes, so style-src 'self' holds.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The events.json validator runs in a module worker served beside the app (no blob: or data: workers).
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, before any script or stylesheet: a meta policy covers only what follows it.
      handler: (html) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        if (!html.includes('<meta charset="utf-8" />')) throw new Error('index.html lost its charset meta');
        return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`);
      },
    },
  };
}

/**
 * The app runs no transitions, yet d3-zoom and d3-brush import d3-transition (with d3-timer, d3-ease, and
 * d3-interpolate's colour interpolators with d3-color): about 10 KB gzipped of the first screen. These two
 * packages resolve to small local modules that give the surface d3-zoom and d3-brush call when nothing animates
 * (src/app/views/lib/d3/, each says what and why; tests/app/d3NoTransition.test.ts drives zoom and brush through them).
 */
const D3_STAND_INS: Readonly<Record<string, string>> = {
  'd3-transition': fileURLToPath(new URL('./src/app/views/lib/d3/noTransition.ts', import.meta.url)),
  'd3-interpolate': fileURLToPath(new URL('./src/app/views/lib/d3/noInterpolate.ts', import.meta.url)),
};

function d3WithoutTransitions(): Plugin {
  return {
    name: 'd3-without-transitions',
    enforce: 'pre',
    resolveId: (source) => D3_STAND_INS[source] ?? null,
  };
}

/** Chunks imported on demand, by the module that starts them → the name their files carry. */
const ON_DEMAND_CHUNKS: Readonly<Record<string, string>> = {
  MapView: 'map',
  EventTable: 'event-list',
  DownloadMenuList: 'downloads',
  downloads: 'downloads',
  CorrectionFormBody: 'correction-form',
  parseInSlices: 'sliced-parse',
};

// base './' keeps every asset URL relative, so dist/ can be served from any path of any static host,
// and events.json beside index.html can be swapped without a rebuild.
//
// `vite build --mode bench` (what `npm run bench` runs) builds the same app plus bench.html, the page the
// bench-peers harness drives (issue 5's side-by-side benchmark), into dist-bench/. The product build
// (dist/) has index.html only: the benchmark page is no part of what users deploy.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), contentSecurityPolicy(), d3WithoutTransitions()],
  build: {
    outDir: mode === 'bench' ? 'dist-bench' : 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // The polyfill makes <link rel="modulepreload"> work in browsers that lack it; every browser Vite's default
    // target covers loads modules without it (it would only preload less), so it is dead weight on the first screen.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { main: 'index.html', ...(mode === 'bench' ? { bench: 'bench.html' } : {}) } as Record<string, string>,
      output: {
        // Everything the first screen runs (what the page's entry imports statically, '$initial') in one chunk
        // with the entry: left to itself Rolldown splits what the entry shares with an on-demand chunk (React, the
        // store, the data index) into chunks of their own, which the page then preloads as extra files, each
        // compressed apart (1.6 KB gzipped more). What loads on demand keeps chunks of its own, named below: the
        // map, when first shown (src/app/views/map/MapPanel.tsx); the event list, once the page is idle
        // (views/App.tsx); the Download menu with the downloads, on its first opening; the correction form, when asked for; the
        // sliced JSON parser, for a large events.json only (src/app/data/loadEventsFile.ts).
        // The bench build keeps Rolldown's default: with two entries (index.html, bench.html) the group would
        // capture both entry modules into the shared chunk, and each page would run the other's entry as well
        // (leaving the entries out of the group instead gave chunks that import the bench entry from index.html).
        codeSplitting: mode === 'bench' ? true : { groups: [{ name: 'app', tags: ['$initial'] }] },
        chunkFileNames: (c) => `assets/${ON_DEMAND_CHUNKS[c.name] ?? 'app'}-[hash].js`,
        // An on-demand chunk's stylesheet (MapView.tsx imports mapView.css) carries the chunk's name too.
        assetFileNames: (a) => {
          const chunk = ON_DEMAND_CHUNKS[(a.names[0] ?? '').replace(/\.css$/, '')];
          return chunk === undefined ? 'assets/[name]-[hash][extname]' : `assets/${chunk}-[hash][extname]`;
        },
      },
    },
  },
  // The events.json validator (src/app/data/validateEvents.worker.ts) is a module worker.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  test: {
    // Node by default; component tests opt into jsdom with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/helpers/setup.ts'],
    // d3-zoom and d3-brush go through Vite, so tests run them with the stand-ins the built app has.
    server: { deps: { inline: ['d3-zoom', 'd3-brush'] } },
    // Vitest's default is one worker per CPU less one: on CI's two cores, one, so every file ran after the other
    // while much of their time is spent waiting on a child process (the CLI tests spawn the extractor), on
    // Chromium, or on recheck's worker, with the second core idle. Two files at a time keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
}));
