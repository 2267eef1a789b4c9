/**
 * What one extraction worker thread does (bundled by bundleWorker.ts; tinypool calls its default export): extract
 * a batch of articles with the default config. The lexicon arrives raw in the pool's workerData and is compiled
 * once per worker, on the first batch; the cross-article refiners are not run here but on the main thread, over
 * all batches in input order.
 */
import Tinypool from 'tinypool';
import type { Article } from '../../src/model/index.ts';
import {
  bindLexiconStages,
  createDefaultConfig,
  extractArticle,
  type ArticleExtraction,
  type StagesFor,
} from '../../src/pipeline/index.ts';
import { compileLexicon, type RawLexicon } from '../../src/pipeline/lexicon/index.ts';

const config = createDefaultConfig();
let stages: StagesFor | null = null;

export function extractBatch(articles: readonly Article[]): ArticleExtraction[] {
  stages ??= bindLexiconStages(compileLexicon(Tinypool.workerData as RawLexicon));
  const bound = stages;
  return articles.map((article) => extractArticle(article, bound, config));
}

export default extractBatch;
