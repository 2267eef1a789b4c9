/**
 * Marks of one lane in pixels, computed after scaling (like Plot's dodge initializer) so that packing depends on
 * what the reader sees: marks are placed greedily in the first row where they do not touch a neighbour, and what
 * does not fit in `maxRows` rows is merged into count badges in one extra row, so nothing is hidden. Only marks
 * that meet the visible width are returned. The canvas layer paints these marks and the DOM layer gives the same
 * marks focusable buttons; laneMarks.ts feeds this function only the events near the window.
 */
import type { TimeExtent } from './precision.ts';

export interface LayoutOptions {
  /** Visible width in pixels; marks are laid out in [0, width]. */
  readonly width: number;
  readonly maxRows: number;
  /** Diameter of a day point. */
  readonly pointSize: number;
  /** Narrowest drawn span, so a month seen from a decade away stays visible and clickable. */
  readonly minSpan: number;
  /** Length of the fading tail drawn for an open start ('by') or an open end ('since', no end known). */
  readonly tail: number;
  /** Free pixels kept between marks of one row. */
  readonly gap: number;
  /** Width of a title label placed right of the shape, or 0 to draw no labels. */
  readonly labelWidth: (event: number) => number;
}

export interface EventMarkLayout {
  readonly kind: 'event';
  readonly event: number;
  readonly row: number;
  /** Left and right edge of the shape (the label, if any, follows x1). */
  readonly x0: number;
  readonly x1: number;
  readonly label: boolean;
}

export interface ClusterLayout {
  readonly kind: 'cluster';
  readonly row: number;
  readonly x0: number;
  readonly x1: number;
  /** True for the badge row of a packed lane ("+3 more"), false for a time bucket of a dense lane. */
  readonly overflow: boolean;
  /** How many events the badge stands for. */
  readonly count: number;
  /** The time they cover, for "zoom to these". */
  readonly start: number;
  readonly end: number;
}

export type MarkLayout = EventMarkLayout | ClusterLayout;

export interface LaneLayout {
  readonly marks: readonly MarkLayout[];
  /** Rows used, the badge row included: the lane's height follows it. */
  readonly rows: number;
}

/** The drawn shape of one event, before packing. */
export function shapeBounds(x: TimeExtent, scale: (ms: number) => number, o: LayoutOptions): [number, number] {
  if (x.shape === 'point') {
    const c = scale((x.start + x.end) / 2);
    return [c - o.pointSize / 2, c + o.pointSize / 2];
  }
  let x0 = scale(x.start);
  let x1 = scale(x.end);
  if (x1 - x0 < o.minSpan) {
    const c = (x0 + x1) / 2;
    x0 = c - o.minSpan / 2;
    x1 = c + o.minSpan / 2;
  }
  if (x.openStart) x0 = Math.min(x0, x1 - o.tail);
  if (x.openEnd) x1 = Math.max(x1, x0 + o.tail);
  return [x0, x1];
}

const BADGE_MIN = 28;

/** Width of a time bucket when a lane is too dense to draw event by event. */
export const BUCKET_WIDTH = 26;

/**
 * More visible events than this and a lane is drawn as counts per time bucket (level of detail): packing would
 * give mostly badges anyway, and thousands of marks would make every frame slow. Half the marks that could sit
 * side by side in maxRows rows, since real dates cluster.
 */
export function denseThreshold(o: LayoutOptions): number {
  return Math.max(8, Math.floor((o.maxRows * o.width) / (o.pointSize + o.gap) / 2));
}

export function layoutLane(
  events: readonly number[],
  extents: readonly TimeExtent[],
  scale: (ms: number) => number,
  o: LayoutOptions,
): LaneLayout {
  let visible = 0;
  for (const e of events) {
    const [x0, x1] = shapeBounds(extents[e]!, scale, o);
    if (x1 >= 0 && x0 <= o.width) visible++;
  }
  if (visible > denseThreshold(o)) return bucketLane(events, extents, scale, o);
  const withLabels = packLane(events, extents, scale, o, true);
  // Labels take room: when they would push marks into badges, pack the marks without labels, then label each
  // mark that has room before its right-hand neighbour in its row.
  if (withLabels.overflowed === 0) return withLabels.layout;
  const bare = packLane(events, extents, scale, o, false).layout;
  return { rows: bare.rows, marks: labelWhereRoom(bare.marks, o) };
}

function labelWhereRoom(marks: readonly MarkLayout[], o: LayoutOptions): MarkLayout[] {
  const nextStart = new Map<MarkLayout, number>();
  const byRow = new Map<number, MarkLayout[]>();
  for (const m of marks) {
    const row = byRow.get(m.row);
    if (row === undefined) byRow.set(m.row, [m]);
    else row.push(m);
  }
  for (const row of byRow.values()) {
    row.sort((a, b) => a.x0 - b.x0);
    row.forEach((m, i) => nextStart.set(m, row[i + 1]?.x0 ?? Infinity));
  }
  return marks.map((m) =>
    m.kind === 'event' && m.x1 + o.labelWidth(m.event) + o.gap <= (nextStart.get(m) ?? Infinity)
      ? { ...m, label: true }
      : m,
  );
}

function packLane(
  events: readonly number[],
  extents: readonly TimeExtent[],
  scale: (ms: number) => number,
  o: LayoutOptions,
  labels: boolean,
): { layout: LaneLayout; overflowed: number } {
  const rowEnds: number[] = [];
  const marks: MarkLayout[] = [];
  const overflow: { event: number; x0: number; x1: number }[] = [];
  const visible: { event: number; x0: number; x1: number; right: number }[] = [];
  for (const e of events) {
    const [x0, x1] = shapeBounds(extents[e]!, scale, o);
    // A mark whose shape is off screen is not drawn, even if its title would reach into view.
    if (x1 < 0 || x0 > o.width) continue;
    const right = labels ? x1 + o.labelWidth(e) : x1;
    visible.push({ event: e, x0, x1, right });
  }
  // Events come in start order, but shapes widened to their minimum size can start earlier than a neighbour.
  visible.sort((a, b) => a.x0 - b.x0);
  for (const v of visible) {
    let row = rowEnds.findIndex((end) => end + o.gap <= v.x0);
    if (row < 0 && rowEnds.length < o.maxRows) row = rowEnds.length;
    if (row < 0) {
      overflow.push(v);
      continue;
    }
    rowEnds[row] = v.right;
    marks.push({ kind: 'event', event: v.event, row, x0: v.x0, x1: v.x1, label: labels && v.right > v.x1 });
  }
  const badgeRow = rowEnds.length;
  let cluster: { events: number[]; x0: number; x1: number } | null = null;
  const flush = () => {
    if (cluster === null) return;
    const c: { events: number[]; x0: number; x1: number } = cluster;
    const mid = (c.x0 + c.x1) / 2;
    const w = Math.max(c.x1 - c.x0, BADGE_MIN);
    let start = Infinity;
    let end = -Infinity;
    for (const e of c.events) {
      start = Math.min(start, extents[e]!.start);
      end = Math.max(end, extents[e]!.end);
    }
    marks.push({
      kind: 'cluster',
      overflow: true,
      row: badgeRow,
      x0: mid - w / 2,
      x1: mid + w / 2,
      count: c.events.length,
      start,
      end,
    });
    cluster = null;
  };
  for (const v of overflow) {
    // Badges are at least BADGE_MIN wide: merge what would overlap once widened.
    if (cluster !== null && v.x0 <= Math.max(cluster.x1, (cluster.x0 + cluster.x1) / 2 + BADGE_MIN / 2) + o.gap) {
      cluster.events.push(v.event);
      cluster.x1 = Math.max(cluster.x1, v.x1);
    } else {
      flush();
      cluster = { events: [v.event], x0: v.x0, x1: v.x1 };
    }
  }
  flush();
  return { layout: { marks, rows: rowEnds.length + (overflow.length > 0 ? 1 : 0) }, overflowed: overflow.length };
}

/** Dense lanes: one badge per BUCKET_WIDTH pixels holding the count of the events centred in it. */
function bucketLane(
  events: readonly number[],
  extents: readonly TimeExtent[],
  scale: (ms: number) => number,
  o: LayoutOptions,
): LaneLayout {
  const buckets = new Map<number, number[]>();
  for (const e of events) {
    const [x0, x1] = shapeBounds(extents[e]!, scale, o);
    if (x1 < 0 || x0 > o.width) continue;
    const centre = Math.min(o.width, Math.max(0, (x0 + x1) / 2));
    const b = Math.floor(centre / BUCKET_WIDTH);
    const list = buckets.get(b);
    if (list === undefined) buckets.set(b, [e]);
    else list.push(e);
  }
  const marks: MarkLayout[] = [];
  for (const b of [...buckets.keys()].sort((p, q) => p - q)) {
    const list = buckets.get(b)!;
    let start = Infinity;
    let end = -Infinity;
    for (const e of list) {
      start = Math.min(start, extents[e]!.start);
      end = Math.max(end, extents[e]!.end);
    }
    const x0 = b * BUCKET_WIDTH + 1;
    marks.push({
      kind: 'cluster',
      overflow: false,
      row: 0,
      x0,
      x1: Math.min(o.width, x0 + BUCKET_WIDTH - 2),
      count: list.length,
      start,
      end,
    });
  }
  return { marks, rows: 1 };
}
