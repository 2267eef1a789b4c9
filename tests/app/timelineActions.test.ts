import { describe, expect, it } from 'vitest';
import { TIMELINE_ACTIONS, actionForKey } from '../../src/app/core/timeline/timelineActions.ts';
import { centreInWindow, fitWindow, fullWindow } from '../../src/app/core/timeline/viewWindow.ts';

const DAY = 86_400_000;

describe('actionForKey', () => {
  const id = (key: string, shift = false, onMark = true) => actionForKey(key, shift, onMark)?.id ?? null;
  it('maps each key to one action, the same the toolbar button runs', () => {
    expect(id('+')).toBe('zoom-in');
    expect(id('+', true)).toBe('zoom-in'); // '+' is typed with Shift on most layouts
    expect(id('-')).toBe('zoom-out');
    expect(id('0')).toBe('fit');
    expect(id('PageDown')).toBe('pan-forward');
    expect(id('ArrowLeft', true)).toBe('pan-back');
  });
  it('leaves plain arrows on a mark to mark navigation, and pans with them elsewhere', () => {
    expect(id('ArrowRight')).toBeNull();
    expect(id('ArrowRight', false, false)).toBe('nudge-forward');
    expect(id('a')).toBeNull();
  });
  it('zooms around the anchor, keeping it where it was', () => {
    const zoomIn = TIMELINE_ACTIONS.find((a) => a.id === 'zoom-in')!;
    const view = [0, 100 * DAY] as const;
    const anchor = 80 * DAY;
    const w = zoomIn.run({ view, anchor })!;
    expect((anchor - w[0]) / (w[1] - w[0])).toBeCloseTo(0.8);
    expect(w[1] - w[0]).toBeCloseTo((100 * DAY) / 1.5);
    expect(TIMELINE_ACTIONS.find((a) => a.id === 'fit')!.run({ view, anchor: null })).toBeNull();
  });
});

describe('fitWindow', () => {
  it('keeps `right` pixels free after the last instant and the time margin before the first', () => {
    const extent = [Date.UTC(2014, 0, 1), Date.UTC(2024, 0, 1)] as const;
    const [a, b] = fitWindow(extent, { width: 1000, left: 8, right: 60 });
    const x = (t: number) => ((t - a) / (b - a)) * 1000;
    expect(1000 - x(extent[1])).toBeGreaterThanOrEqual(60);
    expect(x(extent[0])).toBeGreaterThanOrEqual(8);
    const full = fullWindow(extent);
    expect(a).toBeLessThanOrEqual(full[0]);
  });
  it('gives titles at most a tenth of the plot, not years of blank (a phone: 370 px, 136 px of title)', () => {
    const extent = [Date.UTC(2013, 0, 1), Date.UTC(2023, 6, 10)] as const;
    const [a, b] = fitWindow(extent, { width: 370, left: 8, right: 136 });
    const x = (t: number) => ((t - a) / (b - a)) * 370;
    expect(370 - x(extent[1])).toBeGreaterThanOrEqual(37 - 1e-9);
    // Blank after the last event: the time margin and 37 px, under two years (it was seven).
    expect(b - extent[1]).toBeLessThan(2 * 365 * DAY);
  });
});

describe('centreInWindow', () => {
  it('puts a short event in the middle of a window of the same width', () => {
    expect(centreInWindow([0, 100], 500, 510)).toEqual([455, 555]);
  });
  it('widens for an event longer than the window', () => {
    expect(centreInWindow([0, 100], 0, 1000)).toEqual([-100, 1100]);
  });
});
