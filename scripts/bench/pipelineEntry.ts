/**
 * How the benchmark reaches the extraction pipeline: the same three calls as scripts/extract.ts
 * (readLexicon → compileLexicon → runPipeline with createDefaultConfig). The modules are loaded at run time
 * rather than imported statically, so the benchmark still runs, and says why a row is missing, while the
 * pipeline is being built or an entry point moves; each step names what it lacks.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article } from '../../src/model/index.ts';

const ROOT = new URL('../../', import.meta.url);
const MODULES = {
  pipeline: 'src/pipeline/index.ts',
  lexicon: 'src/pipeline/lexicon/index.ts',
  readLexicon: 'scripts/lib/readLexicon.ts',
  gazetteerIndexFile: 'scripts/lib/gazetteerIndexFile.ts',
  parallelExtract: 'scripts/lib/parallelExtract.ts',
} as const;

export interface LoadedPipeline {
  /** runPipeline over all articles; resolves to the number of events produced. */
  readonly run: (articles: readonly Article[]) => number;
  /** Time spent reading and compiling the lexicon, which the CLI does once before runPipeline. */
  readonly lexiconMs: number;
}

type Module = Record<string, unknown>;

async function load(rel: string): Promise<Module | string> {
  const path = fileURLToPath(new URL(rel, ROOT));
  if (!existsSync(path)) return `${rel} does not exist yet`;
  try {
    return (await import(pathToFileURL(path).href)) as Module;
  } catch (e) {
    return `${rel} does not load: ${String(e).split('\n')[0]}`;
  }
}

function fn(mod: Module, name: string, rel: string): ((...args: unknown[]) => unknown) | string {
  const f = mod[name];
  return typeof f === 'function' ? (f as (...args: unknown[]) => unknown) : `${rel} exports no ${name}`;
}

export async function loadPipeline(lexiconDir: string): Promise<LoadedPipeline | { readonly unavailable: string }> {
  const mods = {
    pipeline: await load(MODULES.pipeline),
    lexicon: await load(MODULES.lexicon),
    readLexicon: await load(MODULES.readLexicon),
  };
  for (const m of Object.values(mods)) if (typeof m === 'string') return { unavailable: m };
  const [pipeline, lexicon, reader] = [mods.pipeline, mods.lexicon, mods.readLexicon] as Module[];
  const runPipeline = fn(pipeline as Module, 'runPipeline', MODULES.pipeline);
  const createDefaultConfig = fn(pipeline as Module, 'createDefaultConfig', MODULES.pipeline);
  const compileLexicon = fn(lexicon as Module, 'compileLexicon', MODULES.lexicon);
  const readLexicon = fn(reader as Module, 'readLexicon', MODULES.readLexicon);
  for (const f of [runPipeline, createDefaultConfig, compileLexicon, readLexicon])
    if (typeof f === 'string') return { unavailable: f };
  const call = (f: typeof runPipeline, ...args: unknown[]): unknown => (f as (...a: unknown[]) => unknown)(...args);

  // The built-in lexicon's gazetteer is read from its prebuilt index, as `npm run extract` reads it (made by the
  // first run when missing): parsing gazetteer.json instead left about 100 MB more in the child's peak memory at
  // 1,000 articles, memory the CLI never takes. Another lexicon folder is read from its JSON, as the CLI does.
  const indexModule = await load(MODULES.gazetteerIndexFile);
  const indexFile = typeof indexModule === 'string' ? undefined : indexModule.GAZETTEER_INDEX_FILE;
  const builtIn = resolve(lexiconDir) === fileURLToPath(new URL('data/lexicon', ROOT));
  const options =
    builtIn && typeof indexFile === 'string' ? { gazetteerIndex: fileURLToPath(new URL(indexFile, ROOT)) } : {};
  const t0 = performance.now();
  let compiled: unknown;
  try {
    compiled = call(compileLexicon, call(readLexicon, lexiconDir, options));
  } catch (e) {
    return { unavailable: `lexicon: ${String((e as Error).message ?? e).split('\n')[0]}` };
  }
  const lexiconMs = performance.now() - t0;
  const config = call(createDefaultConfig);
  return {
    lexiconMs,
    run: (articles) => {
      const result = call(runPipeline, articles, compiled, config) as { events?: unknown };
      return Array.isArray(result.events) ? result.events.length : 0;
    },
  };
}

export interface LoadedWorkerPool {
  /** runPipelineInWorkers over all articles (pool start to pool end); resolves to the number of events. */
  readonly run: (articles: readonly Article[]) => Promise<number>;
}

/** The worker-pool path of `npm run extract -- --workers N`, reached the same way as loadPipeline. */
export async function loadWorkerPool(
  lexiconDir: string,
  workers: number,
): Promise<LoadedWorkerPool | { readonly unavailable: string }> {
  const parallel = await load(MODULES.parallelExtract);
  const reader = await load(MODULES.readLexicon);
  if (typeof parallel === 'string') return { unavailable: parallel };
  if (typeof reader === 'string') return { unavailable: reader };
  const runInWorkers = fn(parallel, 'runPipelineInWorkers', MODULES.parallelExtract);
  const readLexicon = fn(reader, 'readLexicon', MODULES.readLexicon);
  if (typeof runInWorkers === 'string') return { unavailable: runInWorkers };
  if (typeof readLexicon === 'string') return { unavailable: readLexicon };
  let raw: unknown;
  try {
    raw = readLexicon(lexiconDir);
  } catch (e) {
    return { unavailable: `lexicon: ${String((e as Error).message ?? e).split('\n')[0]}` };
  }
  return {
    run: async (articles) => {
      const result = (await runInWorkers(articles, raw, workers)) as { events?: unknown };
      return Array.isArray(result.events) ? result.events.length : 0;
    },
  };
}
