import { scaleUtc as d3ScaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { scaleUtc } from '../../src/app/core/utcScale.ts';

describe('utcScale', () => {
  const windows: [number, number, number][] = [
    [Date.UTC(2011, 2, 15), Date.UTC(2024, 0, 1), 800],
    [Date.UTC(2015, 4, 1), Date.UTC(2015, 5, 3), 390],
    [Date.UTC(2016, 11, 27, 6), Date.UTC(2016, 11, 27, 18), 1200],
    [Date.UTC(1990, 0, 1), Date.UTC(2030, 0, 1), 100],
  ];

  it("maps and inverts as d3's scaleUtc does, and ticks on the same calendar boundaries", () => {
    for (const [a, b, w] of windows) {
      const ours = scaleUtc().domain([a, b]).range([0, w]);
      const d3 = d3ScaleUtc().domain([a, b]).range([0, w]);
      for (const t of [a, b, (a + b) / 2, a - 86_400_000, b + 3_600_000])
        expect(ours(t)).toBeCloseTo(d3(t) as number, 9);
      for (const px of [0, w / 3, w, -20]) expect(ours.invert(px).getTime()).toBeCloseTo(d3.invert(px).getTime(), 0);
      for (const n of [2, 5, 10]) expect(ours.ticks(n).map(Number)).toEqual(d3.ticks(n).map(Number));
    }
  });

  it('gives d3-zoom what rescaleX needs: a copy with its own domain', () => {
    const s = scaleUtc().domain([0, 1000]).range([0, 100]);
    const c = s.copy().domain([500, 1500]);
    expect(s.domain().map(Number)).toEqual([0, 1000]);
    expect(c(1000)).toBe(50);
    expect(c.range()).toEqual([0, 100]);
  });

  it('maps a zero-width domain to the middle of the range', () => {
    expect(scaleUtc().domain([5, 5]).range([0, 10])(5)).toBe(5);
  });
});
