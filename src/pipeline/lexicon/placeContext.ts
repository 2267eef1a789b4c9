/**
 * What a text says about where it is: the country and province names it points to, with how often. Used to tell
 * same-named places apart (Sinjar in Iraq or Syria) and to read "government forces" as the government of the
 * country the text is about.
 */
import type { Span } from '../types.ts';
import type { CompiledLexicon } from './compileLexicon.ts';
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
 * The context of a whole article, computed on first use and kept: every sentence of an article that holds an
 * ambiguous name or a context alias asks for the same article context, and recomputing it per sentence makes
 * an article's cost grow with the square of its length.
 */
export interface ArticleContext {
  readonly text: string;
  readonly places: () => PlaceContext;
}

export function articleContext(lex: CompiledLexicon, text: string): ArticleContext {
  let places: PlaceContext | null = null;
  return { text, places: () => (places ??= placeContext(lex, text)) };
}

/** The article context a caller passed: a ready one, or one for the article text (none when neither is given). */
export function articleContextOf(lex: CompiledLexicon, article: string | ArticleContext | undefined): PlaceContext {
  if (article === undefined) return new Map();
  return typeof article === 'string' ? placeContext(lex, article) : article.places();
}
