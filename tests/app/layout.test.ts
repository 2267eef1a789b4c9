import { describe, expect, it } from 'vitest';
import {
  BUCKET_WIDTH,
  denseThreshold,
  layoutLane,
  type EventMarkLayout,
  type LayoutOptions,
} from '../../src/app/timeline/layout.ts';
import { eventExtent, type TimeExtent } from '../../src/app/timeline/precision.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2020, 0, 1);
/** 1 px per day from T0. */
const scale = (ms: number) => (ms - T0) / DAY;
const options = (o: Partial<LayoutOptions> = {}): LayoutOptions => ({
  width: 400,
  maxRows: 3,
  pointSize: 10,
  minSpan: 6,
  tail: 20,
  gap: 2,
  labelWidth: () => 0,
  ...o,
});
const dayAt = (n: number): TimeExtent =>
  eventExtent({ start: new Date(T0 + n * DAY).toISOString().slice(0, 10), precision: 'day' }, null);

function overlaps(marks: readonly EventMarkLayout[]): boolean {
  return marks.some((a, i) => marks.some((b, j) => i < j && a.row === b.row && a.x0 < b.x1 && b.x0 < a.x1));
}

describe('layoutLane packs marks after scaling so they never hide each other', () => {
  it('puts marks that would overlap into separate rows', () => {
    const extents = [dayAt(10), dayAt(12), dayAt(14), dayAt(100)];
    const { marks, rows } = layoutLane([0, 1, 2, 3], extents, scale, options());
    const events = marks.filter((m): m is EventMarkLayout => m.kind === 'event');
    expect(events).toHaveLength(4);
    expect(overlaps(events)).toBe(false);
    expect(rows).toBe(3);
    // The far one reuses the first row.
    expect(events.find((m) => m.event === 3)!.row).toBe(0);
  });

  it('collapses what does not fit in maxRows into count badges, losing no event', () => {
    const extents = Array.from({ length: 30 }, (_, i) => dayAt(50 + (i % 5)));
    const { marks, rows } = layoutLane(
      extents.map((_, i) => i),
      extents,
      scale,
      options(),
    );
    const events = marks.filter((m) => m.kind === 'event');
    const badges = marks.filter((m) => m.kind === 'cluster');
    expect(events.length).toBeLessThanOrEqual(3 * 2);
    expect(badges.length).toBeGreaterThan(0);
    const counted = events.length + badges.reduce((n, b) => n + (b.kind === 'cluster' ? b.count : 0), 0);
    expect(counted).toBe(30);
    expect(rows).toBe(4); // three rows of marks and one of badges
    for (const b of badges) expect(b.row).toBe(3);
  });

  it('lays out only what meets the visible width', () => {
    const extents = [dayAt(-50), dayAt(10), dayAt(900)];
    const { marks } = layoutLane([0, 1, 2], extents, scale, options());
    expect(marks.map((m) => (m.kind === 'event' ? m.event : -1))).toEqual([1]);
  });

  it('keeps tiny spans visible at their minimum width and gives open ends a tail', () => {
    const month = eventExtent({ start: '2020-02', precision: 'month' }, null);
    const open = eventExtent({ start: '2020-03', precision: 'month', qualifier: 'since' }, null);
    const far = (ms: number) => (ms - T0) / (DAY * 100); // 100 days per pixel
    const { marks } = layoutLane([0, 1], [month, open], far, options());
    const [m, o] = marks as EventMarkLayout[];
    expect(m!.x1 - m!.x0).toBeCloseTo(6);
    expect(o!.x1 - o!.x0).toBeGreaterThanOrEqual(20);
  });

  it('shows titles when they fit, and drops them rather than pushing marks into badges', () => {
    const extents = [dayAt(10), dayAt(40), dayAt(70)];
    const roomy = layoutLane([0, 1, 2], extents, scale, options({ labelWidth: () => 20 }));
    expect(roomy.marks.every((m) => m.kind === 'event' && m.label)).toBe(true);
    const crowded = layoutLane([0, 1, 2], extents, scale, options({ labelWidth: () => 200, maxRows: 1 }));
    expect(crowded.marks.filter((m) => m.kind === 'cluster')).toHaveLength(0);
    // Only the last mark of the row has room for its title.
    expect(crowded.marks.map((m) => m.kind === 'event' && m.label)).toEqual([false, false, true]);
  });

  it('draws a lane denser than the threshold as counts per time bucket, still losing no event', () => {
    const o = options({ width: 200 });
    const n = denseThreshold(o) + 1;
    const extents = Array.from({ length: n }, (_, i) => dayAt((i * 7) % 190));
    const { marks, rows } = layoutLane(
      extents.map((_, i) => i),
      extents,
      scale,
      o,
    );
    expect(rows).toBe(1);
    expect(marks.every((m) => m.kind === 'cluster')).toBe(true);
    expect(marks.reduce((k, m) => k + (m.kind === 'cluster' ? m.count : 0), 0)).toBe(n);
    expect(marks.length).toBeLessThanOrEqual(Math.ceil(200 / BUCKET_WIDTH) + 1);
    // One fewer event and the lane is drawn event by event again.
    const sparse = layoutLane(
      extents.slice(1).map((_, i) => i),
      extents.slice(1),
      scale,
      o,
    );
    expect(sparse.marks.some((m) => m.kind === 'event')).toBe(true);
  });
});
