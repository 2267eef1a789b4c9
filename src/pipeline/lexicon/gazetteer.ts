/**
 * The world gazetteer as a matcher: one map from a name's spelling key (its words' keys joined by the word mark)
 * to the places of that name, and a set of the keys that begin a longer name. Reading a text looks up the key of
 * the word at hand, then of it and the next word while a longer name begins there: a handful of map lookups per
 * word, whatever the number of names, and no tree of a million nodes to build at start-up. The keys are computed
 * by build-lexicon with the same tokenizer, so loading costs no tokenizing (a test checks them against aliasShape).
 *
 * Hand-written for the reasons the trie is (trieMatcher.ts): the fold is per word, which no regex or matcher
 * package expresses; and a trie of Map nodes for 330,000 names took more memory and start-up time than this.
 */
import type { CompiledPlace } from './compileLexicon.ts';
import { ALTERNATE_MARK, KEY_SEPARATOR, type RawGazetteer } from './gazetteerSchema.ts';
import type { Token } from './tokens.ts';
import { WORD_BOUNDARY } from './trieMatcher.ts';

export interface CompiledGazetteer {
  /**
   * Full key → the place (or places) of that name: its index in the lexicon (placeAt), bitwise negated (~t)
   * where the name is one of the place's alternate names.
   */
  readonly byKey: ReadonlyMap<string, number | readonly number[]>;
  /** Keys that a longer name continues ("wad" of "wad|medani"). */
  readonly prefixes: ReadonlySet<string>;
  /** Lower-case words in everyday use (gazetteerSchema.ts). */
  readonly commonWords: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  readonly personTitles: ReadonlySet<string>;
  readonly divisionWords: ReadonlySet<string>;
  /** Keys of one-word country names, curated and gazetteer ("jurdan"): a country is no surname nor first name. */
  readonly countryKeys: ReadonlySet<string>;
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
    offset,
    size: 0,
    place: () => undefined,
  };
}

/** Indexes the rows' keys; row r becomes place `offset + r`. `countryKeys`: keys of the curated countries' names. */
export function compileGazetteer(
  raw: RawGazetteer,
  offset: number,
  countryKeys: ReadonlySet<string> = new Set(),
): CompiledGazetteer {
  const countries = new Set(countryKeys);
  const byKey = new Map<string, number | number[]>();
  const prefixes = new Set<string>(raw.prefixes);
  const columns = raw.places;
  const size = columns.name.length;
  // One pass over the keys strings with indexOf and charCodeAt, not split/startsWith per row: this loop is most of
  // the lexicon's start-up, and this way it runs in about half the time (same keys, same order of insertion).
  const keys = columns.keys as readonly string[];
  const alternateMark = ALTERNATE_MARK.charCodeAt(0);
  for (let r = 0; r < size; r++) {
    const target = offset + r;
    const isCountry = columns.kind[r] === 'country';
    const all = keys[r] as string;
    for (let from = 0; from <= all.length;) {
      let end = all.indexOf(KEY_SEPARATOR, from);
      if (end < 0) end = all.length;
      const alternate = all.charCodeAt(from) === alternateMark;
      const key = !alternate && from === 0 && end === all.length ? all : all.slice(alternate ? from + 1 : from, end);
      if (isCountry && !key.includes(WORD_BOUNDARY)) countries.add(key);
      addKey(byKey, key, alternate ? ~target : target);
      from = end + 1;
    }
  }
  const made = new Map<number, CompiledPlace>();
  // Only the columns a place is made of stay reachable from the closure: the keys (indexed above) and the
  // GeoNames ids (never read in a run) are left to the garbage collector, about 9 MB of the lexicon's heap.
  const { name, kind, lat, lon, country: countryColumn, admin1: admin1Column, population } = columns;
  const { countries: countryTable, admin1: admin1Table } = raw;
  const place = (target: number): CompiledPlace | undefined => {
    const r = target - offset;
    if (r < 0 || r >= size) return undefined;
    let p = made.get(r);
    if (p === undefined) {
      const [countryCode, country] = countryTable[countryColumn[r] as number] ?? ['', ''];
      const admin1 = admin1Column[r] as number;
      p = {
        name: name[r] as string,
        kind: kind[r] as CompiledPlace['kind'],
        lat: lat[r] as number,
        lon: lon[r] as number,
        country,
        countryCode: countryCode === '' ? null : countryCode,
        province: admin1 < 0 ? null : (admin1Table[admin1]?.[1] ?? null),
        population: population[r] as number,
        gazetteer: true,
      };
      made.set(r, p);
    }
    return p;
  };
  return {
    byKey,
    prefixes,
    commonWords: new Set(raw.commonWords),
    firstNames: new Set(raw.firstNames),
    personTitles: new Set(raw.personTitles),
    divisionWords: new Set(raw.divisionWords),
    countryKeys: countries,
    offset,
    size,
    place,
  };
}

/** Adds one name's place to the index: a number for one place, an array for more (deduplicated). */
function addKey(byKey: Map<string, number | number[]>, key: string, value: number): void {
  const found = byKey.get(key);
  if (found === undefined) byKey.set(key, value);
  else if (typeof found === 'number') {
    if (found !== value) byKey.set(key, [found, value]);
  } else if (!found.includes(value)) found.push(value);
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
