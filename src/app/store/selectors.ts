/**
 * Derived data, computed by pure functions and memoized on the identity of their inputs (the store replaces
 * `index` and `filters` instead of mutating them), so a re-render that changes neither costs nothing.
 */
import { EVENT_TYPES, type EventType } from '../../model/index.ts';
import { applyFilters, dateFilterBounds, type FilterResult } from '../core/filters.ts';
import type { DataIndex } from '../core/dataIndex.ts';
import type { TimelineState } from './index.ts';
import { buildLanes, type Lane } from '../core/timeline/lanes.ts';

function memo2<A, B, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  let lastA: A | undefined;
  let lastB: B | undefined;
  let last: R | undefined;
  let has = false;
  return (a, b) => {
    if (!has || a !== lastA || b !== lastB) {
      last = fn(a, b);
      lastA = a;
      lastB = b;
      has = true;
    }
    return last as R;
  };
}

const EMPTY: FilterResult = {
  passing: new Uint32Array(0),
  actorCounts: new Uint32Array(0),
  placeCounts: new Uint32Array(0),
  typeCounts: new Uint32Array(0),
  actorKindCounts: new Uint32Array(0),
};

const filtered = memo2((index: DataIndex | null, filters: TimelineState['filters']) =>
  index === null ? EMPTY : applyFilters(index, filters),
);

export function selectFilterResult(s: TimelineState): FilterResult {
  return filtered(s.index, s.filters);
}

interface LaneInputs {
  readonly index: DataIndex | null;
  readonly result: FilterResult;
  readonly hiddenActors: ReadonlySet<string>;
}

const lanes = memo2((input: LaneInputs, key: string): Lane[] => {
  if (input.index === null) return [];
  const [groupBy, order, actors] = key.split('|') as ['actor' | 'location', 'count' | 'name', 'main' | 'every'];
  return buildLanes(input.index, input.result.passing, groupBy, order, actors, input.hiddenActors);
});
const laneInputs = memo2((index: DataIndex | null, filters: TimelineState['filters']): LaneInputs => ({
  index,
  result: filtered(index, filters),
  hiddenActors: filters.hiddenActors,
}));

export function selectLanes(s: TimelineState): Lane[] {
  return lanes(laneInputs(s.index, s.filters), `${s.groupBy}|${s.laneOrder}|${s.laneActors}`);
}

/** The selected event's index, or -1 (also when it is filtered out or unknown). */
export function selectSelectedIndex(s: TimelineState): number {
  if (s.selected === null || s.index === null) return -1;
  return s.index.indexById.get(s.selected.eventId) ?? -1;
}

/**
 * First and last instant of the events that pass the filters, cut to the date filter (a "since 2012" state
 * reaching into a chosen month does not widen it): what "Fit all" shows. Null when nothing passes.
 */
export function filteredExtent(
  index: DataIndex,
  passing: Uint32Array,
  bounds: readonly [number | null, number | null],
): readonly [number, number] | null {
  if (passing.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const i of passing) {
    const x = index.extents[i]!;
    if (x.start < min) min = x.start;
    if (x.end > max) max = x.end;
  }
  const [from, to] = bounds;
  if (from !== null && from > min) min = from;
  if (to !== null && to < max) max = to;
  return max > min ? [min, max] : null;
}

const extentMemo = memo2((input: { index: DataIndex | null; result: FilterResult }, bounds: string) => {
  if (input.index === null) return null;
  const [from, to] = bounds.split('|').map((b) => (b === '' ? null : Number(b))) as [number | null, number | null];
  return filteredExtent(input.index, input.result.passing, [from, to]);
});

export function selectFilteredExtent(s: TimelineState): readonly [number, number] | null {
  const [from, to] = dateFilterBounds(s.filters);
  return extentMemo(laneInputs(s.index, s.filters), `${from ?? ''}|${to ?? ''}`);
}

const typesMemo = new WeakMap<DataIndex, readonly EventType[]>();

/** The event types that occur in the data, in the contract's order: the filter's options and the legend's. */
export function usedEventTypes(index: DataIndex): readonly EventType[] {
  let types = typesMemo.get(index);
  if (types === undefined) {
    const seen = new Uint8Array(EVENT_TYPES.length);
    for (const t of index.typeOf) seen[t] = 1;
    types = EVENT_TYPES.filter((_, i) => seen[i] === 1);
    typesMemo.set(index, types);
  }
  return types;
}
