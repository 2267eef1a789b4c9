/**
 * `npm run extract` starts here: it runs scripts/extract.ts from a prebuilt bundle (build/extract/extract.mjs)
 * instead of through tsx. tsx transforms every TypeScript module of the pipeline at each start and keeps an
 * esbuild service beside the run; the bundle is one plain ES module that Node loads at once.
 *
 * The bundle is rebuilt with esbuild when it is missing or stale: the manifest beside it lists every file that
 * went into it (esbuild's metafile) with its size and modification time, and any change (an edited source, a
 * new dependency version, another Node) rebuilds it before the run. The extraction worker is bundled with it, so
 * `--workers` starts its threads without bundling anything at run time.
 *
 * The bundle is split into chunks at the CLI's dynamic imports: the entry and the lexicon's modules (about 1 MB)
 * are all Node parses before the lexicon is loaded. As one 6.5 MB file, the pipeline's modules (chrono, the
 * lemmatizer's word lists, linkedom) were parsed before main() ran: about 0.3 s of CPU before the lexicon, which
 * issue 11 wants loaded within a second of the start.
 *
 * Plain JavaScript because it must run before anything can compile TypeScript.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'build', 'extract');
const MANIFEST = join(OUT_DIR, 'manifest.json');
const ENTRIES = { extract: 'scripts/extract.ts', 'extract-worker': 'scripts/lib/extractWorkerTask.ts' };
/** Bumped when the build options below change, so that an old bundle is not taken for a current one. */
const BUILD_VERSION = 3;

function isFresh() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return false;
  }
  if (manifest.version !== BUILD_VERSION || manifest.node !== process.version) return false;
  for (const [file, { size, mtimeMs }] of Object.entries(manifest.inputs)) {
    const info = statSync(join(ROOT, file), { throwIfNoEntry: false });
    if (info === undefined || info.size !== size || info.mtimeMs !== mtimeMs) return false;
  }
  return true;
}

async function build() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    process.stderr.write(
      'extract: the prebuilt bundle is missing or out of date and esbuild is not installed; run npm ci\n',
    );
    process.exit(3);
  }
  // Built into a temporary folder, then each file renamed into place (the manifest last): a run that starts
  // meanwhile loads a whole file, and two runs that build at once write the same bytes.
  const temp = `${OUT_DIR}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ENTRIES,
      outdir: temp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      // Chunks are named for their content's hash (esbuild's default): a run that started on the previous build
      // never loads a chunk of the next one.
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      metafile: true,
      logLevel: 'silent',
      legalComments: 'none',
      // esbuild: only bundleWorker.ts imports it, on the tsx path that the bundle never takes. tinypool finds its
      // thread entry file beside its own module, so it stays in node_modules.
      external: ['esbuild', 'tinypool'],
      // The worker is a file beside the bundle, not bundled again at run time (see parallelExtract.ts).
      // The repository's root from the bundle's folder: where the lexicon's prebuilt index is (extract.ts).
      define: {
        __CT_PREBUILT_WORKER__: JSON.stringify('./extract-worker.mjs'),
        __CT_REPO_ROOT__: JSON.stringify('../../'),
      },
      // CommonJS dependencies bundled into an ES module need a `require`.
      banner: {
        js: "import { createRequire as __ctRequire } from 'node:module'; const require = __ctRequire(import.meta.url);",
      },
    });
    const inputs = {};
    // This file too: its build options shape the bundle.
    for (const file of [...Object.keys(result.metafile.inputs), relative(ROOT, fileURLToPath(import.meta.url))]) {
      const info = statSync(join(ROOT, file));
      inputs[relative(ROOT, join(ROOT, file))] = { size: info.size, mtimeMs: info.mtimeMs };
    }
    writeFileSync(
      join(temp, 'manifest.json'),
      JSON.stringify({ version: BUILD_VERSION, node: process.version, inputs }),
    );
    mkdirSync(OUT_DIR, { recursive: true });
    const written = Object.keys(result.metafile.outputs).map((file) => relative(temp, join(ROOT, file)));
    // Chunks first, then the entries that import them, the manifest last.
    const entries = Object.keys(ENTRIES).map((e) => `${e}.mjs`);
    for (const name of [...written.filter((f) => !entries.includes(f)), ...entries, 'manifest.json']) {
      renameSync(join(temp, name), join(OUT_DIR, name));
    }
    // Chunks of earlier builds: nothing imports them any more (a run still loading one would have started
    // before this build, within the second its imports take).
    for (const name of readdirSync(OUT_DIR))
      if (name.endsWith('.mjs') && !written.includes(name)) rmSync(join(OUT_DIR, name), { force: true });
  } finally {
    rmSync(temp, { recursive: true, force: true });
    // The build's esbuild service would otherwise live as long as the run.
    await esbuild.stop();
  }
}

if (!isFresh()) await build();
await import(pathToFileURL(join(OUT_DIR, 'extract.mjs')).href);
