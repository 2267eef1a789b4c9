/**
 * The marks of one lane for one window, at a cost that does not grow with the lane: the lane index finds the
 * events near the window by binary search; when more of them may be visible than can be told apart (isDense:
 * day points beyond denseThreshold), the lane is drawn as counts per time bucket, one binary search per bucket
 * edge, so a frame costs O(visible buckets · log n). Otherwise the few visible events are packed by layoutLane.
 */
import { EVENT_TYPES } from '../../../model/index.ts';
import {
  BUCKET_WIDTH,
  bucketMark,
  histogramHeight,
  isDense,
  layoutLane,
  type LaneLayout,
  type LayoutOptions,
  type MarkLayout,
} from './layout.ts';
import { candidateRanges, candidates, startingRange, type LaneIndex } from './laneIndex.ts';
import type { TimeExtent } from './precision.ts';

/** What laneMarks needs of a d3 time scale: ms → px and back. */
export interface TimeScale {
  (ms: number): number;
  invert(px: number): Date | number;
}

/** How far beyond the plot's edges (in px) a mark can start and still reach into view once widened. */
function edgePad(o: LayoutOptions): number {
  return Math.max(o.pointSize, o.minSpan, o.tail) + o.gap;
}

const DAY = 86_400_000;
const ms = (d: Date | number): number => (typeof d === 'number' ? d : d.getTime());

/**
 * `expanded`: the reader opened this lane (from a badge): its rows grow until every event of the window has a
 * mark, within reason. Whether the lane is dense is still judged with the ordinary rows.
 */
export function laneMarks(
  lane: LaneIndex,
  extents: readonly TimeExtent[],
  scale: TimeScale,
  o: LayoutOptions,
  expanded = false,
): LaneLayout {
  const pad = edgePad(o);
  const t0 = ms(scale.invert(-pad));
  const t1 = ms(scale.invert(o.width + pad));
  let points = 0;
  let total = 0;
  for (const [c, [lo, hi]] of candidateRanges(lane, t0, t1).entries()) {
    total += hi - lo;
    if (lane.classes[c]!.maxDuration <= DAY) points += hi - lo;
  }
  if (isDense(points, total, o)) return bucketMarks(lane, scale, o);
  return layoutLane(candidates(lane, t0, t1), extents, scale, expanded ? expandedOptions(o) : o);
}

/**
 * Rows an opened lane may take, of points and of bands each: enough for every event of a window in practice
 * (the lane is not dense, so it has at most denseThreshold events in view), with a bound so one lane cannot grow
 * without end.
 */
export const EXPANDED_ROWS = 64;
const expandedCache = new WeakMap<LayoutOptions, LayoutOptions>();
function expandedOptions(o: LayoutOptions): LayoutOptions {
  let x = expandedCache.get(o);
  if (x === undefined) {
    x = { ...o, maxRows: Math.max(o.maxRows, EXPANDED_ROWS), maxBandRows: Math.max(o.maxBandRows, EXPANDED_ROWS) };
    expandedCache.set(o, x);
  }
  return x;
}

/**
 * Dense lanes: one badge per BUCKET_WIDTH pixels counting the events that start in it. Buckets are aligned to
 * time (multiples of the bucket's duration since the epoch), not to the screen, so panning moves them with the
 * content instead of re-binning the events every frame.
 */
export function bucketMarks(lane: LaneIndex, scale: TimeScale, o: LayoutOptions): LaneLayout {
  const left = ms(scale.invert(0));
  const right = ms(scale.invert(o.width));
  const span = (right - left) * (BUCKET_WIDTH / o.width);
  const height = histogramHeight(o);
  if (!(span > 0)) return { marks: [], height };
  // Edges: the plot's two sides and the aligned bucket edges between them; a sliver of less than half a bucket
  // at either side joins its neighbour, so every badge is wide enough to read and to click.
  const edges = [left];
  for (let k = Math.ceil(left / span); k * span < right; k++) edges.push(k * span);
  edges.push(right);
  if (edges.length > 2 && edges[1]! - left < span / 2) edges.splice(1, 1);
  if (edges.length > 2 && right - edges[edges.length - 2]! < span / 2) edges.splice(edges.length - 2, 1);
  const marks: MarkLayout[] = [];
  for (let b = 0; b + 1 < edges.length; b++) {
    const start = edges[b]!;
    const end = edges[b + 1]!;
    const [lo, hi] = startingRange(lane, start, end);
    if (hi === lo) continue;
    // One pass over the bucket's events (every visible event once per frame, a typed-array loop): counts by
    // type for the histogram, and how far they reach inside the bucket, so a click zooms to them and never out
    // (a "since 2014" starting here would otherwise stretch the zoom to the present).
    const byType: number[] = new Array<number>(EVENT_TYPES.length).fill(0);
    let last = start;
    for (let i = lo; i < hi; i++) {
      byType[lane.types[i]!]!++;
      const e = Math.min(lane.ends[i]!, end);
      if (e > last) last = e;
    }
    marks.push(bucketMark(scale(start) + 1, scale(end) - 1, hi - lo, lane.starts[lo]!, last, o, byType));
  }
  return { marks, height };
}
