import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildLaneIndex,
  candidateCount,
  candidates,
  countStarting,
  meetsWindow,
} from '../../src/app/core/timeline/laneIndex.ts';
import { eventExtent, type TimeExtent } from '../../src/app/core/timeline/precision.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2016, 0, 1);
const day = (n: number): TimeExtent =>
  eventExtent({ start: new Date(T0 + n * DAY).toISOString().slice(0, 10), precision: 'day' }, null);
const span = (n: number, days: number): TimeExtent => ({
  start: T0 + n * DAY,
  end: T0 + (n + days) * DAY,
  shape: 'span',
  certainty: 'month',
  openStart: false,
  openEnd: false,
});
/** Extents sorted by start, as the data index keeps them, with their indexes as the lane's events. */
function lane(extents: TimeExtent[]) {
  const sorted = [...extents].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    sorted,
    index: buildLaneIndex(
      sorted.map((_, i) => i),
      sorted,
    ),
  };
}

describe('laneIndex: the events near a window by binary search', () => {
  it('finds every event meeting the window, the long ones that started far before it included', () => {
    const { sorted, index } = lane([day(3), span(-400, 900), day(100), day(101), span(95, 3), day(300)]);
    const t0 = T0 + 99 * DAY;
    const t1 = T0 + 102 * DAY;
    const found = candidates(index, t0, t1).filter((e) => sorted[e]!.end > t0 && sorted[e]!.start < t1);
    const expected = sorted.flatMap((x, i) => (x.end > t0 && x.start < t1 ? [i] : []));
    expect(found.sort()).toEqual(expected.sort());
    expect(expected).toHaveLength(3); // the 900-day span and the two days
  });

  it('looks at an event of a short class no earlier than its class allows', () => {
    // A year of daily events and one long span: a three-day window looks at a handful, not at the whole year.
    const { index } = lane([...Array.from({ length: 365 }, (_, i) => day(i)), span(0, 2000)]);
    const n = candidateCount(index, T0 + 200 * DAY, T0 + 203 * DAY);
    expect(n).toBeGreaterThanOrEqual(4);
    expect(n).toBeLessThanOrEqual(6);
  });

  it('never misses an event that meets a window (property)', () => {
    const ext = fc.record({ start: fc.integer({ min: 0, max: 3000 }), days: fc.integer({ min: 1, max: 800 }) });
    fc.assert(
      fc.property(
        fc.array(ext, { maxLength: 60 }),
        fc.integer({ min: -100, max: 3100 }),
        fc.integer({ min: 1, max: 400 }),
        (xs, a, w) => {
          const { sorted, index } = lane(xs.map((x) => span(x.start, x.days)));
          const t0 = T0 + a * DAY;
          const t1 = t0 + w * DAY;
          const found = new Set(candidates(index, t0, t1));
          expect(found.size).toBe(candidateCount(index, t0, t1));
          sorted.forEach((x, i) => {
            if (x.end > t0 && x.start < t1) expect(found.has(i)).toBe(true);
          });
        },
      ),
    );
  });

  it('counts the events starting in a stretch of time', () => {
    const { index } = lane([day(1), day(1), day(2), span(2, 40), day(9)]);
    expect(countStarting(index, T0 + DAY, T0 + 3 * DAY)).toBe(4);
    expect(countStarting(index, T0 + 3 * DAY, T0 + 9 * DAY)).toBe(0);
    expect(countStarting(index, T0 + 9 * DAY, T0 + 10 * DAY)).toBe(1);
  });
});

describe('meetsWindow: whether a lane has anything in the window', () => {
  it('sees a long span that began long before the window, and nothing in a gap', () => {
    const extents = [
      eventExtent({ start: '2014', end: '2016', precision: 'year' }, null),
      eventExtent({ start: '2020-03-04', precision: 'day' }, null),
    ];
    const lane = buildLaneIndex([0, 1], extents);
    expect(meetsWindow(lane, extents, Date.UTC(2015, 5, 1), Date.UTC(2015, 6, 1))).toBe(true);
    expect(meetsWindow(lane, extents, Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1))).toBe(false);
    expect(meetsWindow(lane, extents, Date.UTC(2020, 2, 4, 12), Date.UTC(2020, 2, 6))).toBe(true);
    expect(meetsWindow(lane, extents, Date.UTC(2020, 2, 5), Date.UTC(2020, 2, 6))).toBe(false);
  });
});
