/**
 * What a text says about where it is: the country and province names it points to, with how often. Used to tell
 * same-named places apart (Sinjar in Iraq or Syria) and to read "government forces" as the government of the
 * country the text is about.
 */
import type { Span } from '../types.ts';
import { articleDocument, type ArticleDocument } from '../text/articleDocument.ts';
import { ACTOR_TAG, placeAt, type CompiledLexicon, type CompiledPlace } from './compileLexicon.ts';
import { gazetteerMatchAt } from './gazetteer.ts';
import { isCommonWord, namesPerson, PROMINENT_POPULATION, writesOwnName } from './placeReading.ts';
import { tokenize, type Token } from './tokens.ts';
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

/**
 * The countries of the places `tokens` name unambiguously, with how often (no adjectives: see contextOf).
 * `places` are the place matches of the tokens, when the caller has them.
 */
export function countriesNamed(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  places: readonly TrieMatch[] = scanTokens(lex.placeMatcher, tokens, () => true),
): PlaceContext {
  const counts = new Map<string, number>();
  for (const m of places) {
    const targets = targetsOf(m);
    const country = targets.length === 1 ? lex.places[targets[0] ?? -1]?.country : undefined;
    if (country !== undefined && country !== null) counts.set(country, (counts.get(country) ?? 0) + 1);
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

/** The matcher scans of one span's tokens that several stages read: each computed on first use, then kept. */
export interface SpanScans {
  /** Every place-name match (placeMatcher, all entries). */
  readonly places: readonly TrieMatch[];
  /** Actor-name matches without the qualifier entries ("Kurdish", "Iraqi"). */
  readonly actors: readonly TrieMatch[];
  /** Actor-name matches, qualifiers included. */
  readonly actorsAndQualifiers: readonly TrieMatch[];
}

class LazySpanScans implements SpanScans {
  #places: readonly TrieMatch[] | null = null;
  #actors: readonly TrieMatch[] | null = null;
  #actorsAndQualifiers: readonly TrieMatch[] | null = null;

  constructor(
    private readonly lex: CompiledLexicon,
    private readonly tokens: readonly Token[],
  ) {}

  get places(): readonly TrieMatch[] {
    return (this.#places ??= scanTokens(this.lex.placeMatcher, this.tokens, () => true));
  }

  get actors(): readonly TrieMatch[] {
    return (this.#actors ??= scanTokens(this.lex.actorMatcher, this.tokens, (e) => e.tag !== ACTOR_TAG.qualifier));
  }

  get actorsAndQualifiers(): readonly TrieMatch[] {
    return (this.#actorsAndQualifiers ??= scanTokens(this.lex.actorMatcher, this.tokens, () => true));
  }
}

/** A value an article context keeps once per article, named by this key (typed, compared by identity). */
export interface ArticleSlot<T> {
  /** What the value is, for a reader of the code; the key's identity is what tells slots apart. */
  readonly what: string;
  readonly compute: (lex: CompiledLexicon, article: ArticleContext) => T;
}

/**
 * What the lexicon stages compute once per article and share, on top of the article's document (its sentences
 * and tokens): the place context of the whole text, the matcher scans of each span, and article-level slots. All
 * are computed on first use and kept: every sentence of an article that holds an ambiguous name or a context
 * alias asks for the same article context, and recomputing it per sentence makes an article's cost grow with the
 * square of its length; the actor and place stages read the same sentence, and event typing reads its clauses.
 */
export interface ArticleContext {
  readonly document: ArticleDocument;
  readonly text: string;
  readonly places: () => PlaceContext;
  /** countriesNamed over the whole text. */
  readonly countries: () => PlaceContext;
  /** The document's tokens of text[span] (the same array for the same span). */
  readonly tokens: (span: Span) => readonly Token[];
  /** The scans of `tokens` (an array from `tokens`), computed once per array. */
  readonly scans: (tokens: readonly Token[]) => SpanScans;
  /** slot.compute(lexicon, this article), computed once per article. */
  readonly once: <T>(slot: ArticleSlot<T>) => T;
}

/** The context of an article, from its document (or from its text alone, split into no sentences). */
export function articleContext(lex: CompiledLexicon, article: string | ArticleDocument): ArticleContext {
  const document = typeof article === 'string' ? articleDocument(article, []) : article;
  const { text } = document;
  let places: PlaceContext | null = null;
  let countries: PlaceContext | null = null;
  const scans = new WeakMap<readonly Token[], SpanScans>();
  const slots = new Map<ArticleSlot<unknown>, unknown>();
  const whole = (): readonly Token[] => document.tokens({ start: 0, end: text.length });
  const context: ArticleContext = {
    document,
    text,
    places: () => (places ??= contextOf(lex, whole(), context.scans(whole()).places)),
    countries: () => (countries ??= countriesNamed(lex, whole(), context.scans(whole()).places)),
    tokens: document.tokens,
    scans: (tokens) => {
      let found = scans.get(tokens);
      if (found === undefined) {
        found = new LazySpanScans(lex, tokens);
        scans.set(tokens, found);
      }
      return found;
    },
    once: <T>(slot: ArticleSlot<T>): T => {
      if (slots.has(slot)) return slots.get(slot) as T;
      const value = slot.compute(lex, context);
      slots.set(slot, value);
      return value;
    },
  };
  return context;
}

/** The tokens of `text[span]`: from the article context when it is for this text, else tokenized here. */
export function tokensFor(text: string, span: Span, article: string | ArticleContext | undefined): readonly Token[] {
  return typeof article === 'object' && article.text === text ? article.tokens(span) : tokenize(text, span);
}

/** The scans of `tokens`: the article context's, kept with the tokens, or computed here when there is none. */
export function scansFor(
  lex: CompiledLexicon,
  article: string | ArticleContext | undefined,
  tokens: readonly Token[],
): SpanScans {
  return typeof article === 'object' ? article.scans(tokens) : new LazySpanScans(lex, tokens);
}

/** The article context a caller passed: a ready one, or one for the article text (none when neither is given). */
export function articleContextOf(lex: CompiledLexicon, article: string | ArticleContext | undefined): PlaceContext {
  if (article === undefined) return new Map();
  return typeof article === 'string' ? placeContext(lex, article) : article.places();
}
