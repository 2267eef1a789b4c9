import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleSpan } from '../../src/app/views/timeline/paintLane.ts';

describe('visibleSpan (what of a span the canvas draws)', () => {
  it('leaves a span inside the canvas, or just past its edges, as it is', () => {
    expect(visibleSpan(10, 300, 1000)).toEqual([10, 300]);
    expect(visibleSpan(-8, 1008, 1000)).toEqual([-8, 1008]);
  });

  it('cuts a span far wider than the canvas to just past its edges', () => {
    const [start, end] = visibleSpan(-50_000, 80_000, 1000);
    expect(start).toBeLessThan(0);
    expect(start).toBeGreaterThanOrEqual(-15);
    expect(end).toBeGreaterThan(1000);
    expect(end).toBeLessThanOrEqual(1015);
  });

  it('cuts by whole dash periods, so the dashes on the canvas stay where they were, and never past the span', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 2000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 50, max: 4000 }),
        (whole, length, fraction, width) => {
          const x0 = whole + fraction;
          const x1 = x0 + length;
          const [start, end] = visibleSpan(x0, x1, width);
          expect(start).toBeGreaterThanOrEqual(x0);
          expect(end).toBeLessThanOrEqual(x1);
          expect(start).toBeLessThanOrEqual(end);
          if (x1 < -10 || x0 > width + 10) return; // wholly off the canvas: nothing shows either way
          // Cut by whole periods of 5 px (floating point aside).
          for (const cut of [(start - x0) / 5, (x1 - end) / 5])
            expect(Math.abs(cut - Math.round(cut))).toBeLessThan(1e-6);
          // Whatever lies on the canvas, [0, width], is still drawn.
          expect(start).toBeLessThanOrEqual(Math.max(0, x0));
          expect(end).toBeGreaterThanOrEqual(Math.min(width, x1));
        },
      ),
    );
  });
});
