import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  fullWindow,
  MIN_SPAN,
  panWindow,
  revealInWindow,
  zoomWindow,
} from '../../src/app/core/timeline/viewWindow.ts';

const DAY = 86_400_000;
const Y2015 = Date.UTC(2015, 0, 1);
const Y2016 = Date.UTC(2016, 0, 1);

describe('view window moves', () => {
  it('fits all events with a margin, and has a default when there are none', () => {
    const [a, b] = fullWindow([Y2015, Y2016]);
    expect(a).toBeLessThan(Y2015);
    expect(b).toBeGreaterThan(Y2016);
    expect(fullWindow(null)[1]).toBeGreaterThan(fullWindow(null)[0]);
  });

  it('zooms around a centre and pans by a fraction of the width', () => {
    expect(zoomWindow([0, 100], 2)).toEqual([25, 75]);
    expect(zoomWindow([0, 100], 2, 0)).toEqual([0, 50]);
    expect(zoomWindow([0, 100], 0.5)).toEqual([-50, 150]);
    expect(panWindow([0, 100], 0.25)).toEqual([25, 125]);
  });

  it('clamps to a day at the closest and keeps the data within reach', () => {
    const bounds = [Y2015, Y2016] as const;
    const tiny = clampWindow([Y2015, Y2015 + 1000], bounds);
    expect(tiny[1] - tiny[0]).toBe(MIN_SPAN);
    const lost = clampWindow([Y2016 + 900 * DAY, Y2016 + 910 * DAY], bounds);
    expect(lost[0]).toBeLessThanOrEqual(Y2016);
  });

  it('moves just enough to reveal an event, keeping the zoom when it fits', () => {
    const w = [Y2015, Y2015 + 30 * DAY] as const;
    expect(revealInWindow(w, Y2015 + 10 * DAY, Y2015 + 11 * DAY)).toBe(w);
    const moved = revealInWindow(w, Y2016, Y2016 + DAY);
    expect(moved[1] - moved[0]).toBe(30 * DAY);
    expect(moved[0]).toBeLessThan(Y2016);
    expect(moved[1]).toBeGreaterThan(Y2016 + DAY);
    // An event longer than the window: the window widens to show all of it.
    const wide = revealInWindow(w, Y2015, Y2016);
    expect(wide[0]).toBeLessThan(Y2015);
    expect(wide[1]).toBeGreaterThan(Y2016);
  });
});
