/**
 * The extraction worker as one plain ES module, bundled by esbuild at pool start. A worker thread does not inherit
 * tsx's loader: loading the TypeScript pipeline through tsx in every thread (an esbuild service per thread, every
 * module transformed again) took about a second per pool start, longer than the per-article work it saves on a
 * few thousand articles. esbuild bundles the same sources in a fraction of that, once for all threads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BundledWorker {
  /** file: URL of the bundle, for the pool's `filename`. */
  readonly url: string;
  /** Removes the bundle's folder. */
  readonly dispose: () => void;
}

/**
 * Bundles `entry` (a TypeScript module whose default export is the worker's task) with everything it imports into
 * a temporary folder. Node builtins stay imports; CommonJS dependencies get a `require` from createRequire, which
 * an ES module bundle lacks.
 */
export async function bundleWorker(entry: URL): Promise<BundledWorker> {
  // Imported here, not at the top: the prebuilt CLI bundle never calls this, and does not ship esbuild.
  const { build, stop } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'conflict-timeline-worker-'));
  const outfile = join(dir, 'worker.mjs');
  try {
    await build({
      entryPoints: [fileURLToPath(entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as __ctRequire } from 'node:module'; const require = __ctRequire(import.meta.url);",
      },
    });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not bundle the extraction worker (${fileURLToPath(entry)}): ${(e as Error).message}`);
  } finally {
    // esbuild's service process would otherwise outlive the run in its process group (issue 14); the next
    // esbuild call, if any, starts a new one.
    await stop();
  }
  return {
    url: pathToFileURL(outfile).href,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
