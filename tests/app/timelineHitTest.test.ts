import { describe, expect, it } from 'vitest';
import { hitMark } from '../../src/app/timeline/hitTest.ts';
import type { LaneLayout } from '../../src/app/timeline/layout.ts';

const g = { rowHeight: 24, pad: 5 };
const layout: LaneLayout = {
  rows: 3,
  marks: [
    { kind: 'event', event: 7, row: 0, x0: 100, x1: 112, label: true },
    { kind: 'event', event: 8, row: 0, x0: 300, x1: 420, label: false },
    { kind: 'event', event: 9, row: 1, x0: 104, x1: 116, label: false },
    { kind: 'cluster', overflow: true, row: 2, x0: 200, x1: 228, count: 5, start: 0, end: 1 },
  ],
};
const label = (e: number) => (e === 7 ? 80 : 0);
const at = (x: number, y: number) => hitMark(layout, x, y, g, label);

describe('hitMark: the painted mark under the pointer', () => {
  it('finds a mark by its row and its drawn extent, with a little slack', () => {
    expect(at(106, 5 + 12)).toMatchObject({ event: 7 });
    expect(at(98, 5 + 12)).toMatchObject({ event: 7 }); // 2 px left of the point
    expect(at(360, 5 + 2)).toMatchObject({ event: 8 });
    expect(at(110, 5 + 24 + 10)).toMatchObject({ event: 9 }); // the row below, same x
    expect(at(214, 5 + 48 + 10)).toMatchObject({ kind: 'cluster', count: 5 });
  });

  it('counts a shown title as part of its mark, as the mark’s button does', () => {
    expect(at(180, 5 + 12)).toMatchObject({ event: 7 });
    expect(at(110 + 24 + 80 + 10, 5 + 12)).toBeNull();
  });

  it('finds nothing between marks, above the first row or below the last', () => {
    expect(at(250, 5 + 12)).toBeNull();
    expect(at(106, 2)).toBeNull();
    expect(at(214, 5 + 72 + 4)).toBeNull();
  });

  it('prefers the mark whose centre is nearest when widened shapes overlap', () => {
    const overlapping: LaneLayout = {
      rows: 1,
      marks: [
        { kind: 'event', event: 1, row: 0, x0: 0, x1: 12, label: false },
        { kind: 'event', event: 2, row: 0, x0: 8, x1: 20, label: false },
      ],
    };
    expect(hitMark(overlapping, 10, 12, g, () => 0)).toMatchObject({ event: 1 });
    expect(hitMark(overlapping, 11, 12, g, () => 0)).toMatchObject({ event: 2 });
  });
});
