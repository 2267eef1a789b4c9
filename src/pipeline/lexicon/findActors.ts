/**
 * Actor mentions in a span of text: lexicon aliases ("Daesh", "the Pentagon", "U.S.-led coalition") and
 * qualifiers before a force noun ("Russian warplanes", "Iraqi and Syrian armies").
 */
import type { ActorMention, Span } from '../types.ts';
import { ACTOR_TAG, type CompiledActor, type CompiledLexicon } from './compileLexicon.ts';
import {
  articleContextOf,
  contextOf,
  memoFor,
  tokensFor,
  type ArticleContext,
  type PlaceContext,
} from './placeContext.ts';
import { plainLetters } from './spellingKey.ts';
import type { Token } from './tokens.ts';
import { matchAt, matchRange, scanTokens, type MatchEntry, type TrieMatch } from './trieMatcher.ts';

/**
 * Words after which a country name is the place, not the actor: prepositions ("refugees in Turkey") and points of
 * the compass ("southern Turkey").
 */
// prettier-ignore
const LOCATIVE = new Set([
  'in', 'into', 'inside', 'across', 'throughout', 'near', 'within', 'toward', 'towards', 'northern',
  'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'northeast', 'northwest', 'southeast', 'southwest',
]);
const CONJUNCTION = new Set(['and', 'or']);
/** The gap of a possessive between two words: "Syria's army", "Iraq’s forces". */
const POSSESSIVE_GAP = /^['\u2019\u02bc]s\s+$/u;
/**
 * Hyphened words after a qualifier that keep it naming the actor: "Kurdish-led fighters" are Kurdish forces
 * (unlike "-backed", a proxy suffix: "Iran-backed militias" are not Iran).
 */
const LEADER_SUFFIXES = new Set(['led', 'dominated', 'commanded']);

/** The token after "Kurdish-led" when the qualifier ending at `last` carries such a suffix, else null. */
function leaderSuffixAfter(text: string, tokens: readonly Token[], last: number): number | null {
  const next = tokens[last + 1];
  if (next === undefined || !/^[-\u2010\u2011]$/u.test(gapBefore(text, tokens, last + 1))) return null;
  return LEADER_SUFFIXES.has(plainLetters(text.slice(next.start, next.end))) ? last + 2 : null;
}

/** How many coordinated qualifiers may stand before the shared noun ("Russian, Iranian and Syrian forces"). */
const MAX_COORDINATED = 4;

function gapBefore(text: string, tokens: readonly Token[], k: number): string {
  const prev = tokens[k - 1];
  const t = tokens[k];
  return prev === undefined || t === undefined ? '' : text.slice(prev.end, t.start);
}

/**
 * Where the force noun that completes a qualifier ending at token `last` ends, or null when none follows: the
 * noun comes next, or after "and"/"or"/"," and further qualifiers. A qualifier followed directly by another one
 * ("Syrian Kurdish forces") modifies it and is no mention of its own.
 */
function forceNounAfter(lex: CompiledLexicon, text: string, tokens: readonly Token[], last: number): number | null {
  let k = leaderSuffixAfter(text, tokens, last) ?? last + 1;
  for (let hop = 0; hop <= MAX_COORDINATED; hop++) {
    const t = tokens[k];
    if (t === undefined) return null;
    const gap = gapBefore(text, tokens, k);
    // "Syria's armed forces": a possessive binds a country to its forces like an adjective.
    const joined = t.joinsPrevious || (hop === 0 && POSSESSIVE_GAP.test(gap));
    if (joined && !gap.includes(',')) {
      const noun = matchAt(lex.forceNounMatcher, tokens, k, () => true);
      // A force noun belongs to the mention ("Russian warplanes"); an act noun does not ("Russian annexation").
      const forceNoun = noun?.entries.some((e) => e.target < lex.firstActNoun) === true;
      if (noun !== null) return hop === 0 && forceNoun ? noun.last : last;
    }
    let next = k;
    if (CONJUNCTION.has(plainLetters(text.slice(t.start, t.end)))) next = k + 1;
    else if (!/^\s*,\s*$/.test(gap)) return null;
    const q = matchAt(lex.actorMatcher, tokens, next, (e) => e.tag === ACTOR_TAG.qualifier);
    if (q === null) return null;
    k = q.last + 1;
  }
  return null;
}

/** "US-backed forces", "Iran-backed militias", "London-based monitor": the name describes someone else. */
export function describesSomeoneElse(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  last: number,
): boolean {
  const next = tokens[last + 1];
  if (next === undefined) return false;
  return /^[-\u2010\u2011]$/u.test(gapBefore(text, tokens, last + 1)) && lex.proxySuffixKeys.has(next.key);
}

/** Whether tokens first..last lie inside a longer match of `ranges` ("al-Asad" inside "Ain al-Asad air base"). */
export function insideLonger(ranges: readonly TrieMatch[], first: number, last: number): boolean {
  return ranges.some((r) => r.first <= first && last <= r.last && r.last - r.first > last - first);
}

function isLocative(text: string, tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.article) k -= 1;
  const prev = tokens[k];
  return prev !== undefined && LOCATIVE.has(plainLetters(text.slice(prev.start, prev.end)));
}

function accepts(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  places: readonly TrieMatch[],
  nounAfter: (last: number) => number | null,
  e: MatchEntry,
  first: number,
  last: number,
): boolean {
  if (describesSomeoneElse(lex, text, tokens, last)) return false;
  if (insideLonger(places, first, last)) return false;
  if (e.tag === ACTOR_TAG.placeName && isLocative(text, tokens, first)) return false;
  if (e.tag === ACTOR_TAG.qualifier) return nounAfter(last) !== null;
  return true;
}

/** A clue in the sentence outweighs any number in the rest of the article. */
const SENTENCE_WEIGHT = 1000;

/**
 * The actor a context alias ("government forces") names: the one whose country the sentence points to most, else
 * the article; null when neither decides.
 */
function byContext(
  lex: CompiledLexicon,
  entries: readonly MatchEntry[],
  sentence: PlaceContext,
  article: PlaceContext,
): CompiledActor | null {
  const score = (country: string): number =>
    (sentence.get(country) ?? 0) * SENTENCE_WEIGHT + (article.get(country) ?? 0);
  const ranked = entries
    .filter((e) => e.tag === ACTOR_TAG.contextual)
    .map((e) => lex.actors[e.target])
    .filter((a): a is CompiledActor => a !== undefined && a.country !== null)
    .map((a) => ({ a, s: score(a.country ?? '') }))
    .sort((x, y) => y.s - x.s);
  const [best, second] = ranked;
  if (best === undefined || best.s === 0 || (second !== undefined && second.s === best.s)) return null;
  return best.a;
}

/**
 * Actor mentions inside span, in text order, non-overlapping, with offsets into `text`. `article` (the whole
 * article text, or its `articleContext` to compute that context once per article) lets a context alias
 * ("government forces") be read when the sentence does not name the country.
 */
export function findActors(
  lex: CompiledLexicon,
  text: string,
  span: Span,
  article?: string | ArticleContext,
): ActorMention[] {
  const tokens = tokensFor(text, span, article);
  // Names inside a longer place name are part of it: "Ain al-Asad air base" holds no Assad.
  const places = memoFor(article, tokens, 'places', () => scanTokens(lex.placeMatcher, tokens, () => true));
  let context: { sentence: PlaceContext; article: PlaceContext } | null = null;
  const out: ActorMention[] = [];
  // Where the force noun after a qualifier ends, by the qualifier's last token: asked for every qualifier entry of
  // a match and again for the chosen one, always with the same answer.
  const nounEnds = new Map<number, number | null>();
  const nounAfter = (last: number): number | null => {
    let end = nounEnds.get(last);
    if (end === undefined) {
      end = forceNounAfter(lex, text, tokens, last);
      nounEnds.set(last, end);
    }
    return end;
  };
  const accept = (e: MatchEntry, first: number, last: number): boolean =>
    accepts(lex, text, tokens, places, nounAfter, e, first, last);
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(lex.actorMatcher, tokens, i, accept);
    if (m === null) continue;
    if (m.entries.some((e) => e.tag === ACTOR_TAG.notActor)) {
      i = m.last;
      continue;
    }
    // An alias beats a qualifier or context reading of the same words; among aliases the lexicon order decides.
    const entry =
      m.entries.find((e) => e.tag !== ACTOR_TAG.qualifier && e.tag !== ACTOR_TAG.contextual) ?? m.entries[0];
    if (entry === undefined) continue;
    let actor: CompiledActor | undefined = lex.actors[entry.target];
    if (entry.tag === ACTOR_TAG.contextual) {
      context ??= {
        sentence: contextOf(lex, tokens, places),
        article: articleContextOf(lex, article),
      };
      actor = byContext(lex, m.entries, context.sentence, context.article) ?? undefined;
    }
    if (actor === undefined) continue;
    const last = entry.tag === ACTOR_TAG.qualifier ? (nounAfter(m.last) ?? m.last) : m.last;
    const range = matchRange(text, tokens, { ...m, last }, span.end);
    out.push({ ...range, text: text.slice(range.start, range.end), actor: actor.name });
    i = last;
  }
  return out;
}
