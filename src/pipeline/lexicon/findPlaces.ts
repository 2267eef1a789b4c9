/**
 * Place mentions in a span of text: the curated places and the world gazetteer's, each name read as a place only
 * where the text supports it (placeReading.ts), and same-named places (Sinjar in Iraq and in Syria; Georgia the
 * country and the US state) resolved from context: the countries and provinces the sentence names (directly, or
 * through places that are not ambiguous), then those of the whole article, then a country before anything else,
 * then the larger place.
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
import { candidatesOf, placeMatchesAt, type PlaceMatch } from './placeScan.ts';
import {
  continuesAsName,
  cueAround,
  focusOf,
  isCommonWord,
  namesPerson,
  readsAsPlace,
  writesOwnName,
} from './placeReading.ts';
import type { Token } from './tokens.ts';
import { matchRange, scanTokens } from './trieMatcher.ts';
import { placeLocation } from './placeLocation.ts';

/** Weights of the context clues: a clue in the same sentence outweighs any number of article-level ones. */
const SENTENCE_WEIGHT = 100;
const ARTICLE_WEIGHT = 1;
/** Without clues, a country before anything of the same name ("Georgia", not the US state). */
const KIND_RANK: Readonly<Record<string, number>> = { country: 1 };

function score(p: CompiledPlace, sentence: PlaceContext, article: PlaceContext): number {
  const clue = (ctx: PlaceContext): number =>
    (ctx.get(p.country) ?? 0) + (p.province === null ? 0 : (ctx.get(p.province) ?? 0));
  return clue(sentence) * SENTENCE_WEIGHT + clue(article) * ARTICLE_WEIGHT;
}

/**
 * Place mentions inside span, in text order, non-overlapping. `article` (the whole article text, or its
 * `articleContext` to compute that context once per article) lets a name that the sentence leaves ambiguous be
 * resolved from the rest of the article, and gives the focus that a small or word-like gazetteer name needs.
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
  const free = (first: number, last: number): boolean =>
    !insideLonger(actors, first, last) && !describesSomeoneElse(lex, text, tokens, last);
  // Context is only needed for an ambiguous or gazetteer name: computed on the first one.
  let clues: { sentence: PlaceContext; article: PlaceContext } | null = null;
  const cluesNow = (): { sentence: PlaceContext; article: PlaceContext } => {
    clues ??= {
      sentence: contextOf(
        lex,
        tokens,
        scanTokens(lex.placeMatcher, tokens, (_e, first, last) => free(first, last)),
      ),
      article: articleContextOf(lex, article),
    };
    return clues;
  };
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let chosen: { m: PlaceMatch; p: CompiledPlace } | null = null;
    for (const m of placeMatchesAt(lex, tokens, i, (_e, first, last) => free(first, last), free)) {
      chosen = choose(lex, text, tokens, m, cluesNow);
      if (chosen !== null) break;
    }
    if (chosen === null) continue;
    const { m, p } = chosen;
    const range = matchRange(text, tokens, { first: m.first, last: m.last, entries: [] }, span.end);
    out.push({
      ...range,
      text: text.slice(range.start, range.end),
      place: { ...placeLocation(p), kind: p.kind },
    });
    i = m.last;
  }
  return out;
}

/**
 * The place a match names, or null when it is read as no place: a person's name (placeReading.ts rule 1), or
 * gazetteer places the text does not support (rules 2-4). Among the rest: the context clues, then a country
 * before anything else, then the larger place.
 */
function choose(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  m: PlaceMatch,
  clues: () => { sentence: PlaceContext; article: PlaceContext },
): { m: PlaceMatch; p: CompiledPlace } | null {
  const g = lex.gazetteer;
  if (namesPerson(g, tokens, m.first, m.last)) return null;
  let candidates = candidatesOf(lex, m);
  if (candidates.some((c) => c.p.gazetteer)) {
    const { sentence, article } = clues();
    const word = isCommonWord(g, tokens, m.first, m.last);
    const cue = cueAround(g, text, tokens, m.first, m.last);
    const continued = continuesAsName(g, tokens, m.last);
    candidates = candidates.filter(
      (c) =>
        !c.p.gazetteer ||
        readsAsPlace(c.p, {
          word,
          alternate: c.alternate || !writesOwnName(c.p, tokens, m.first, m.last),
          cue,
          focus: focusOf(c.p, sentence, article),
          continued,
        }),
    );
  }
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return { m, p: (candidates[0] as { p: CompiledPlace }).p };
  const { sentence, article } = clues();
  const ranked = candidates
    .map((c) => ({ ...c, s: score(c.p, sentence, article) }))
    .sort(
      (a, b) =>
        b.s - a.s ||
        (KIND_RANK[b.p.kind] ?? 0) - (KIND_RANK[a.p.kind] ?? 0) ||
        b.p.population - a.p.population ||
        a.t - b.t,
    );
  const best = ranked[0];
  return best === undefined ? null : { m, p: best.p };
}
