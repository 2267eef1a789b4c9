/**
 * Screen-space grid clustering of the events the map shows: the view is cut into cells of about CELL px and
 * each cell's events become one marker at their centroid (a lone event stays itself). Cells are fixed in
 * map coordinates at a zoom rounded to half steps, so a pan moves clusters without regrouping them, and a zoom
 * regroups them only every half step. One pass over typed arrays: 100,000 events take a couple of milliseconds,
 * so this runs every frame. Written here rather than taken from a library: d3-quadtree answers nearest-point
 * queries, not "group by screen cell at this zoom", and supercluster is built for tiles and its own zoom levels.
 */
import { EVENT_TYPES } from '../../../model/index.ts';
import type { ProjectedPoints, ViewTransform } from './projection.ts';

export const CELL = 44;
/** Event types counted per marker (EVENT_TYPES.length). */
export const TYPES = EVENT_TYPES.length;
const NO_CELLS = new Int32Array(0);

export interface MapMarker {
  /** Screen position (centroid of its events). */
  readonly x: number;
  readonly y: number;
  /** Events in it; 1 for a single event. */
  readonly count: number;
  /** One of its events: the event itself when count is 1. */
  readonly event: number;
  /** Cell id within this clustering: what clusterMembers takes. */
  readonly cell: number;
  /** Bounding box of its events in base coordinates. */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface Clustering {
  readonly markers: readonly MapMarker[];
  /** Cell of each item (−1 when it is off screen or has no location), for clusterMembers; empty without cells. */
  readonly cellOf: Int32Array;
  readonly items: ArrayLike<number>;
  /** Events per cell and type (cell × TYPES + type), when clusterEvents was given typeOf. */
  readonly types: Uint32Array | null;
}

/** The half-step zoom level cells are laid out at: stable while k moves inside it. */
export function cellZoom(k: number): number {
  return 2 ** (Math.floor(Math.log2(k) * 2) / 2);
}

/**
 * Clusters `items` (event indexes) at transform `t` in a width × height view. Events up to one cell outside the
 * view are kept, so a cluster at an edge does not change as it slides in.
 */
export function clusterEvents(
  points: ProjectedPoints,
  items: ArrayLike<number>,
  t: ViewTransform,
  width: number,
  height: number,
  cell = CELL,
  /** Whether to note each item's cell (for clusterMembers); a frame that only paints does not need it. */
  withCells = true,
  /** Type index of each event (DataIndex.typeOf): when given, each marker counts its events by type. */
  typeOf: Uint8Array | null = null,
): Clustering {
  const cw = cell / cellZoom(t.k); // cell size in base units
  const bx0 = -t.x / t.k - cw;
  const by0 = -t.y / t.k - cw;
  const bx1 = (width - t.x) / t.k + cw;
  const by1 = (height - t.y) / t.k + cw;
  const cx0 = Math.floor(bx0 / cw);
  const cy0 = Math.floor(by0 / cw);
  const cols = Math.floor(bx1 / cw) - cx0 + 1;
  const rows = Math.floor(by1 / cw) - cy0 + 1;
  const cells = cols * rows;
  const count = new Uint32Array(cells);
  const sumX = new Float64Array(cells);
  const sumY = new Float64Array(cells);
  const first = new Int32Array(cells);
  const minX = new Float64Array(cells).fill(Infinity);
  const minY = new Float64Array(cells).fill(Infinity);
  const maxX = new Float64Array(cells).fill(-Infinity);
  const maxY = new Float64Array(cells).fill(-Infinity);
  const cellOf = withCells ? new Int32Array(items.length).fill(-1) : NO_CELLS;
  const types = typeOf === null ? null : new Uint32Array(cells * TYPES);
  const { xs, ys } = points;
  for (let n = 0; n < items.length; n++) {
    const e = items[n]!;
    const x = xs[e]!;
    const y = ys[e]!;
    // NaN (no location) fails these comparisons too.
    if (!(x >= bx0 && x <= bx1 && y >= by0 && y <= by1)) continue;
    const c = (Math.floor(y / cw) - cy0) * cols + (Math.floor(x / cw) - cx0);
    if (withCells) cellOf[n] = c;
    if (count[c] === 0) first[c] = e;
    count[c]!++;
    sumX[c]! += x;
    sumY[c]! += y;
    if (x < minX[c]!) minX[c] = x;
    if (x > maxX[c]!) maxX[c] = x;
    if (y < minY[c]!) minY[c] = y;
    if (y > maxY[c]!) maxY[c] = y;
    if (types !== null) types[c * TYPES + typeOf![e]!]!++;
  }
  const owner = mergeOverlapping(cells, count, sumX, sumY, minX, minY, maxX, maxY, types, t);
  if (withCells) for (let n = 0; n < cellOf.length; n++) if (cellOf[n]! >= 0) cellOf[n] = rootOf(owner, cellOf[n]!);
  const markers: MapMarker[] = [];
  for (let c = 0; c < cells; c++) {
    const n = count[c]!;
    if (n === 0 || owner[c] !== -1) continue;
    markers.push({
      x: (sumX[c]! / n) * t.k + t.x,
      y: (sumY[c]! / n) * t.k + t.y,
      count: n,
      event: first[c]!,
      cell: c,
      x0: minX[c]!,
      y0: minY[c]!,
      x1: maxX[c]!,
      y1: maxY[c]!,
    });
  }
  return { markers, cellOf, items, types };
}

/** How far a cluster's type ring reaches beyond its disc (paintMap's typeRing: 3.5 px wide, 1.75 px out). */
const RING = 3.5;
/** The widest distance at which two markers can touch: two of the largest discs with their rings, and a gap. */
const TOUCHING = 2 * (markerRadius(Number.MAX_SAFE_INTEGER) + RING) + 2;

/** The cell a merged cell now belongs to (owner chains are short: a cell is merged once, its owner maybe later). */
function rootOf(owner: Int32Array, c: number): number {
  while (owner[c]! >= 0) c = owner[c]!;
  return c;
}

/**
 * Merges cells whose markers would touch on screen, the smaller into the larger, until none do: cells cut a
 * town's surroundings at arbitrary lines, and a large disc grows over its neighbours (on a phone, a "17k" disc
 * hid the "338" beside it). A merged marker moves to the joint centroid and may then touch another, hence the
 * passes (few: each merges most of what touches). Markers are swept in screen x, so a pass compares only those
 * within TOUCHING px: a few hundred markers a frame cost well under a millisecond. Returns each cell's owner
 * (−1 for a marker's own cell).
 */
function mergeOverlapping(
  cells: number,
  count: Uint32Array,
  sumX: Float64Array,
  sumY: Float64Array,
  minX: Float64Array,
  minY: Float64Array,
  maxX: Float64Array,
  maxY: Float64Array,
  types: Uint32Array | null,
  t: ViewTransform,
): Int32Array {
  const owner = new Int32Array(cells).fill(-1);
  const sx = (c: number) => (sumX[c]! / count[c]!) * t.k + t.x;
  const sy = (c: number) => (sumY[c]! / count[c]!) * t.k + t.y;
  const absorb = (into: number, from: number) => {
    owner[from] = into;
    count[into]! += count[from]!;
    sumX[into]! += sumX[from]!;
    sumY[into]! += sumY[from]!;
    minX[into] = Math.min(minX[into]!, minX[from]!);
    minY[into] = Math.min(minY[into]!, minY[from]!);
    maxX[into] = Math.max(maxX[into]!, maxX[from]!);
    maxY[into] = Math.max(maxY[into]!, maxY[from]!);
    if (types !== null) for (let k = 0; k < TYPES; k++) types[into * TYPES + k]! += types[from * TYPES + k]!;
  };
  // Screen position of each live cell at the start of a pass, indexed by cell; a merge within the pass moves its
  // survivor, whose new place the pair test reads from sx/sy while the sweep keeps the pass's order.
  const x = new Float64Array(cells);
  for (let pass = 0; pass < 8; pass++) {
    const live: number[] = [];
    for (let c = 0; c < cells; c++) {
      if (count[c]! === 0 || owner[c] !== -1) continue;
      live.push(c);
      x[c] = sx(c);
    }
    live.sort((a, b) => x[a]! - x[b]!);
    let merged = false;
    for (let i = 0; i < live.length; i++) {
      const a = live[i]!;
      for (let j = i + 1; j < live.length && owner[a] === -1; j++) {
        const b = live[j]!;
        if (x[b]! - x[a]! >= TOUCHING) break;
        if (owner[b] !== -1) continue;
        const gap = markerRadius(count[a]!) + markerRadius(count[b]!) + 2 * RING + 2;
        if (Math.hypot(sx(a) - sx(b), sy(a) - sy(b)) >= gap) continue;
        if (count[a]! >= count[b]!) absorb(a, b);
        else absorb(b, a);
        merged = true;
      }
    }
    if (!merged) break;
  }
  return owner;
}

/** Every marker's events, by cell (one pass; for naming the markers that get buttons). */
export function clusterMembers(c: Clustering): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let n = 0; n < c.items.length; n++) {
    const cell = c.cellOf[n]!;
    if (cell < 0) continue;
    let list = out.get(cell);
    if (list === undefined) out.set(cell, (list = []));
    list.push(c.items[n]!);
  }
  return out;
}

/** Whether a marker lies in the view (its centre): only those get buttons. */
export function onScreen(m: MapMarker, width: number, height: number): boolean {
  return m.x >= 0 && m.x <= width && m.y >= 0 && m.y <= height;
}

/** Circle radius of a marker: a lone event is a dot; clusters grow with the log of their count. */
export function markerRadius(count: number): number {
  return count === 1 ? 5 : Math.min(22, 9 + 3 * Math.log10(count) * 1.6);
}
