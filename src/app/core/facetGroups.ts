/**
 * How a long filter list is cut into groups and searched, as pure functions: places under their country (the
 * country events.json gives each location), options matched by a search that ignores case and accents
 * ("sanaa" finds "Sana'a", "ayn" finds "'Ayn al Fijah").
 */
import type { DataIndex } from './dataIndex.ts';
import { compareNames } from './dataIndex.ts';

export interface FacetGroup {
  /** The group's name ("Syria"), or null for the one group of a list that is not grouped. */
  readonly name: string | null;
  /** Indexes into the facet's names, in the facet's order. */
  readonly options: readonly number[];
}

/** Letters only, lower case, without accents or apostrophes: what a search compares. */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, '');
}

/** Indexes of the names a query matches (all of them for an empty query). */
export function matchOptions(names: readonly string[], query: string): number[] {
  const q = foldForSearch(query.trim());
  const all = names.map((_, i) => i);
  if (q === '') return all;
  return all.filter((i) => foldForSearch(names[i]!).includes(q));
}

/** The country of each place name (the first one an event gives it; null for "(no place named)"). */
export function placeCountries(index: DataIndex): (string | null)[] {
  const country: (string | null)[] = index.places.map(() => null);
  for (const [k, e] of index.events.entries()) {
    const p = index.placeOf[k]!;
    if (country[p] === null && e.location !== null) country[p] = e.location.country;
  }
  return country;
}

/**
 * Options grouped by a key (a place's country), groups by name, options keyed null last in a group of their own
 * ("(no place named)"). One group of everything when there is only one key: a header would say nothing.
 */
export function groupOptions(options: readonly number[], keyOf: (i: number) => string | null): FacetGroup[] {
  const groups = new Map<string | null, number[]>();
  for (const i of options) {
    const k = keyOf(i);
    let g = groups.get(k);
    if (g === undefined) groups.set(k, (g = []));
    g.push(i);
  }
  if (groups.size <= 1) return [{ name: null, options: [...options] }];
  const named = [...groups.keys()].filter((k): k is string => k !== null).sort(compareNames);
  const out: FacetGroup[] = named.map((name) => ({ name, options: groups.get(name)! }));
  const rest = groups.get(null);
  if (rest !== undefined) out.push({ name: null, options: rest });
  return out;
}
