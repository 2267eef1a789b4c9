/**
 * Place mentions in a span of text, with same-named places (Sinjar in Iraq and in Syria) resolved from context:
 * the countries and provinces the sentence names (directly, or through places that are not ambiguous), then
 * those of the whole article, then the larger place.
 */
import type { PlaceMention, Span } from '../types.ts';
import { ACTOR_TAG, type CompiledLexicon, type CompiledPlace } from './compileLexicon.ts';
import { describesSomeoneElse, insideLonger } from './findActors.ts';
import {
  articleContextOf,
  contextOf,
  memoFor,
  tokensFor,
  type ArticleContext,
  type PlaceContext,
} from './placeContext.ts';
import { matchRange, scanTokens, type TrieMatch } from './trieMatcher.ts';

/** Weights of the context clues: a clue in the same sentence outweighs any number of article-level ones. */
const SENTENCE_WEIGHT = 100;
const ARTICLE_WEIGHT = 1;

function targetsOf(m: TrieMatch): number[] {
  return [...new Set(m.entries.map((e) => e.target))];
}

function score(p: CompiledPlace, sentence: PlaceContext, article: PlaceContext): number {
  const clue = (ctx: PlaceContext): number =>
    (ctx.get(p.country) ?? 0) + (p.province === null ? 0 : (ctx.get(p.province) ?? 0));
  return clue(sentence) * SENTENCE_WEIGHT + clue(article) * ARTICLE_WEIGHT;
}

/**
 * Place mentions inside span, in text order, non-overlapping. `article` (the whole article text, or its
 * `articleContext` to compute that context once per article) lets a name that the sentence leaves ambiguous be
 * resolved from the rest of the article.
 */
export function findPlaces(
  lex: CompiledLexicon,
  text: string,
  span: Span,
  article?: string | ArticleContext,
): PlaceMention[] {
  const tokens = tokensFor(text, span, article);
  // Names inside a longer actor name are part of it: "Islamic State of Iraq and the Levant" is no place.
  const actors = memoFor(article, tokens, 'actors without qualifiers', () =>
    scanTokens(lex.actorMatcher, tokens, (e) => e.tag !== ACTOR_TAG.qualifier),
  );
  const matches = scanTokens(
    lex.placeMatcher,
    tokens,
    (_e, first, last) => !insideLonger(actors, first, last) && !describesSomeoneElse(lex, text, tokens, last),
  );
  // Context is only needed for a name that several places share: computed on the first one.
  let sentence: PlaceContext | null = null;
  let articleClues: PlaceContext | null = null;
  const out: PlaceMention[] = [];
  for (const m of matches) {
    const candidates = targetsOf(m)
      .map((t) => ({ t, p: lex.places[t] }))
      .filter((c): c is { t: number; p: CompiledPlace } => c.p !== undefined);
    if (candidates.length > 1 && sentence === null) {
      sentence = contextOf(lex, tokens, matches);
      articleClues = articleContextOf(lex, article);
    }
    const ranked = candidates
      .map((c) => ({
        ...c,
        s: candidates.length > 1 ? score(c.p, sentence ?? new Map(), articleClues ?? new Map()) : 0,
      }))
      .sort((a, b) => b.s - a.s || b.p.population - a.p.population || a.t - b.t);
    const chosen = ranked[0]?.p;
    if (chosen === undefined) continue;
    const range = matchRange(text, tokens, m, span.end);
    out.push({
      ...range,
      text: text.slice(range.start, range.end),
      place: { name: chosen.name, lat: chosen.lat, lon: chosen.lon, country: chosen.country, kind: chosen.kind },
    });
  }
  return out;
}
