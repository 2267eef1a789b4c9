import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { buildLaneIndex } from '../../src/app/core/timeline/laneIndex.ts';
import { bucketMarks, laneMarks } from '../../src/app/core/timeline/laneMarks.ts';
import {
  BUCKET_WIDTH,
  denseThreshold,
  histogramHeight,
  layoutLane,
  type LayoutOptions,
  type MarkLayout,
} from '../../src/app/core/timeline/layout.ts';
import { eventExtent, type TimeExtent } from '../../src/app/core/timeline/precision.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2019, 6, 1);
const options: LayoutOptions = {
  width: 600,
  maxRows: 3,
  maxBandRows: 2,
  rowHeight: 24,
  bandHeight: 18,
  pad: 5,
  pointSize: 12,
  minSpan: 8,
  tail: 28,
  gap: 4,
  labelWidth: () => 0,
};
const dayAt = (ms: number): TimeExtent =>
  eventExtent({ start: new Date(ms).toISOString().slice(0, 10), precision: 'day' }, null);
/** A deterministic scatter of `n` day events over `days` days (a multiplicative hash, not a seed text). */
function scatter(n: number, days: number): TimeExtent[] {
  return Array.from({ length: n }, (_, i) => dayAt(T0 + ((i * 7919) % days) * DAY)).sort((a, b) => a.start - b.start);
}
const scaleOf = (a: number, b: number) => scaleUtc().domain([a, b]).range([0, options.width]);

describe('laneMarks: level of detail by time bucket', () => {
  it('draws a sparse window event by event, as layoutLane does', () => {
    const extents = scatter(20, 365);
    const lane = buildLaneIndex(
      extents.map((_, i) => i),
      extents,
    );
    const scale = scaleOf(T0, T0 + 365 * DAY);
    const marks = laneMarks(lane, extents, scale, options);
    expect(marks).toEqual(
      layoutLane(
        extents.map((_, i) => i),
        extents,
        scale,
        options,
      ),
    );
    expect(marks.marks.every((m) => m.kind === 'event')).toBe(true);
  });

  it('turns a dense window into count badges that account for every event starting in it', () => {
    const extents = scatter(5000, 3650);
    const lane = buildLaneIndex(
      extents.map((_, i) => i),
      extents,
    );
    const [a, b] = [T0 + 400 * DAY, T0 + 2400 * DAY];
    const { marks, height } = laneMarks(lane, extents, scaleOf(a, b), options);
    expect(height).toBe(histogramHeight(options));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.kind === 'cluster' && m.cluster === 'bucket')).toBe(true);
    const total = marks.reduce((n, m) => n + (m.kind === 'cluster' ? m.count : 0), 0);
    expect(total).toBe(extents.filter((x) => x.start >= a && x.start < b).length);
    // About one badge per BUCKET_WIDTH pixels, each wide enough to read, none overlapping the next.
    expect(marks.length).toBeLessThanOrEqual(Math.ceil(options.width / BUCKET_WIDTH) + 1);
    for (const [i, m] of marks.entries()) {
      expect(m.x1 - m.x0).toBeGreaterThanOrEqual(BUCKET_WIDTH / 2 - 2);
      if (i > 0) expect(m.x0).toBeGreaterThanOrEqual(marks[i - 1]!.x1);
    }
  });

  it('keeps bucket edges on the same instants while panning, so counts do not flicker', () => {
    const extents = scatter(5000, 3650);
    const lane = buildLaneIndex(
      extents.map((_, i) => i),
      extents,
    );
    const [a, b] = [T0 + 400 * DAY, T0 + 2400 * DAY];
    const shift = 37 * DAY;
    const before = bucketMarks(lane, scaleOf(a, b), options);
    const after = bucketMarks(lane, scaleOf(a + shift, b + shift), options);
    const inner = (ms: readonly MarkLayout[]) => ms.slice(1, -1).map((m) => (m.kind === 'cluster' ? m.start : NaN));
    const shared = inner(before.marks).filter((s) => s > a + shift + 2 * ((b - a) / options.width) * BUCKET_WIDTH);
    expect(shared.length).toBeGreaterThan(5);
    for (const s of shared) expect(inner(after.marks)).toContain(s);
  });

  it('switches to buckets only above the density threshold', () => {
    const o = { ...options, width: 300 };
    const n = denseThreshold(o);
    const extents = scatter(n + 1, 300);
    const scale = scaleUtc()
      .domain([T0 - DAY, T0 + 301 * DAY])
      .range([0, o.width]);
    const dense = laneMarks(
      buildLaneIndex(
        extents.map((_, i) => i),
        extents,
      ),
      extents,
      scale,
      o,
    );
    expect(dense.marks.every((m) => m.kind === 'cluster')).toBe(true);
    const fewer = extents.slice(1);
    const sparse = laneMarks(
      buildLaneIndex(
        fewer.map((_, i) => i),
        fewer,
      ),
      fewer,
      scale,
      o,
    );
    expect(sparse.marks.some((m) => m.kind === 'event')).toBe(true);
  });
});

describe('laneMarks: histograms by type, badges that zoom in, lanes that open', () => {
  it('counts each bucket’s events by type, and reaches no further than the bucket', () => {
    const days = scatter(3000, 3650);
    // A span starting in each tenth slot, lasting years: its bucket must not stretch to it.
    const extents = days.map((x, i) =>
      i % 10 === 0
        ? eventExtent(
            { start: new Date(x.start).toISOString().slice(0, 10), precision: 'day', qualifier: 'since' },
            '2030-01-01',
          )
        : x,
    );
    const types = extents.map((_, i) => i % 3);
    const lane = buildLaneIndex(
      extents.map((_, i) => i),
      extents,
      types,
    );
    const [a, b] = [T0, T0 + 3650 * DAY];
    const { marks } = laneMarks(lane, extents, scaleOf(a, b), options);
    for (const m of marks) {
      if (m.kind !== 'cluster') throw new Error('expected buckets');
      expect(m.byType!.reduce((n, k) => n + k, 0)).toBe(m.count);
      expect(m.byType!.slice(3).every((k) => k === 0)).toBe(true);
      // Zooming to it stays inside the slice it stands for (one bucket is about BUCKET_WIDTH px).
      const slice = ((b - a) / options.width) * BUCKET_WIDTH;
      expect(m.end - m.start).toBeLessThanOrEqual(slice * 1.6);
    }
  });

  it('opens a lane: events of one day that no zoom separates all get marks', () => {
    const extents = Array.from({ length: 9 }, () => dayAt(T0 + 10 * DAY));
    const lane = buildLaneIndex(
      extents.map((_, i) => i),
      extents,
    );
    const scale = scaleOf(T0 + 9.5 * DAY, T0 + 11.5 * DAY);
    const closed = laneMarks(lane, extents, scale, options);
    expect(closed.marks.filter((m) => m.kind === 'event')).toHaveLength(3);
    expect(closed.marks.find((m) => m.kind === 'cluster')).toMatchObject({ cluster: 'overflow', count: 6 });
    const open = laneMarks(lane, extents, scale, options, true);
    expect(open.marks.filter((m) => m.kind === 'event')).toHaveLength(9);
    expect(open.height).toBeGreaterThan(closed.height);
  });
});
