/**
 * The marks of one lane for one window, at a cost that does not grow with the lane: the lane index finds the
 * events near the window by binary search; when more of them may be visible than can be told apart
 * (denseThreshold), the lane is drawn as counts per time bucket, one binary search per bucket edge, so a frame
 * costs O(visible buckets · log n). Otherwise the few visible events are packed by layoutLane.
 */
import {
  BUCKET_WIDTH,
  denseThreshold,
  layoutLane,
  type LaneLayout,
  type LayoutOptions,
  type MarkLayout,
} from './layout.ts';
import { candidateCount, candidates, countStarting, type LaneIndex } from './laneIndex.ts';
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

const ms = (d: Date | number): number => (typeof d === 'number' ? d : d.getTime());

export function laneMarks(
  lane: LaneIndex,
  extents: readonly TimeExtent[],
  scale: TimeScale,
  o: LayoutOptions,
): LaneLayout {
  const pad = edgePad(o);
  const t0 = ms(scale.invert(-pad));
  const t1 = ms(scale.invert(o.width + pad));
  if (candidateCount(lane, t0, t1) > denseThreshold(o)) return bucketMarks(lane, scale, o);
  return layoutLane(candidates(lane, t0, t1), extents, scale, o);
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
  if (!(span > 0)) return { marks: [], rows: 1 };
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
    const count = countStarting(lane, start, end);
    if (count === 0) continue;
    const x0 = scale(start) + 1;
    const x1 = scale(end) - 1;
    marks.push({ kind: 'cluster', overflow: false, row: 0, x0, x1, count, start, end });
  }
  return { marks, rows: 1 };
}
