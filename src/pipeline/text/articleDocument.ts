/**
 * An article read once: what is left of it after the page furniture, its bounded sentences, and its words as
 * tokens (offsets into the text, folded spelling keys). Every matcher of the extraction reads from this one
 * document (actors, places and event triggers take their tokens from it) instead of each splitting and
 * tokenizing on its own, so an article's words are read once whatever the number of matchers and lexicon names.
 */
import type { Sentence, Span } from '../types.ts';
import { tokenizeText, tokensIn, type TextTokens, type Token } from '../lexicon/tokens.ts';
import { findBoilerplate, keptRegions, type BoilerplateRule, type ExcludedSpan } from './boilerplate.ts';
import { boundSentences, splitSentences } from './sentences.ts';

export interface ArticleDocument {
  readonly text: string;
  /** The sentences the stages read, in text order, outside the excluded parts, none longer than the bound. */
  readonly sentences: readonly Sentence[];
  /**
   * The tokens of text[span], exactly tokenize(text, span), cut from the whole text's tokens (made on first use).
   * The same span always gives the same array, so anything computed from a span's tokens can be kept with them.
   */
  readonly tokens: (span: Span) => readonly Token[];
}

/** A document over `text` whose sentences are already known (tests, and texts without furniture). */
export function articleDocument(text: string, sentences: readonly Sentence[]): ArticleDocument {
  let whole: TextTokens | null = null;
  const bySpan = new Map<number, Map<number, readonly Token[]>>();
  return {
    text,
    sentences,
    tokens: (span) => {
      let byEnd = bySpan.get(span.start);
      if (byEnd === undefined) {
        byEnd = new Map();
        bySpan.set(span.start, byEnd);
      }
      let found = byEnd.get(span.end);
      if (found === undefined) {
        whole ??= tokenizeText(text);
        found = tokensIn(whole, span);
        byEnd.set(span.end, found);
      }
      return found;
    },
  };
}

/** What reading an article's text gives besides the document: what was left out, and how many sentences were cut. */
export interface ReadDocument {
  readonly document: ArticleDocument;
  /** Parts of the text left out as page furniture or comments. */
  readonly excluded: readonly ExcludedSpan[];
  /** Run-on sentences cut into bounded pieces. */
  readonly cut: number;
}

/**
 * Reads an article: boilerplate first (a date in a footer must never reach a stage), then sentences in what is
 * kept, with run-on text cut into bounded pieces so that no stage sees an unbounded sentence (time stays linear).
 */
export function readDocument(
  text: string,
  title: string | null,
  boilerplate: readonly BoilerplateRule[],
): ReadDocument {
  const excluded = findBoilerplate(text, title, boilerplate);
  const bounded = boundSentences(text, splitSentences(text, keptRegions(text.length, excluded)));
  return { document: articleDocument(text, bounded.sentences), excluded, cut: bounded.cut };
}
