/**
 * A synthetic corpus: articles 0..n-1 of the stream seeded with `seed`. Each article has its own derived seed,
 * so a corpus of 1,000 is exactly the first 1,000 articles of a corpus of 10,000, and articles can be produced
 * lazily (the 10,000-article benchmark never holds more than one in memory while writing).
 */
import { generateArticle, type ArticleOptions, type GeneratedArticle } from './article.ts';
import type { Vocabulary } from './vocabulary.ts';

export function* corpusArticles(
  n: number,
  seed: number,
  vocabulary: Vocabulary,
  options: ArticleOptions = {},
): Generator<GeneratedArticle> {
  for (let i = 0; i < n; i++) yield generateArticle(seed, i, vocabulary, options);
}
