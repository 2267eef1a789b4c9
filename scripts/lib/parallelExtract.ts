/**
 * runPipeline on several cores: the per-article work (boilerplate, sentences, dates, lexicon, assembly) runs in a
 * tinypool of worker threads, in batches; the cross-article refiners then run here, on the batches' results put
 * back in input order, so the result is the one runPipeline gives on one thread.
 */
import Tinypool from 'tinypool';
import type { Article } from '../../src/model/index.ts';
import {
  createDefaultConfig,
  refineExtractions,
  type ArticleExtraction,
  type PipelineResult,
  type RunOptions,
} from '../../src/pipeline/index.ts';
import type { RawLexicon } from '../../src/pipeline/lexicon/index.ts';
import { bundleWorker, type BundledWorker } from './bundleWorker.ts';

/**
 * Set by scripts/run-extract.mjs when it bundles the CLI: the worker bundle's path beside the CLI bundle. Under
 * tsx (tests, benchmarks) it is not defined, and the worker is bundled when the pool starts.
 */
declare const __CT_PREBUILT_WORKER__: string | undefined;

async function workerBundle(): Promise<BundledWorker> {
  if (typeof __CT_PREBUILT_WORKER__ === 'string') {
    return { url: new URL(__CT_PREBUILT_WORKER__, import.meta.url).href, dispose: () => undefined };
  }
  return bundleWorker(new URL('./extractWorkerTask.ts', import.meta.url));
}

/**
 * Articles per task: small enough that both threads stay busy to the end and progress moves, large enough that
 * the messaging cost per article stays small.
 */
function batchSize(articles: number, workers: number): number {
  return Math.max(1, Math.min(100, Math.ceil(articles / (workers * 8))));
}

export async function runPipelineInWorkers(
  articles: readonly Article[],
  rawLexicon: RawLexicon,
  workers: number,
  options: RunOptions = {},
): Promise<PipelineResult> {
  const size = batchSize(articles.length, workers);
  const batches: Article[][] = [];
  for (let i = 0; i < articles.length; i += size) batches.push(articles.slice(i, i + size));
  const threads = Math.max(1, Math.min(workers, batches.length));
  const worker = await workerBundle();
  const pool = new Tinypool({
    filename: worker.url,
    minThreads: threads,
    maxThreads: threads,
    workerData: rawLexicon,
  });
  let done = 0;
  try {
    const results = await Promise.all(
      batches.map(async (batch) => {
        const extracted = (await pool.run(batch)) as ArticleExtraction[];
        done += batch.length;
        options.onArticle?.(done, articles.length);
        return extracted;
      }),
    );
    return refineExtractions(results.flat(), createDefaultConfig(), options);
  } finally {
    await pool.destroy();
    worker.dispose();
  }
}
