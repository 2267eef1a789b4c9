/**
 * Place mentions in a span of text, with same-named places (Sinjar in Iraq and in Syria) resolved from context:
 * the countries and provinces the sentence names (directly, or through places that are not ambiguous), then
 * those of the whole article, then the larger place.
 */
import type { PlaceMention, Span } from '../types.ts';
import { ACTOR_TAG, type CompiledLexicon, type CompiledPlace } from './compileLexicon.ts';
import { describesSomeoneElse, insideLonger } from './findActors.ts';
import { tokenize, type Token } from './tokens.ts';
import { matchRange, scanTokens, type TrieMatch } from './trieMatcher.ts';

/** Weights of the context clues: a clue in the same sentence outweighs any number of article-level ones. */
const SENTENCE_WEIGHT = 100;
const ARTICLE_WEIGHT = 1;

function targetsOf(m: TrieMatch): number[] {
  return [...new Set(m.entries.map((e) => e.target))];
}

/**
 * Country and province names that the text points to, with how often: through unambiguous place names ("near
 * Mosul" → Iraq, Nineveh) and country adjectives ("the Iraqi town of …" → Iraq).
 */
function contextOf(lex: CompiledLexicon, tokens: readonly Token[], matches: readonly TrieMatch[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (name: string | null): void => {
    if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  for (const m of matches) {
    const targets = targetsOf(m);
    if (targets.length !== 1) continue;
    const p = lex.places[targets[0] ?? -1];
    if (p === undefined) continue;
    add(p.country);
    add(p.province);
    if (p.kind === 'province') add(p.name);
  }
  for (const m of scanTokens(lex.demonymMatcher, tokens, () => true))
    add(lex.places[m.entries[0]?.target ?? -1]?.country ?? null);
  return counts;
}

function score(p: CompiledPlace, sentence: ReadonlyMap<string, number>, article: ReadonlyMap<string, number>): number {
  const clue = (ctx: ReadonlyMap<string, number>): number =>
    (ctx.get(p.country) ?? 0) + (p.province === null ? 0 : (ctx.get(p.province) ?? 0));
  return clue(sentence) * SENTENCE_WEIGHT + clue(article) * ARTICLE_WEIGHT;
}

/**
 * Place mentions inside span, in text order, non-overlapping. `articleText` (the whole article) lets a name
 * that the sentence leaves ambiguous be resolved from the rest of the article.
 */
export function findPlaces(lex: CompiledLexicon, text: string, span: Span, articleText?: string): PlaceMention[] {
  const tokens = tokenize(text, span);
  // Names inside a longer actor name are part of it: "Islamic State of Iraq and the Levant" is no place.
  const actors = scanTokens(lex.actorMatcher, tokens, (e) => e.tag !== ACTOR_TAG.qualifier);
  const matches = scanTokens(
    lex.placeMatcher,
    tokens,
    (_e, first, last) => !insideLonger(actors, first, last) && !describesSomeoneElse(lex, text, tokens, last),
  );
  // Context is only needed for a name that several places share: computed on the first one.
  let sentence: Map<string, number> | null = null;
  let article: Map<string, number> | null = null;
  const out: PlaceMention[] = [];
  for (const m of matches) {
    const candidates = targetsOf(m)
      .map((t) => ({ t, p: lex.places[t] }))
      .filter((c): c is { t: number; p: CompiledPlace } => c.p !== undefined);
    if (candidates.length > 1 && sentence === null) {
      sentence = contextOf(lex, tokens, matches);
      if (articleText === undefined) article = new Map();
      else {
        const all = tokenize(articleText, { start: 0, end: articleText.length });
        article = contextOf(
          lex,
          all,
          scanTokens(lex.placeMatcher, all, () => true),
        );
      }
    }
    const ranked = candidates
      .map((c) => ({ ...c, s: candidates.length > 1 ? score(c.p, sentence ?? new Map(), article ?? new Map()) : 0 }))
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
