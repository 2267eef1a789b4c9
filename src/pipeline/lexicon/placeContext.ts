/**
 * What a text says about where it is: the country and province names it points to, with how often. Used to tell
 * same-named places apart (Sinjar in Iraq or Syria) and to read "government forces" as the government of the
 * country the text is about.
 */
import type { Span } from '../types.ts';
import { placeAt, type CompiledLexicon, type CompiledPlace } from './compileLexicon.ts';
import { gazetteerMatchAt } from './gazetteer.ts';
import { isCommonWord, namesPerson, PROMINENT_POPULATION, writesOwnName } from './placeReading.ts';
import { tokenize, tokenizeText, tokensIn, type TextTokens, type Token } from './tokens.ts';
import { scanTokens, type TrieMatch } from './trieMatcher.ts';

export type PlaceContext = ReadonlyMap<string, number>;

function targetsOf(m: TrieMatch): number[] {
  return [...new Set(m.entries.map((e) => e.target))];
}

/**
 * Country and province names that `tokens` point to: through unambiguous place names ("near Mosul" → Iraq,
 * Nineveh) and country adjectives ("the Iraqi town of …" → Iraq). `places` are the place matches of the tokens.
 */
export function contextOf(lex: CompiledLexicon, tokens: readonly Token[], places: readonly TrieMatch[]): PlaceContext {
  const counts = new Map<string, number>();
  const add = (name: string | null): void => {
    if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  for (const m of places) {
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
  addGazetteerClues(lex, tokens, places, add);
  return counts;
}

/**
 * Clues from the world gazetteer: names read as places without the article's support (countries, divisions,
 * large cities that are no English word and no person), when they point to one country. Names the curated
 * matches cover are theirs.
 */
function addGazetteerClues(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  curated: readonly TrieMatch[],
  add: (name: string | null) => void,
): void {
  const g = lex.gazetteer;
  if (g.size === 0) return;
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (c < curated.length && (curated[c] as TrieMatch).last < i) c += 1;
    const m = gazetteerMatchAt(g, tokens, i);
    if (m === null) continue;
    const overlapped = c < curated.length && (curated[c] as TrieMatch).first <= m.last;
    if (!overlapped && !isCommonWord(g, tokens, m.first, m.last) && !namesPerson(g, tokens, m.first, m.last)) {
      const reliable = m.targets
        .filter((t) => !m.alternates.has(t))
        .map((t) => placeAt(lex, t))
        // Only a name written as the place writes it: "Talin" points to no Tallinn.
        .filter((p) => p !== undefined && writesOwnName(p, tokens, m.first, m.last))
        .filter(
          (p): p is CompiledPlace =>
            p !== undefined && p.kind !== 'town' && (p.kind !== 'city' || p.population >= PROMINENT_POPULATION),
        );
      const countries = new Set(reliable.map((p) => p.country));
      if (countries.size === 1) {
        add(reliable[0]?.country ?? null);
        if (reliable.length === 1) add(reliable[0]?.province ?? null);
      }
    }
    i = m.last;
  }
}

/** The countries of the places `tokens` name unambiguously, with how often (no adjectives: see contextOf). */
export function countriesNamed(lex: CompiledLexicon, tokens: readonly Token[]): PlaceContext {
  const counts = new Map<string, number>();
  for (const m of scanTokens(lex.placeMatcher, tokens, () => true)) {
    const targets = targetsOf(m);
    const country = targets.length === 1 ? lex.places[targets[0] ?? -1]?.country : undefined;
    if (country !== undefined) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/** The context of `text[span]` (the whole text when no span is given). */
export function placeContext(lex: CompiledLexicon, text: string, span?: Span): PlaceContext {
  const tokens = tokenize(text, span ?? { start: 0, end: text.length });
  return contextOf(
    lex,
    tokens,
    scanTokens(lex.placeMatcher, tokens, () => true),
  );
}

/**
 * What the lexicon stages compute once per article and share: the article's tokens (each span's tokens are cut
 * from them), the place context of the whole text, and the matcher scans of each span. Everything is computed on
 * first use and kept: every sentence of an article that holds an ambiguous name or a context alias asks for the
 * same article context, and recomputing it per sentence makes an article's cost grow with the square of its
 * length; the actor and place stages read the same sentence, and event typing reads its clauses.
 */
export interface ArticleContext {
  readonly text: string;
  readonly places: () => PlaceContext;
  /** countriesNamed over the whole text. */
  readonly countries: () => PlaceContext;
  /** tokenize(text, span), memoised per span. */
  readonly tokens: (span: Span) => readonly Token[];
  /**
   * compute(tokens), memoised per tokens array (from `tokens`) and name. The name must say everything compute
   * depends on besides the tokens and the lexicon.
   */
  readonly memo: <T>(tokens: readonly Token[], name: string, compute: () => T) => T;
}

export function articleContext(lex: CompiledLexicon, text: string): ArticleContext {
  let places: PlaceContext | null = null;
  let countries: PlaceContext | null = null;
  let textTokens: TextTokens | null = null;
  const bySpan = new Map<string, readonly Token[]>();
  const memos = new WeakMap<readonly Token[], Map<string, unknown>>();
  const tokens = (span: Span): readonly Token[] => {
    const key = `${span.start}:${span.end}`;
    let found = bySpan.get(key);
    if (found === undefined) {
      textTokens ??= tokenizeText(text);
      found = tokensIn(textTokens, span);
      bySpan.set(key, found);
    }
    return found;
  };
  return {
    text,
    places: () => {
      if (places === null) {
        const all = tokens({ start: 0, end: text.length });
        places = contextOf(
          lex,
          all,
          scanTokens(lex.placeMatcher, all, () => true),
        );
      }
      return places;
    },
    countries: () => (countries ??= countriesNamed(lex, tokens({ start: 0, end: text.length }))),
    tokens,
    memo: <T>(tokens: readonly Token[], name: string, compute: () => T): T => {
      let forTokens = memos.get(tokens);
      if (forTokens === undefined) {
        forTokens = new Map();
        memos.set(tokens, forTokens);
      }
      if (forTokens.has(name)) return forTokens.get(name) as T;
      const value = compute();
      forTokens.set(name, value);
      return value;
    },
  };
}

/** The tokens of `text[span]`: from the article context when it is for this text, else tokenized here. */
export function tokensFor(text: string, span: Span, article: string | ArticleContext | undefined): readonly Token[] {
  return typeof article === 'object' && article.text === text ? article.tokens(span) : tokenize(text, span);
}

/** compute(), through the article context's memo when there is one. */
export function memoFor<T>(
  article: string | ArticleContext | undefined,
  tokens: readonly Token[],
  name: string,
  compute: () => T,
): T {
  return typeof article === 'object' ? article.memo(tokens, name, compute) : compute();
}

/** The article context a caller passed: a ready one, or one for the article text (none when neither is given). */
export function articleContextOf(lex: CompiledLexicon, article: string | ArticleContext | undefined): PlaceContext {
  if (article === undefined) return new Map();
  return typeof article === 'string' ? placeContext(lex, article) : article.places();
}
