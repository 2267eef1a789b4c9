/**
 * Swimlanes: the passing events grouped by actor or by place. By actor, an event sits in its main actor's lane
 * (the first actor: the extractor lists the agent first when the text says who acted), or, as an option, in each
 * of its actors' lanes. By place, lanes are grouped under their country, and in a country with many places under
 * its first-level division (placeGroups.ts). Lanes for events that name no actor or no place come last, whatever
 * the order: they are what is left, not a party to the conflict.
 */
import type { DataIndex } from '../dataIndex.ts';
import { compareNames, NO_ACTOR, NO_PLACE } from '../dataIndex.ts';
import { placeGroups, type PlaceGroup } from '../placeGroups.ts';

export type GroupBy = 'actor' | 'location';
export type LaneOrder = 'count' | 'name';
/** Which actors' lanes an event sits in: its main (first) actor's, or every actor's. */
export type LaneActors = 'main' | 'every';

export interface Lane {
  /**
   * `actor:ISIS` / `location:Palmyra, Homs Governorate, Syria` (a place's key, placeKey.ts): unique across
   * groupings, so collapsed state survives a switch back.
   */
  readonly key: string;
  /** What the lane is shown by: the actor, or the place's name (homonyms sit under different headings). */
  readonly name: string;
  /** Event indexes in start order. */
  readonly events: readonly number[];
  /** The heading the lane sits under (a place's country, or country and division), or null when not grouped. */
  readonly group: string | null;
}

export function laneKey(groupBy: GroupBy, name: string): string {
  return `${groupBy}:${name}`;
}

/** Collapsed-state key of a group of lanes (`group:location:Syria`). */
export function groupKey(groupBy: GroupBy, group: string): string {
  return `group:${groupBy}:${group}`;
}

/** Heading for places whose country is not known (and for events with no place). */
export const NO_COUNTRY = '(no country named)';

export function buildLanes(
  index: DataIndex,
  passing: Uint32Array,
  groupBy: GroupBy,
  order: LaneOrder,
  actors: LaneActors = 'main',
  hiddenActors: ReadonlySet<string> = new Set(),
): Lane[] {
  const ids = groupBy === 'actor' ? index.actors : index.places;
  const names = groupBy === 'actor' ? index.actors : index.placeNames;
  const placeGroup = groupBy === 'location' ? placeGroups(index) : [];
  const buckets: number[][] = names.map(() => []);
  // An event passes the actor filter through any of its actors: its main lane is then its first actor shown, so
  // an unchecked actor never gets a lane of its own.
  const shown = index.actors.map((a) => !hiddenActors.has(a));
  for (const i of passing) {
    const ids = index.actorsOf[i]!;
    if (groupBy === 'location') buckets[index.placeOf[i]!]!.push(i);
    else if (actors === 'main') buckets[ids.find((a) => shown[a]) ?? ids[0]!]!.push(i);
    else for (const a of ids) if (shown[a]) buckets[a]!.push(i);
  }
  const lanes = names
    .map((name, n) => ({
      key: laneKey(groupBy, ids[n]!),
      name,
      events: buckets[n]!,
      group: groupBy === 'location' ? (placeGroup[n]!.name ?? NO_COUNTRY) : null,
    }))
    .filter((l) => l.events.length > 0);
  const leftover = groupBy === 'actor' ? NO_ACTOR : NO_PLACE;
  const byOrder = (a: { name: string; size: number }, b: { name: string; size: number }) =>
    (a.name === leftover || a.name === NO_COUNTRY ? 1 : 0) - (b.name === leftover || b.name === NO_COUNTRY ? 1 : 0) ||
    (order === 'count' ? b.size - a.size : 0) ||
    compareNames(a.name, b.name);
  lanes.sort((a, b) => byOrder({ name: a.name, size: a.events.length }, { name: b.name, size: b.events.length }));
  if (groupBy === 'actor') return lanes;
  // Countries in the same order as lanes (by their events, or by name); inside a country its divisions in the same
  // order, then its own heading (places of no division: what is left, as in the place filter); lanes keep their
  // order inside a heading.
  const groupOf = new Map<string, PlaceGroup>();
  for (const g of placeGroup) if (g.name !== null) groupOf.set(g.name, g);
  const countryOf = (heading: string): string => groupOf.get(heading)?.country ?? NO_COUNTRY;
  const countrySize = new Map<string, number>();
  const headingSize = new Map<string, number>();
  for (const l of lanes) {
    countrySize.set(countryOf(l.group!), (countrySize.get(countryOf(l.group!)) ?? 0) + l.events.length);
    headingSize.set(l.group!, (headingSize.get(l.group!) ?? 0) + l.events.length);
  }
  const headings = [...headingSize].sort(([a, aSize], [b, bSize]) => {
    const [ca, cb] = [countryOf(a), countryOf(b)];
    if (ca !== cb) return byOrder({ name: ca, size: countrySize.get(ca)! }, { name: cb, size: countrySize.get(cb)! });
    const [da, db] = [groupOf.get(a)?.division ?? null, groupOf.get(b)?.division ?? null];
    if (da === null || db === null) return (da === null ? 1 : 0) - (db === null ? 1 : 0);
    return byOrder({ name: da, size: aSize }, { name: db, size: bSize });
  });
  const rank = new Map(headings.map(([name], k) => [name, k] as const));
  return lanes
    .map((l, k) => ({ l, k }))
    .sort((a, b) => rank.get(a.l.group!)! - rank.get(b.l.group!)! || a.k - b.k)
    .map(({ l }) => l);
}
