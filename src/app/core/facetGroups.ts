/**
 * How a long filter list is cut into groups and searched, as pure functions: places under their country and
 * division (placeGroups.ts), actors by kind (the kind events.json's actor table gives each), options matched by a
 * search that ignores case and accents ("sanaa" finds "Sana'a", "ayn" finds "'Ayn al Fijah") and that also finds
 * every option of a group whose heading matches ("jihadist" lists the jihadist groups, "Homs" the places of Homs
 * Governorate).
 */
import { ACTOR_KINDS, type ActorKind } from '../../model/index.ts';
import type { DataIndex } from './dataIndex.ts';
import { compareNames } from './dataIndex.ts';

export interface FacetGroup {
  /** The group's name ("Syria"), or null for the one group of a list that is not grouped. */
  readonly name: string | null;
  /** Indexes into the facet's names, in the facet's order (those of its subgroups included). */
  readonly options: readonly number[];
  /** Groups inside this one (a country's divisions), the options of none last under a null name; absent: none. */
  readonly subgroups?: readonly FacetGroup[];
}

/** Letters only, lower case, without accents or apostrophes: what a search compares. */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, '');
}

/**
 * Indexes of the options a query matches by their name, or by their group's heading when `groupOf` is given (all
 * of them for an empty query).
 */
export function matchOptions(
  names: readonly string[],
  query: string,
  groupOf?: (i: number) => string | null,
): number[] {
  const q = foldForSearch(query.trim());
  const all = names.map((_, i) => i);
  if (q === '') return all;
  const headings = new Map<string, boolean>();
  const headingMatches = (g: string | null): boolean => {
    if (g === null) return false;
    let m = headings.get(g);
    if (m === undefined) headings.set(g, (m = foldForSearch(g).includes(q)));
    return m;
  };
  return all.filter((i) => foldForSearch(names[i]!).includes(q) || headingMatches(groupOf?.(i) ?? null));
}

/** Actor kinds as the actor filter heads them, in the order the headings come: states first, then armed groups. */
// prettier-ignore
export const ACTOR_KIND_HEADINGS: ReadonlyMap<ActorKind, string> = new Map<ActorKind, string>([
  ['state', 'States'], ['government', 'State-backed forces'], ['coalition', 'Coalitions'],
  ['rebel', 'Rebel groups'], ['jihadist', 'Jihadist groups'], ['separatist', 'Separatist groups'],
  ['militia', 'Militias'], ['paramilitary', 'Paramilitary forces'], ['non-state', 'Other armed groups'],
  ['other', 'Institutions and others'],
]);

/** The heading of actors whose kind events.json does not give (an older file, a name an analyst added). */
export const UNKNOWN_KIND_HEADING = 'Kind not known';

/** The kind heading of each actor of the index; null for "(no actor named)", which comes last without one. */
export function actorKindHeadings(index: Pick<DataIndex, 'actors' | 'actorKinds'>, noActor: string): (string | null)[] {
  return index.actors.map((a, i) => {
    if (a === noActor) return null;
    const kind = index.actorKinds[i] ?? null;
    return kind === null ? UNKNOWN_KIND_HEADING : ACTOR_KIND_HEADINGS.get(kind)!;
  });
}

const KIND_OF_HEADING = new Map([...ACTOR_KIND_HEADINGS].map(([kind, heading]) => [heading, kind] as const));

/** Where a kind heading's events are counted in FilterResult.actorKindCounts (ACTOR_KINDS order, unknown last). */
export function kindCountIndex(heading: string): number | null {
  if (heading === UNKNOWN_KIND_HEADING) return ACTOR_KINDS.length;
  const kind = KIND_OF_HEADING.get(heading);
  return kind === undefined ? null : ACTOR_KINDS.indexOf(kind);
}

const KIND_RANK = new Map([...ACTOR_KIND_HEADINGS.values(), UNKNOWN_KIND_HEADING].map((h, k) => [h, k] as const));

/** Orders actor kind headings as ACTOR_KIND_HEADINGS does, "Kind not known" after them. */
export function compareKindHeadings(a: string, b: string): number {
  return (KIND_RANK.get(a) ?? KIND_RANK.size) - (KIND_RANK.get(b) ?? KIND_RANK.size) || compareNames(a, b);
}

/**
 * Options grouped by a key (a place's country), groups by name (or by `compareGroups`), options keyed null last in
 * a group of their own ("(no place named)"). One group of everything when there is only one key: a header would
 * say nothing, unless `keepSingle` (the matches of a search: the heading says why "al-Qaeda" matches "jihadist").
 * `subKeyOf` groups the options of each group once more (a country's places by division), the same way.
 */
export function groupOptions(
  options: readonly number[],
  keyOf: (i: number) => string | null,
  compareGroups: (a: string, b: string) => number = compareNames,
  subKeyOf?: (i: number) => string | null,
  keepSingle = false,
): FacetGroup[] {
  const groups = new Map<string | null, number[]>();
  for (const i of options) {
    const k = keyOf(i);
    let g = groups.get(k);
    if (g === undefined) groups.set(k, (g = []));
    g.push(i);
  }
  if (groups.size === 0 || (groups.size === 1 && (!keepSingle || groups.has(null))))
    return [{ name: null, options: [...options] }];
  const named = [...groups.keys()].filter((k): k is string => k !== null).sort(compareGroups);
  const out: FacetGroup[] = named.map((name) => {
    const inGroup = groups.get(name)!;
    const subgroups =
      subKeyOf === undefined ? [] : groupOptions(inGroup, subKeyOf, compareNames, undefined, keepSingle);
    return subgroups.some((g) => g.name !== null) ? { name, options: inGroup, subgroups } : { name, options: inGroup };
  });
  const rest = groups.get(null);
  if (rest !== undefined) out.push({ name: null, options: rest });
  return out;
}
