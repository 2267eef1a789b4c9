/**
 * Marks of one lane in pixels, computed after scaling (like Plot's dodge initializer) so that packing depends on
 * what the reader sees. Day events come first: they are points packed greedily in up to `maxRows` rows, each in
 * the first row where it does not touch a neighbour, and what does not fit is merged into count badges in one
 * extra row. Everything coarser than a day (months, years, ranges, "since", "by") is a thin band below them, in
 * band rows of its own, so a year that covers the whole window never takes a day event's place; bands that do
 * not fit in `maxBandRows` fold into one "+N more" chip. Only marks that meet the visible width are returned.
 * The canvas layer paints these marks and the DOM layer gives the same marks focusable buttons; laneMarks.ts
 * feeds this function only the events near the window.
 */
import type { TimeExtent } from './precision.ts';

export interface LayoutOptions {
  /** Visible width in pixels; marks are laid out in [0, width]. */
  readonly width: number;
  /** Rows of day points before the rest folds into badges. */
  readonly maxRows: number;
  /** Rows of bands (spans coarser than a day) before the rest folds into a "+N more" chip. */
  readonly maxBandRows: number;
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
  /** Pitch of a row of day points (and of the badge row). */
  readonly rowHeight: number;
  /** Pitch of a band row: a label line over a thin bar. */
  readonly bandHeight: number;
  /** Space above the first row and below the last. */
  readonly pad: number;
}

export interface EventMarkLayout {
  readonly kind: 'event';
  readonly event: number;
  /** Reading order top to bottom: day rows, the badge row, then band rows. */
  readonly row: number;
  /** Left and right edge of the shape (for a band, its whole time; it may reach past the plot). */
  readonly x0: number;
  readonly x1: number;
  /** Top and height of the mark's box in the lane body. */
  readonly y: number;
  readonly h: number;
  /** True for a band (a span drawn as a thin bar with its label over it), false for a day point. */
  readonly band: boolean;
  /**
   * Where the title starts and how wide it may be drawn; labelW 0 when the mark has no room for one. A point's
   * title is right of it, or left of it (labelX < x0) when the plot's edge leaves no room on the right.
   */
  readonly labelX: number;
  readonly labelW: number;
}

export interface ClusterLayout {
  readonly kind: 'cluster';
  readonly row: number;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly h: number;
  /**
   * 'overflow': day points that did not fit in the rows ("+3"); zooms to them. 'bands': bands that did not fit
   * in the band rows ("+5 more"); they are longer than what zooming in would separate, so it opens the lane.
   * 'bucket': a time slice of a lane too dense for marks, drawn as a histogram by type.
   */
  readonly cluster: 'overflow' | 'bands' | 'bucket';
  /** How many events the badge stands for. */
  readonly count: number;
  /** The time to zoom to so that its events show: their extent (a bucket's, cut at the bucket's end). */
  readonly start: number;
  readonly end: number;
  /** For a bucket: its events per type (indexes of EVENT_TYPES), when the lane knows types. */
  readonly byType?: readonly number[];
}

export type MarkLayout = EventMarkLayout | ClusterLayout;

export interface LaneLayout {
  readonly marks: readonly MarkLayout[];
  /** Height of the lane body in px, pads included. */
  readonly height: number;
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
/** Shortest title worth drawing: below this a label is a stub of a word and an ellipsis ("Sieg…"). */
const MIN_LABEL = 48;
/** Rows a dense lane's histogram takes. */
export const HISTOGRAM_ROWS = 2;

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

/**
 * Whether a lane with `points` day points and `total` events in view is drawn as a histogram. Only points count
 * towards the threshold: spans have band rows of their own and fold into one chip, so thirty years around a
 * month do not turn the month's few days into a histogram. All events together may be four times as many
 * before the lane is summarised anyway, which bounds the work of a frame.
 */
export function isDense(points: number, total: number, o: LayoutOptions): boolean {
  const limit = denseThreshold(o);
  return points > limit || total > 4 * limit;
}

/** The visible part of [x0, x1] in a plot `width` px wide. */
export function visiblePart(x0: number, x1: number, width: number): [number, number] {
  return [Math.max(0, x0), Math.min(width, x1)];
}

interface Placed {
  readonly event: number;
  readonly x0: number;
  readonly x1: number;
}

export function layoutLane(
  events: readonly number[],
  extents: readonly TimeExtent[],
  scale: (ms: number) => number,
  o: LayoutOptions,
): LaneLayout {
  const points: Placed[] = [];
  const spans: Placed[] = [];
  for (const e of events) {
    const x = extents[e]!;
    const [x0, x1] = shapeBounds(x, scale, o);
    // A mark whose shape is off screen is not drawn, even if its title would reach into view; nor is a band that
    // only touches an edge (a month starting where the window ends would take a band row to show nothing).
    if (x1 < 0 || x0 > o.width) continue;
    if (x.shape === 'point') points.push({ event: e, x0, x1 });
    else if (Math.min(x1, o.width) - Math.max(x0, 0) >= 1) spans.push({ event: e, x0, x1 });
  }
  if (isDense(points.length, points.length + spans.length, o)) return bucketLane(events, extents, scale, o);
  const day = packPoints(points, extents, o);
  const bandTop = o.pad + day.rows * o.rowHeight;
  const bands = packBands(spans, extents, o, bandTop, day.rows);
  const height = bandTop + bands.rows * o.bandHeight + o.pad;
  return { marks: [...day.marks, ...bands.marks], height: Math.max(height, o.pad * 2 + o.rowHeight) };
}

/**
 * Day points, left to right, each in the first row where it and its whole title fit; else in a new row while
 * there are fewer than maxRows; else in the row where it cuts the title before it least (titles are soft: a point
 * is never given up for a title); else into a badge. Each title then runs to its right-hand neighbour or the
 * plot's edge, cut with an ellipsis, and is dropped when too little of it would show.
 */
function packPoints(
  points: Placed[],
  extents: readonly TimeExtent[],
  o: LayoutOptions,
): { marks: MarkLayout[]; rows: number } {
  // Events come in start order per duration class, not overall: sort by drawn position.
  points.sort((a, b) => a.x0 - b.x0);
  const shapeEnds: number[] = [];
  const labelEnds: number[] = [];
  const byRow: Placed[][] = [];
  const overflow: Placed[] = [];
  for (const p of points) {
    // A point whose title the plot's edge would cut (the latest events at fit-all) has it on its left: it takes
    // the first row with room there for a readable title, or a new row, before any row where it fits bare.
    const want = o.labelWidth(p.event);
    const atEdge = want > 0 && p.x1 + 4 + want > o.width;
    const leftRoom = o.gap + Math.min(want, MIN_LABEL) + 4;
    let row = atEdge ? labelEnds.findIndex((end) => end + leftRoom <= p.x0) : -1;
    if (row < 0 && atEdge && labelEnds.length < o.maxRows) row = labelEnds.length;
    if (row < 0) row = labelEnds.findIndex((end) => end + o.gap <= p.x0);
    if (row < 0 && labelEnds.length < o.maxRows) row = labelEnds.length;
    if (row < 0) {
      let earliest = Infinity;
      shapeEnds.forEach((end, r) => {
        if (end + o.gap <= p.x0 && end < earliest) {
          earliest = end;
          row = r;
        }
      });
    }
    if (row < 0) {
      overflow.push(p);
      continue;
    }
    if (row === byRow.length) byRow.push([]);
    byRow[row]!.push(p);
    shapeEnds[row] = p.x1;
    labelEnds[row] = want > 0 ? p.x1 + 4 + want : p.x1;
  }
  const marks: MarkLayout[] = [];
  byRow.forEach((row, r) => {
    let prevEnd = -Infinity;
    row.forEach((p, i) => {
      const next = Math.min(row[i + 1]?.x0 ?? Infinity, o.width + o.gap);
      const want = o.labelWidth(p.event);
      const enough = Math.min(want, MIN_LABEL);
      const right = Math.min(want, next - o.gap - (p.x1 + 4));
      // Where the plot's edge cuts the title (the latest events at fit-all, which keeps little room after them),
      // it goes left of the point if the row has more room there, and at least a readable stub.
      const left = Math.min(want, p.x0 - 4 - Math.max(0, prevEnd + o.gap));
      const onLeft = want > 0 && right < want && i === row.length - 1 && left > right && left >= enough;
      const labelW = onLeft ? left : want > 0 && right >= enough ? right : 0;
      const labelX = onLeft ? p.x0 - 4 - labelW : p.x1 + 4;
      marks.push({
        kind: 'event',
        event: p.event,
        row: r,
        x0: p.x0,
        x1: p.x1,
        y: o.pad + r * o.rowHeight,
        h: o.rowHeight - 4,
        band: false,
        labelX,
        labelW,
      });
      prevEnd = labelW > 0 && !onLeft ? labelX + labelW : p.x1;
    });
  });
  const badgeRow = byRow.length;
  for (const c of clusterRuns(overflow, o)) {
    let start = Infinity;
    let end = -Infinity;
    for (const e of c.events) {
      start = Math.min(start, extents[e]!.start);
      end = Math.max(end, extents[e]!.end);
    }
    const mid = (c.x0 + c.x1) / 2;
    const w = Math.max(c.x1 - c.x0, BADGE_MIN);
    marks.push({
      kind: 'cluster',
      cluster: 'overflow',
      row: badgeRow,
      x0: mid - w / 2,
      x1: mid + w / 2,
      y: o.pad + badgeRow * o.rowHeight,
      h: o.rowHeight - 4,
      count: c.events.length,
      start,
      end,
    });
  }
  return { marks, rows: byRow.length + (overflow.length > 0 ? 1 : 0) };
}

/** Overflowing points merged into runs that do not overlap once each badge is widened to BADGE_MIN. */
function clusterRuns(overflow: readonly Placed[], o: LayoutOptions): { events: number[]; x0: number; x1: number }[] {
  const runs: { events: number[]; x0: number; x1: number }[] = [];
  for (const v of overflow) {
    const c = runs[runs.length - 1];
    if (c !== undefined && v.x0 <= Math.max(c.x1, (c.x0 + c.x1) / 2 + BADGE_MIN / 2) + o.gap) {
      c.events.push(v.event);
      c.x1 = Math.max(c.x1, v.x1);
    } else runs.push({ events: [v.event], x0: v.x0, x1: v.x1 });
  }
  return runs;
}

/**
 * Bands: the shortest first (a month says more about a month-wide window than the year around it does), each in
 * the first band row where its visible part and its title fit, else where its visible part alone fits. The title
 * is pinned at the left edge of the visible part, so a year that began off-screen is still named in view. What
 * does not fit is one "+N more" chip in a row of its own.
 */
function packBands(
  spans: Placed[],
  extents: readonly TimeExtent[],
  o: LayoutOptions,
  top: number,
  firstRow: number,
): { marks: MarkLayout[]; rows: number } {
  spans.sort(
    (a, b) => a.x1 - a.x0 - (b.x1 - b.x0) || extents[a.event]!.start - extents[b.event]!.start || a.event - b.event,
  );
  const rows: { lo: number; hi: number }[][] = [];
  const placed: (Placed & { row: number; lo: number })[] = [];
  const overflow: Placed[] = [];
  const fits = (row: { lo: number; hi: number }[], lo: number, hi: number) =>
    row.every((r) => hi + o.gap <= r.lo || lo >= r.hi + o.gap);
  for (const s of spans) {
    const [lo, vis] = visiblePart(s.x0, s.x1, o.width);
    const labelled = Math.min(o.width, Math.max(vis, lo + 4 + o.labelWidth(s.event)));
    let row = rows.findIndex((r) => fits(r, lo, labelled));
    let hi = labelled;
    if (row < 0) {
      row = rows.findIndex((r) => fits(r, lo, vis));
      hi = vis;
    }
    if (row < 0 && rows.length < o.maxBandRows) {
      row = rows.length;
      rows.push([]);
      hi = labelled;
    }
    if (row < 0) {
      overflow.push(s);
      continue;
    }
    rows[row]!.push({ lo, hi });
    placed.push({ ...s, row, lo });
  }
  const marks: MarkLayout[] = [];
  for (const p of placed) {
    // The title runs to the next band of its row (or the plot's edge), whatever room the packing reserved.
    let next = o.width;
    for (const r of rows[p.row]!) if (r.lo > p.lo && r.lo < next) next = r.lo;
    const room = Math.min(o.labelWidth(p.event), next - o.gap - (p.lo + 4));
    marks.push({
      kind: 'event',
      event: p.event,
      row: firstRow + 1 + p.row,
      x0: p.x0,
      x1: p.x1,
      y: top + p.row * o.bandHeight,
      h: o.bandHeight,
      band: true,
      labelX: p.lo + 4,
      labelW: room >= MIN_LABEL ? room : 0,
    });
  }
  if (overflow.length === 0) return { marks, rows: rows.length };
  let start = Infinity;
  let end = -Infinity;
  let x0 = Infinity;
  for (const s of overflow) {
    start = Math.min(start, extents[s.event]!.start);
    end = Math.max(end, extents[s.event]!.end);
    x0 = Math.min(x0, Math.max(0, s.x0));
  }
  const chip = 8 + 7 * `+${overflow.length} more`.length;
  x0 = Math.min(x0, o.width - chip);
  marks.push({
    kind: 'cluster',
    cluster: 'bands',
    row: firstRow + 1 + rows.length,
    x0,
    x1: x0 + chip,
    y: top + rows.length * o.bandHeight,
    h: o.bandHeight,
    count: overflow.length,
    start,
    end,
  });
  return { marks, rows: rows.length + 1 };
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
    marks.push(bucketMark(x0, Math.min(o.width, x0 + BUCKET_WIDTH - 2), list.length, start, end, o));
  }
  return { marks, height: histogramHeight(o) };
}

export function histogramHeight(o: LayoutOptions): number {
  return o.pad * 2 + HISTOGRAM_ROWS * o.rowHeight;
}

/** One time slice of a dense lane, as tall as the histogram. */
export function bucketMark(
  x0: number,
  x1: number,
  count: number,
  start: number,
  end: number,
  o: LayoutOptions,
  byType?: readonly number[],
): ClusterLayout {
  const mark = {
    kind: 'cluster' as const,
    cluster: 'bucket' as const,
    row: 0,
    x0,
    x1,
    y: o.pad,
    h: HISTOGRAM_ROWS * o.rowHeight - 4,
    count,
    start,
    end,
  };
  return byType === undefined ? mark : { ...mark, byType };
}
