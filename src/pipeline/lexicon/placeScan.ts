/**
 * Place names at a word: the curated trie (places.json) and the world gazetteer (gazetteer.json) read together.
 * The longer name wins ("Wad Madani" over "Madani"); when both end on the same word, both sets of places stand
 * and the readers of the name choose between them; the shorter match is kept as a fallback for when the longer
 * one is not read as a place ("Paris Hilton Hotel" is no place, but a shorter name inside it might be).
 */
import { placeAt, type CompiledLexicon, type CompiledPlace } from './compileLexicon.ts';
import { gazetteerMatchAt } from './gazetteer.ts';
import type { Token } from './tokens.ts';
import { matchAt, type EntryFilter, type MatchEntry } from './trieMatcher.ts';

export interface PlaceMatch {
  readonly first: number;
  readonly last: number;
  /** Curated entries accepted at that end. */
  readonly curated: readonly MatchEntry[];
  /** Gazetteer places of that name (targets for placeAt). */
  readonly gazetteer: readonly number[];
  /** Those of `gazetteer` that the name is an alternate name of ("Kiev" for Kyiv). */
  readonly alternates: ReadonlySet<number>;
}

const NONE: ReadonlySet<number> = new Set();
/** Most words start no place name: one shared empty answer instead of a new array at every word. */
const NO_MATCHES: readonly PlaceMatch[] = Object.freeze([]);

/** `span` filter for gazetteer matches: the trie's entry filter without the entry. */
export type SpanFilter = (first: number, last: number) => boolean;

/** The place matches starting at token `i`, longest first (at most two: the longest, then a shorter fallback). */
export function placeMatchesAt(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  i: number,
  accept: EntryFilter,
  acceptSpan: SpanFilter,
): readonly PlaceMatch[] {
  const c = matchAt(lex.placeMatcher, tokens, i, accept);
  const found = gazetteerMatchAt(lex.gazetteer, tokens, i);
  const g = found !== null && acceptSpan(found.first, found.last) ? found : null;
  if (c === null && g === null) return NO_MATCHES;
  const curated: PlaceMatch | null =
    c === null ? null : { first: i, last: c.last, curated: c.entries, gazetteer: [], alternates: NONE };
  if (g === null) return curated === null ? [] : [curated];
  const gazetteer: PlaceMatch = { first: i, last: g.last, curated: [], gazetteer: g.targets, alternates: g.alternates };
  if (c === null) return [gazetteer];
  if (c.last === g.last) return [{ ...gazetteer, curated: c.entries }];
  return c.last > g.last ? [curated as PlaceMatch, gazetteer] : [gazetteer, curated as PlaceMatch];
}

/** The places a match may name: curated rows first, then the gazetteer's. */
export interface Candidate {
  readonly t: number;
  readonly p: CompiledPlace;
  /** Named by one of its alternate names. */
  readonly alternate: boolean;
}

export function candidatesOf(lex: CompiledLexicon, m: PlaceMatch): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<number>();
  for (const t of [...m.curated.map((e) => e.target), ...m.gazetteer]) {
    if (seen.has(t)) continue;
    seen.add(t);
    const p = placeAt(lex, t);
    if (p !== undefined) out.push({ t, p, alternate: m.alternates.has(t) });
  }
  return out;
}
