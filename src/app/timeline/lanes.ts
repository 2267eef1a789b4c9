/** Swimlanes: the passing events grouped by actor (an event sits in each of its actors' lanes) or by place. */
import type { DataIndex } from '../store/dataIndex.ts';
import { compareNames } from '../store/dataIndex.ts';

export type GroupBy = 'actor' | 'location';
export type LaneOrder = 'count' | 'name';

export interface Lane {
  /** `actor:ISIS` / `location:Palmyra`: unique across groupings, so collapsed state survives a switch back. */
  readonly key: string;
  readonly name: string;
  /** Event indexes in start order. */
  readonly events: readonly number[];
}

export function laneKey(groupBy: GroupBy, name: string): string {
  return `${groupBy}:${name}`;
}

export function buildLanes(index: DataIndex, passing: Uint32Array, groupBy: GroupBy, order: LaneOrder): Lane[] {
  const names = groupBy === 'actor' ? index.actors : index.places;
  const buckets: number[][] = names.map(() => []);
  for (const i of passing) {
    if (groupBy === 'actor') for (const a of index.actorsOf[i]!) buckets[a]!.push(i);
    else buckets[index.placeOf[i]!]!.push(i);
  }
  const lanes = names
    .map((name, n) => ({ key: laneKey(groupBy, name), name, events: buckets[n]! }))
    .filter((l) => l.events.length > 0);
  return order === 'count'
    ? lanes.sort((a, b) => b.events.length - a.events.length || compareNames(a.name, b.name))
    : lanes.sort((a, b) => compareNames(a.name, b.name));
}
