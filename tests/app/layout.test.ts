import { describe, expect, it } from 'vitest';
import {
  BUCKET_WIDTH,
  denseThreshold,
  histogramHeight,
  layoutLane,
  type ClusterLayout,
  type EventMarkLayout,
  type LayoutOptions,
  type MarkLayout,
} from '../../src/app/core/timeline/layout.ts';
import { eventExtent, type TimeExtent } from '../../src/app/core/timeline/precision.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2020, 0, 1);
/** 1 px per day from T0. */
const scale = (ms: number) => (ms - T0) / DAY;
const options = (o: Partial<LayoutOptions> = {}): LayoutOptions => ({
  width: 400,
  maxRows: 3,
  maxBandRows: 2,
  pointSize: 10,
  minSpan: 6,
  tail: 20,
  gap: 2,
  labelWidth: () => 0,
  rowHeight: 24,
  bandHeight: 18,
  pad: 5,
  ...o,
});
const iso = (n: number) => new Date(T0 + n * DAY).toISOString().slice(0, 10);
const dayAt = (n: number): TimeExtent => eventExtent({ start: iso(n), precision: 'day' }, null);
const year = (y: number): TimeExtent => eventExtent({ start: String(y), precision: 'year' }, null);
const month = (m: string): TimeExtent => eventExtent({ start: m, precision: 'month' }, null);
const all = (extents: readonly TimeExtent[]) => extents.map((_, i) => i);

const points = (marks: readonly MarkLayout[]) =>
  marks.filter((m): m is EventMarkLayout => m.kind === 'event' && !m.band);
const bands = (marks: readonly MarkLayout[]) => marks.filter((m): m is EventMarkLayout => m.kind === 'event' && m.band);
const badges = (marks: readonly MarkLayout[]) => marks.filter((m): m is ClusterLayout => m.kind === 'cluster');
const rowsOf = (marks: readonly MarkLayout[]) => new Set(marks.map((m) => m.y)).size;

function overlaps(marks: readonly EventMarkLayout[]): boolean {
  return marks.some((a, i) => marks.some((b, j) => i < j && a.y === b.y && a.x0 < b.x1 && b.x0 < a.x1));
}

describe('layoutLane packs marks after scaling so they never hide each other', () => {
  it('puts points that would overlap into separate rows, reusing a row once there is room', () => {
    const extents = [dayAt(10), dayAt(12), dayAt(14), dayAt(100)];
    const { marks, height } = layoutLane(all(extents), extents, scale, options());
    const events = points(marks);
    expect(events).toHaveLength(4);
    expect(overlaps(events)).toBe(false);
    expect(rowsOf(events)).toBe(3);
    expect(height).toBe(5 + 3 * 24 + 5);
    expect(events.find((m) => m.event === 3)!.row).toBe(0);
  });

  it('collapses points that do not fit in maxRows into count badges in the row below, losing no event', () => {
    const extents = Array.from({ length: 30 }, (_, i) => dayAt(50 + (i % 5)));
    const { marks } = layoutLane(all(extents), extents, scale, options());
    const events = points(marks);
    expect(events.length).toBeLessThanOrEqual(3 * 2);
    expect(badges(marks).length).toBeGreaterThan(0);
    expect(events.length + badges(marks).reduce((n, b) => n + b.count, 0)).toBe(30);
    for (const b of badges(marks)) {
      expect(b.cluster).toBe('overflow');
      expect(b.y).toBe(5 + 3 * 24);
    }
  });

  it('gives a badge the extent of exactly its events, inside the window, so clicking it zooms in', () => {
    const extents = Array.from({ length: 12 }, (_, i) => dayAt(200 + (i % 3)));
    const { marks } = layoutLane(all(extents), extents, scale, options({ maxRows: 1 }));
    const [badge] = badges(marks);
    expect(badge).toBeDefined();
    const members = extents.filter((_, i) => !points(marks).some((m) => m.event === i));
    expect(badge!.start).toBe(Math.min(...members.map((x) => x.start)));
    expect(badge!.end).toBe(Math.max(...members.map((x) => x.end)));
    expect(badge!.end - badge!.start).toBeLessThanOrEqual(3 * DAY);
  });

  it('lays out only what meets the visible width', () => {
    const extents = [dayAt(-50), dayAt(10), dayAt(900)];
    const { marks } = layoutLane([0, 1, 2], extents, scale, options());
    expect(marks.map((m) => (m.kind === 'event' ? m.event : -1))).toEqual([1]);
  });

  it('keeps tiny spans visible at their minimum width and gives open ends a tail', () => {
    const open = eventExtent({ start: '2020-03', precision: 'month', qualifier: 'since' }, null);
    const far = (ms: number) => (ms - T0) / (DAY * 100); // 100 days per pixel
    const { marks } = layoutLane([0, 1], [month('2020-02'), open], far, options());
    const [m, o] = marks as EventMarkLayout[];
    expect(m!.x1 - m!.x0).toBeCloseTo(6);
    expect(o!.x1 - o!.x0).toBeGreaterThanOrEqual(20);
  });

  it('titles points where they fit, and keeps every point rather than its title', () => {
    const extents = [dayAt(10), dayAt(40), dayAt(70)];
    const roomy = layoutLane([0, 1, 2], extents, scale, options({ labelWidth: () => 20 }));
    expect(points(roomy.marks).every((m) => m.labelW === 20)).toBe(true);
    const crowded = layoutLane([0, 1, 2], extents, scale, options({ labelWidth: () => 200, maxRows: 1 }));
    expect(badges(crowded.marks)).toHaveLength(0);
    // 14 px before the next point is too little for a title (a stub of a word): none; the last one has its full width.
    expect(points(crowded.marks).map((m) => m.labelW)).toEqual([0, 0, 200]);
    const wider = [dayAt(10), dayAt(80), dayAt(150)];
    const cut = layoutLane([0, 1, 2], wider, scale, options({ labelWidth: () => 200, maxRows: 1 }));
    // Each title runs to the next point, cut; the last one to its full width.
    expect(points(cut.marks).map((m) => m.labelW)).toEqual([54, 54, 200]);
  });

  it('cuts a title at the plot’s right edge instead of letting it run off', () => {
    const extents = [dayAt(380)];
    const { marks } = layoutLane([0], extents, scale, options({ labelWidth: () => 150 }));
    const [m] = points(marks);
    expect(m!.labelX + m!.labelW).toBeLessThanOrEqual(400);
  });

  it('draws a lane denser than the threshold as a histogram per time bucket, still losing no event', () => {
    const o = options({ width: 200 });
    const n = denseThreshold(o) + 1;
    const extents = Array.from({ length: n }, (_, i) => dayAt((i * 7) % 190));
    const { marks, height } = layoutLane(all(extents), extents, scale, o);
    expect(height).toBe(histogramHeight(o));
    expect(marks.every((m) => m.kind === 'cluster' && m.cluster === 'bucket')).toBe(true);
    expect(badges(marks).reduce((k, m) => k + m.count, 0)).toBe(n);
    expect(marks.length).toBeLessThanOrEqual(Math.ceil(200 / BUCKET_WIDTH) + 1);
    const sparse = layoutLane(all(extents.slice(1)), extents.slice(1), scale, o);
    expect(sparse.marks.some((m) => m.kind === 'event')).toBe(true);
  });
});

describe('layoutLane: day events first, coarser dates as bands', () => {
  // A window of one month (February 2020) at 10 px a day.
  const feb = (ms: number) => ((ms - Date.UTC(2020, 1, 1)) / DAY) * 10;
  const o = options({ width: 290, labelWidth: () => 60, maxRows: 2 });

  it('never gives a day event’s place to a year or month that covers the window', () => {
    const spans = [year(2019), year(2020), year(2020), month('2020-02'), month('2020-02'), year(2020)];
    const days = [iso(31 + 3), iso(31 + 9), iso(31 + 15), iso(31 + 20), iso(31 + 26)].map((d) =>
      eventExtent({ start: d, precision: 'day' }, null),
    );
    const extents = [...spans, ...days];
    const { marks } = layoutLane(all(extents), extents, feb, o);
    // Every day event visible is a mark of its own, in the point rows above every band.
    expect(
      points(marks)
        .map((m) => m.event)
        .sort((a, b) => a - b),
    ).toEqual([6, 7, 8, 9, 10]);
    const lowestPoint = Math.max(...points(marks).map((m) => m.y + m.h));
    for (const b of bands(marks)) expect(b.y).toBeGreaterThanOrEqual(lowestPoint);
    // 2019 does not meet February 2020; the five other spans take two band rows and a "+3 more" chip.
    expect(bands(marks)).toHaveLength(2);
    const [chip] = badges(marks);
    expect(chip).toMatchObject({ cluster: 'bands', count: 3 });
  });

  it('gives band rows to the shortest spans first: the months, before the years around them', () => {
    const extents = [year(2020), month('2020-02'), year(2020), month('2020-02')];
    const { marks } = layoutLane(all(extents), extents, feb, o);
    expect(
      bands(marks)
        .map((m) => m.event)
        .sort(),
    ).toEqual([1, 3]);
  });

  it('pins a band’s title at the left edge of the window when the span began before it', () => {
    const extents = [year(2020)];
    const { marks } = layoutLane([0], extents, feb, o);
    const [band] = bands(marks);
    expect(band!.x0).toBeLessThan(0);
    expect(band!.labelX).toBe(4);
    expect(band!.labelW).toBe(60);
  });

  it('packs bands side by side when they do not overlap, each titled up to its neighbour', () => {
    const a = eventExtent({ start: '2020-02-02', end: '2020-02-08', precision: 'day' }, null);
    const b = eventExtent({ start: '2020-02-12', end: '2020-02-20', precision: 'day' }, null);
    const { marks } = layoutLane([0, 1], [a, b], feb, o);
    expect(bands(marks)).toHaveLength(2);
    expect(new Set(bands(marks).map((m) => m.y)).size).toBe(1);
    const first = bands(marks).find((m) => m.event === 0)!;
    expect(first.labelX + first.labelW).toBeLessThanOrEqual(110);
  });
});

describe('layoutLane: bands at the edges of the window', () => {
  it('leaves out a band that only touches an edge: it would take a row to show nothing', () => {
    const feb = (ms: number) => ((ms - Date.UTC(2020, 1, 1)) / DAY) * 10;
    const o = options({ width: 290, labelWidth: () => 60 });
    const extents = [month('2020-03'), month('2020-01'), month('2020-02')];
    const { marks } = layoutLane(all(extents), extents, feb, o);
    expect(marks.map((m) => (m.kind === 'event' ? m.event : -1))).toEqual([2]);
  });
});

describe('layoutLane: what makes a lane dense', () => {
  it('counts day points, not the years around them: many spans leave a few days as marks', () => {
    const o = options();
    const limit = denseThreshold(o);
    const spans = Array.from({ length: limit + 10 }, () => year(2020));
    const extents = [...spans, dayAt(30), dayAt(90), dayAt(200)];
    const { marks } = layoutLane(all(extents), extents, scale, o);
    expect(points(marks)).toHaveLength(3);
    expect(badges(marks).find((b) => b.cluster === 'bands')!.count).toBe(limit + 10 - o.maxBandRows);
    // Beyond four times the limit in all, the lane is summarised anyway (bounded work per frame).
    const many = [...Array.from({ length: 4 * limit + 1 }, () => year(2020)), dayAt(30)];
    expect(layoutLane(all(many), many, scale, o).marks.every((m) => m.kind === 'cluster')).toBe(true);
  });
});

describe('layoutLane: titles at the plot’s right edge', () => {
  it('puts the title of the last point left of it when the edge leaves no room on the right', () => {
    const extents = [dayAt(100), dayAt(395)];
    const { marks } = layoutLane([0, 1], extents, scale, options({ labelWidth: () => 80, maxRows: 1 }));
    const [a, b] = points(marks);
    expect(a!.labelX).toBeGreaterThan(a!.x1); // room on the right: there
    expect(b!.labelX + b!.labelW).toBeLessThanOrEqual(b!.x0); // at the edge: on the left
    expect(b!.labelW).toBe(80);
    expect(b!.labelX).toBeGreaterThanOrEqual(a!.labelX + a!.labelW); // and clear of the title before it
  });

  it('gives a point at the edge a row with room on its left for its title, rather than none', () => {
    // The first title ends at x = 339; the point at 380 would fit after it in row 0 with 30 px left for a title.
    const extents = [dayAt(250), dayAt(380)];
    const { marks } = layoutLane([0, 1], extents, scale, options({ labelWidth: () => 80, maxRows: 2 }));
    const [, b] = points(marks);
    expect(b!.row).toBe(1);
    expect(b!.labelW).toBe(80);
    expect(b!.labelX + b!.labelW).toBeLessThanOrEqual(b!.x0);
  });

  it('puts it on the left too when the edge would cut it and the left has more room', () => {
    // The point ends at x = 345: 51 px to the edge (a cut title), 335 px free on its left.
    const { marks } = layoutLane([0], [dayAt(340)], scale, options({ labelWidth: () => 80 }));
    const [p] = points(marks);
    expect(p!.labelW).toBe(80);
    expect(p!.labelX + p!.labelW).toBeLessThanOrEqual(p!.x0);
    // With a whole title's room on the right it stays there.
    const [q] = points(layoutLane([0], [dayAt(300)], scale, options({ labelWidth: () => 80 })).marks);
    expect(q!.labelX).toBeGreaterThan(q!.x1);
  });
});
