/**
 * A lane's events arranged for per-frame questions in O(log n): which events can meet a time window, and how many
 * start inside a stretch of time. Built once per data/filter change (lanes are rebuilt then), never per frame.
 *
 * Events are sorted by start, so `start < windowEnd` is one binary search. `end > windowStart` is not, because
 * durations differ (a day next to a year next to "since 2014"). The events are therefore split into duration
 * classes (powers of two in days): inside one class every event lasts at most `maxDuration`, so the first event
 * that can still reach the window starts at or after `windowStart - maxDuration`. Over-counting is bounded by
 * the class: a day event is never looked at more than a day before the window.
 */
import { bisectLeft } from 'd3-array';
import type { TimeExtent } from './precision.ts';

const DAY = 86_400_000;

export interface DurationClass {
  /** Event indexes (into the data index) in start order. */
  readonly events: Uint32Array;
  readonly starts: Float64Array;
  /** Longest duration in this class, in ms. */
  readonly maxDuration: number;
}

export interface LaneIndex {
  /** Every event of the lane in start order, and their starts: what bucket counts are taken from. */
  readonly events: Uint32Array;
  readonly starts: Float64Array;
  /** Aligned with `starts`: each event's end, and its type (index into EVENT_TYPES) for the histograms. */
  readonly ends: Float64Array;
  readonly types: Uint8Array;
  readonly classes: readonly DurationClass[];
}

function durationClass(ms: number): number {
  return Math.max(0, Math.ceil(Math.log2(Math.max(ms, 1) / DAY)));
}

/**
 * `events` must be in start order (lanes are: they are built from the start-sorted data index). `typeOf` gives
 * each event's type index; without it every event counts as type 0.
 */
export function buildLaneIndex(
  events: readonly number[],
  extents: readonly TimeExtent[],
  typeOf?: ArrayLike<number>,
): LaneIndex {
  // Two passes over typed arrays (class of each event, then fill per class): this runs for every lane on each
  // filter change, 100,000 events in all at the largest size, so no per-event allocation.
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const types = new Uint8Array(n);
  const classOf = new Uint8Array(n);
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = extents[events[i]!]!;
    starts[i] = x.start;
    ends[i] = x.end;
    types[i] = typeOf?.[events[i]!] ?? 0;
    const c = Math.min(255, durationClass(x.end - x.start));
    classOf[i] = c;
    sizes[c] = (sizes[c] ?? 0) + 1;
  }
  const classes: { events: Uint32Array; starts: Float64Array; maxDuration: number; fill: number }[] = [];
  const slot: number[] = [];
  sizes.forEach((size, c) => {
    if (size === undefined || size === 0) return;
    slot[c] = classes.length;
    classes.push({ events: new Uint32Array(size), starts: new Float64Array(size), maxDuration: 0, fill: 0 });
  });
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const x = extents[e]!;
    const k = classes[slot[classOf[i]!]!]!;
    k.events[k.fill] = e;
    k.starts[k.fill] = x.start;
    k.fill++;
    if (x.end - x.start > k.maxDuration) k.maxDuration = x.end - x.start;
  }
  return {
    events: Uint32Array.from(events),
    starts,
    ends,
    types,
    classes: classes.map(({ events: ev, starts: st, maxDuration }) => ({ events: ev, starts: st, maxDuration })),
  };
}

/** For each duration class, the [lo, hi) range of its events that can meet [t0, t1). */
export function candidateRanges(lane: LaneIndex, t0: number, t1: number): [number, number][] {
  return lane.classes.map((c) => {
    const hi = bisectLeft(c.starts, t1);
    const lo = Math.min(hi, bisectLeft(c.starts, t0 - c.maxDuration));
    return [lo, hi];
  });
}

/** How many events may meet [t0, t1): an upper bound, exact for events no longer than their class's shortest. */
export function candidateCount(lane: LaneIndex, t0: number, t1: number): number {
  let n = 0;
  for (const [lo, hi] of candidateRanges(lane, t0, t1)) n += hi - lo;
  return n;
}

/** The events that may meet [t0, t1), in start order within each class (callers test the actual shape). */
export function candidates(lane: LaneIndex, t0: number, t1: number): number[] {
  const out: number[] = [];
  candidateRanges(lane, t0, t1).forEach(([lo, hi], c) => {
    const events = lane.classes[c]!.events;
    for (let i = lo; i < hi; i++) out.push(events[i]!);
  });
  return out;
}

/** Number of events of the lane whose start lies in [t0, t1). */
export function countStarting(lane: LaneIndex, t0: number, t1: number): number {
  return bisectLeft(lane.starts, t1) - bisectLeft(lane.starts, t0);
}

/** The [lo, hi) positions (into `starts`) of the events whose start lies in [t0, t1). */
export function startingRange(lane: LaneIndex, t0: number, t1: number): [number, number] {
  return [bisectLeft(lane.starts, t0), bisectLeft(lane.starts, t1)];
}

/** Whether any event of the lane meets [t0, t1): what decides that a lane has something in the window. */
export function meetsWindow(lane: LaneIndex, extents: readonly TimeExtent[], t0: number, t1: number): boolean {
  for (const [c, [lo, hi]] of candidateRanges(lane, t0, t1).entries()) {
    const events = lane.classes[c]!.events;
    for (let i = hi - 1; i >= lo; i--) if (extents[events[i]!]!.end > t0) return true;
  }
  return false;
}
