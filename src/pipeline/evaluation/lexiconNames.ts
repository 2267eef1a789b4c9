/**
 * The name resolver the evaluation uses: the lexicon's own alias tables. A gold actor written "RSF" or "Daesh"
 * stands for the canonical actor whose alias it is; a gold place written "Irbil" for the rows that carry that name
 * (curated rows and the world gazetteer's, alternate names included). Every name also stands for its spelling key
 * (the one the matchers use), so "Deir al-Zor" and "Deir ez-Zor" match, and so do two names that no lexicon row knows ("Tuareg separatists"), spelled alike.
 *
 * Whole-name lookups in the compiled tries: the same aliases, folded the same way, as the extractor matches, and
 * no second index over a lexicon that may hold hundreds of thousands of places. Case rules are not applied: gold
 * names are written by an analyst, not found in running text.
 */
import { ACTOR_TAG, type CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { aliasShape, type MatchEntry, type TrieMatcher } from '../lexicon/trieMatcher.ts';
import { tokenize } from '../lexicon/tokens.ts';
import type { NameResolver } from './names.ts';

/** Entries of the aliases that span the whole name, word for word (Arabic articles aside). */
function wholeNameEntries(matcher: TrieMatcher, name: string): readonly MatchEntry[] {
  let node = matcher.root;
  let words = 0;
  for (const t of tokenize(name, { start: 0, end: name.length })) {
    if (t.key === '') {
      if (t.article) continue;
      return [];
    }
    const next = node.next.get(t.key);
    if (next === undefined) return [];
    node = next;
    words++;
  }
  return words === 0 ? [] : node.entries;
}

function memo(f: (name: string) => readonly string[]): (name: string) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  return (name) => {
    let ids = cache.get(name);
    if (ids === undefined) {
      ids = f(name);
      cache.set(name, ids);
    }
    return ids;
  };
}

/** Tags whose entries name no actor by themselves: "government forces" needs a context, "Washington Post" none. */
const NOT_A_NAME = new Set<string>([ACTOR_TAG.contextual, ACTOR_TAG.notActor]);

export function lexiconNameResolver(lexicon: CompiledLexicon): NameResolver {
  const keyId = (name: string): string => `key:${aliasShape(name).key}`;

  const actorIds = memo((name) => {
    const key = aliasShape(name).key;
    const entries = wholeNameEntries(lexicon.actorMatcher, name).filter(
      (e) => e.target >= 0 && (e.tag === undefined || !NOT_A_NAME.has(e.tag)),
    );
    // A name or alias wins over a qualifier ("Syria" as the adjective-like name of its government).
    const named = entries.filter((e) => e.tag !== ACTOR_TAG.qualifier);
    const candidates = named.length > 0 ? named : entries;
    // A canonical name stands for its own actor only, even where another actor lists it as an alias.
    const own = candidates.filter((e) => aliasShape(lexicon.actors[e.target]?.name ?? '').key === key);
    const chosen = own.length > 0 ? own : candidates;
    const ids = new Set(chosen.map((e) => `actor:${lexicon.actors[e.target]?.name ?? ''}`));
    ids.add(keyId(name));
    return [...ids];
  });

  const placeIds = memo((name) => {
    const ids = new Set(wholeNameEntries(lexicon.placeMatcher, name).map((e) => `place:${e.target}`));
    // The world gazetteer's rows by any of their names, alternate ones included: a gold "Wad Madani" is the row
    // the extractor shows as "Wad Medani". Its targets share the curated places' numbering (placeAt).
    const hit = lexicon.gazetteer.byKey.get(aliasShape(name).key);
    for (const v of hit === undefined ? [] : typeof hit === 'number' ? [hit] : hit) ids.add(`place:${v >= 0 ? v : ~v}`);
    ids.add(keyId(name));
    return [...ids];
  });

  return { actorIds, placeIds };
}
