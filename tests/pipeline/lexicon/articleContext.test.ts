import { describe, expect, it } from 'vitest';
import { bindLexiconStages } from '../../../src/pipeline/config.ts';
import { articleContext, findActors, findPlaces } from '../../../src/pipeline/lexicon/index.ts';
import { articleDocument } from '../../../src/pipeline/text/articleDocument.ts';
import { splitSentences } from '../../../src/pipeline/text/sentences.ts';
import { lexicon } from './lexicon.ts';

/** The span of `sentence` inside `article`. */
function spanOf(article: string, sentence: string): { start: number; end: number } {
  const start = article.indexOf(sentence);
  return { start, end: start + sentence.length };
}

const SYRIAN = 'Rebels advanced in Idlib province on Monday. Government forces later shelled Sinjar.';
const IRAQI = 'Militants attacked Tal Afar in Nineveh. Government forces later shelled Sinjar.';
const LATER = 'Government forces later shelled Sinjar.';

describe('article context, built once per article', () => {
  it('is computed on first use and then reused', () => {
    const ctx = articleContext(lexicon(), SYRIAN);
    expect(ctx.places()).toBe(ctx.places());
    expect(ctx.places().get('Syria')).toBeGreaterThan(0);
  });

  it('gives the same mentions as passing the article text', () => {
    const lex = lexicon();
    for (const article of [SYRIAN, IRAQI]) {
      const span = spanOf(article, LATER);
      const ctx = articleContext(lex, article);
      expect(findPlaces(lex, article, span, ctx)).toEqual(findPlaces(lex, article, span, article));
      expect(findActors(lex, article, span, ctx)).toEqual(findActors(lex, article, span, article));
    }
  });

  it('does not carry one article’s context into the next through the bound stages', () => {
    const stagesFor = bindLexiconStages(lexicon());
    const read = (article: string): [string | null | undefined, string | undefined] => {
      const stages = stagesFor(articleDocument(article, splitSentences(article))).lexicon;
      const span = spanOf(article, LATER);
      return [stages.findPlaces(article, span)[0]?.place.country, stages.findActors(article, span)[0]?.actor];
    };
    expect(read(SYRIAN)).toEqual(['Syria', 'Syria']);
    expect(read(IRAQI)).toEqual(['Iraq', 'Iraq']);
    expect(read(SYRIAN)).toEqual(['Syria', 'Syria']);
  });
});
