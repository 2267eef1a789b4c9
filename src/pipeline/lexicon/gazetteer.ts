/**
 * The world gazetteer as a matcher: one table from a name's spelling key (its words' keys joined by the word mark)
 * to the places of that name, and a set of the keys that begin a longer name, both read in place from the bytes
 * of the gazetteer's index (gazetteerIndex.ts). Reading a text looks up the key of
 * the word at hand, then of it and the next word while a longer name begins there: a handful of map lookups per
 * word, whatever the number of names, and no tree of a million nodes to build at start-up. The keys are computed
 * by build-lexicon with the same tokenizer, so loading costs no tokenizing (a test checks them against aliasShape).
 *
 * Hand-written for the reasons the trie is (trieMatcher.ts): the fold is per word, which no regex or matcher
 * package expresses; and a trie of Map nodes for 330,000 names took more memory and start-up time than this.
 */
import type { CompiledPlace } from './compileLexicon.ts';
import { openGazetteerIndex } from './gazetteerIndex.ts';
import { GAZETTEER_KINDS } from './gazetteerSchema.ts';
import type { Token } from './tokens.ts';
import { WORD_BOUNDARY } from './trieMatcher.ts';

/** The part of a Map the matchers use: the index answers lookups from its bytes, with no Map behind it. */
export interface KeyIndex {
  readonly get: (key: string) => number | readonly number[] | undefined;
}
export interface KeySet {
  readonly has: (key: string) => boolean;
}

export interface CompiledGazetteer {
  /**
   * Full key → the place (or places) of that name: its index in the lexicon (placeAt), bitwise negated (~t)
   * where the name is one of the place's alternate names.
   */
  readonly byKey: KeyIndex;
  /** Keys that a longer name continues ("wad" of "wad|medani"). */
  readonly prefixes: KeySet;
  /** Lower-case words in everyday use (gazetteerSchema.ts). */
  readonly commonWords: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  readonly personTitles: ReadonlySet<string>;
  readonly divisionWords: ReadonlySet<string>;
  /** Keys of one-word country names, curated and gazetteer ("jurdan"): a country is no surname nor first name. */
  readonly countryKeys: ReadonlySet<string>;
  /** Every key segment of the gazetteer's country rows, as written: names an actor may share with a place. */
  readonly countryRowKeys: readonly string[];
  /** Index of the first gazetteer place in the lexicon's place numbering (after the curated places). */
  readonly offset: number;
  readonly size: number;
  /** Place `offset + r` as a compiled place, made on first use (most of the 127,000 are never read). */
  readonly place: (target: number) => CompiledPlace | undefined;
}

export function emptyGazetteer(offset: number): CompiledGazetteer {
  return {
    byKey: new Map(),
    prefixes: new Set(),
    commonWords: new Set(),
    firstNames: new Set(),
    personTitles: new Set(),
    divisionWords: new Set(),
    countryKeys: new Set(),
    countryRowKeys: [],
    offset,
    size: 0,
    place: () => undefined,
  };
}

/**
 * The gazetteer of index bytes (gazetteerIndex.ts); row r becomes place `offset + r`. `countryKeys`: keys of the
 * curated countries' names.
 */
export function compileGazetteer(
  bytes: Uint8Array,
  offset: number,
  countryKeys: ReadonlySet<string> = new Set(),
): CompiledGazetteer {
  const index = openGazetteerIndex(bytes);
  const { meta, find, valueStart, values, prefix, size } = index;
  // Row numbers in the index are counted from 0, an alternate name's negated (~r): shifted here by the offset.
  const shift = (v: number): number => (v >= 0 ? v + offset : ~(~v + offset));
  const byKey: KeyIndex = {
    get: (key) => {
      const k = find(key);
      if (k < 0) return undefined;
      const from = valueStart[k] as number;
      const to = valueStart[k + 1] as number;
      if (to === from) return undefined;
      if (to - from === 1) return shift(values[from] as number);
      const out: number[] = [];
      for (let i = from; i < to; i++) out.push(shift(values[i] as number));
      return out;
    },
  };
  const prefixes: KeySet = {
    has: (key) => {
      const k = find(key);
      return k >= 0 && prefix[k] === 1;
    },
  };
  const made = new Map<number, CompiledPlace>();
  const { countries: countryTable, admin1: admin1Table } = meta;
  const place = (target: number): CompiledPlace | undefined => {
    const r = target - offset;
    if (r < 0 || r >= size) return undefined;
    let p = made.get(r);
    if (p === undefined) {
      const [countryCode, country] = countryTable[index.country[r] as number] ?? ['', ''];
      const admin1 = index.admin1[r] as number;
      p = {
        name: index.name(r),
        kind: GAZETTEER_KINDS[index.kind[r] as number] as CompiledPlace['kind'],
        lat: index.lat[r] as number,
        lon: index.lon[r] as number,
        country,
        countryCode: countryCode === '' ? null : countryCode,
        province: admin1 < 0 ? null : (admin1Table[admin1]?.[1] ?? null),
        population: index.population[r] as number,
        gazetteer: true,
      };
      made.set(r, p);
    }
    return p;
  };
  return {
    byKey,
    prefixes,
    commonWords: new Set(meta.commonWords),
    firstNames: new Set(meta.firstNames),
    personTitles: new Set(meta.personTitles),
    divisionWords: new Set(meta.divisionWords),
    countryKeys: new Set([...countryKeys, ...meta.countryKeys]),
    countryRowKeys: meta.countryRowKeys,
    offset,
    size,
    place,
  };
}

export interface GazetteerMatch {
  /** Token indexes, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly targets: readonly number[];
  /** Targets matched by one of their alternate names. */
  readonly alternates: ReadonlySet<number>;
}

const NONE: ReadonlySet<number> = new Set();

type Places = Pick<GazetteerMatch, 'targets' | 'alternates'>;

/**
 * The places of a name shared by several (an array in the index), made once per name: a common name ("San José")
 * is read at each of its mentions, and every reading built the same arrays and sets anew. Keyed by the index's
 * own array, so the memo is a pure function of the compiled gazetteer and goes with it.
 */
const SHARED_NAMES = new WeakMap<readonly number[], Places>();

function placesOf(hit: readonly number[]): Places {
  let found = SHARED_NAMES.get(hit);
  if (found === undefined) {
    const targets = hit.map((v) => (v >= 0 ? v : ~v));
    const alternates = new Set(hit.filter((v) => v < 0).map((v) => ~v));
    found = { targets: [...new Set(targets)], alternates };
    SHARED_NAMES.set(hit, found);
  }
  return found;
}

function matchOf(first: number, last: number, hit: number | readonly number[]): GazetteerMatch {
  if (typeof hit === 'number')
    return hit >= 0
      ? { first, last, targets: [hit], alternates: NONE }
      : { first, last, targets: [~hit], alternates: new Set([~hit]) };
  const { targets, alternates } = placesOf(hit);
  return { first, last, targets, alternates };
}

/**
 * The longest gazetteer name that starts at token `first`, with the trie's rules (trieMatcher.ts matchAt): words
 * joined as a name may be, articles read through, a capital on the first word (every gazetteer name is a proper
 * name).
 */
export function gazetteerMatchAt(g: CompiledGazetteer, tokens: readonly Token[], first: number): GazetteerMatch | null {
  const start = tokens[first];
  if (start === undefined || start.key === '' || !start.capitalized) return null;
  let key = start.key;
  let best: GazetteerMatch | null = null;
  for (let j = first; ;) {
    const hit = g.byKey.get(key);
    if (hit !== undefined) best = matchOf(first, j, hit);
    if (!g.prefixes.has(key)) break;
    let next = tokens[++j];
    while (next !== undefined && next.joinsPrevious && next.article) next = tokens[++j];
    if (next === undefined || !next.joinsPrevious || next.key === '') break;
    key = `${key}${WORD_BOUNDARY}${next.key}`;
  }
  return best;
}
