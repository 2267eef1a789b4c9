import { describe, expect, it } from 'vitest';
import { hitMark } from '../../src/app/core/timeline/hitTest.ts';
import type { EventMarkLayout, LaneLayout } from '../../src/app/core/timeline/layout.ts';

const point = (event: number, row: number, x0: number, labelW = 0): EventMarkLayout => ({
  kind: 'event',
  event,
  row,
  x0,
  x1: x0 + 12,
  y: 5 + row * 24,
  h: 20,
  band: false,
  labelX: x0 + 16,
  labelW,
});
const layout: LaneLayout = {
  height: 5 + 3 * 24 + 18 + 5,
  marks: [
    point(7, 0, 100, 80),
    { ...point(8, 0, 300), x1: 420 },
    point(9, 1, 104),
    { kind: 'cluster', cluster: 'overflow', row: 2, x0: 200, x1: 228, y: 53, h: 20, count: 5, start: 0, end: 1 },
    // A band that began before the window: it is hit on its visible part and on its title pinned at the edge.
    { kind: 'event', event: 10, row: 3, x0: -500, x1: 150, y: 77, h: 18, band: true, labelX: 4, labelW: 90 },
  ],
};
const at = (x: number, y: number) => hitMark(layout, x, y, 600);

describe('hitMark: the painted mark under the pointer', () => {
  it('finds a mark by its box and its drawn extent, with a little slack', () => {
    expect(at(106, 5 + 12)).toMatchObject({ event: 7 });
    expect(at(98, 5 + 12)).toMatchObject({ event: 7 }); // 2 px left of the point
    expect(at(360, 5 + 2)).toMatchObject({ event: 8 });
    expect(at(110, 5 + 24 + 10)).toMatchObject({ event: 9 }); // the row below, same x
    expect(at(214, 5 + 48 + 10)).toMatchObject({ kind: 'cluster', count: 5 });
    expect(at(10, 80)).toMatchObject({ event: 10 });
  });

  it('counts a shown title as part of its mark, as the mark’s button does', () => {
    expect(at(180, 5 + 12)).toMatchObject({ event: 7 });
    expect(at(116 + 80 + 10, 5 + 12)).toBeNull();
  });

  it('finds nothing between marks, above the first row or below the last', () => {
    expect(at(250, 5 + 12)).toBeNull();
    expect(at(106, 2)).toBeNull();
    expect(at(214, 5 + 96 + 4)).toBeNull();
    expect(at(200, 80)).toBeNull(); // right of the band's end and of its title
  });

  it('prefers the mark whose centre is nearest when widened shapes overlap', () => {
    const overlapping: LaneLayout = { height: 34, marks: [point(1, 0, 0), point(2, 0, 8)] };
    expect(hitMark(overlapping, 10, 12, 600)).toMatchObject({ event: 1 });
    expect(hitMark(overlapping, 11, 12, 600)).toMatchObject({ event: 2 });
  });
});
