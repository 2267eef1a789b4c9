/**
 * How the scorer decides that a gold name and an extracted name mean the same actor or place. Gold files may name
 * an actor or a place by any alias ("RSF", "Rapid Support Forces", "Daesh"), and the extractor writes the
 * lexicon's canonical names, so names are compared by the identities they stand for, not as strings.
 *
 * A resolver maps a name to a set of identities; two names match when their sets share one. The scorer takes a
 * resolver as an argument and stays pure: the one built from the lexicon lives in lexiconNames.ts.
 */

export interface NameResolver {
  /** The identities an actor name stands for (for example canonical actor names). Never empty. */
  actorIds(name: string): readonly string[];
  /** The identities a place name stands for (for example gazetteer rows). Never empty. */
  placeIds(name: string): readonly string[];
}

/** Letters and digits, case folded: "El Geneina" = "el-geneina". */
export function plainKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Without a lexicon: a name stands for itself, case, spaces and punctuation aside. */
export const PLAIN_NAMES: NameResolver = {
  actorIds: (name) => [`name:${plainKey(name)}`],
  placeIds: (name) => [`name:${plainKey(name)}`],
};

export function sharesId(a: readonly string[], b: readonly string[]): boolean {
  return a.some((id) => b.includes(id));
}
