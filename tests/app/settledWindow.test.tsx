// @vitest-environment jsdom
import './jsdomSetup.ts';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ViewWindow } from '../../src/app/core/timeline/viewWindow.ts';
import { resetStore, useTimelineStore } from '../../src/app/store/index.ts';
import { SETTLE_MS, useSettledStoreWindow, useSettledWindow } from '../../src/app/views/timeline/useSettledWindow.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  resetStore();
});

const w = (a: number, b: number): ViewWindow => [a, b];

describe('useSettledWindow', () => {
  it('follows a change after a pause at once, and a stream of changes only when it pauses, as its latest', () => {
    const first = w(0, 100);
    const { result, rerender } = renderHook(({ view }) => useSettledWindow(view), { initialProps: { view: first } });
    expect(result.current).toBe(first);
    vi.advanceTimersByTime(SETTLE_MS + 1);
    const click = w(10, 90);
    rerender({ view: click });
    expect(result.current).toBe(click);
    // A gesture: one window a frame. The settled window stays at the click's until the frames stop.
    const frames = [w(11, 91), w(12, 92), w(13, 93)];
    for (const frame of frames) {
      vi.advanceTimersByTime(16);
      rerender({ view: frame });
      expect(result.current).toBe(click);
    }
    act(() => void vi.advanceTimersByTime(SETTLE_MS));
    expect(result.current).toEqual(frames[2]);
  });

  it('drops the pending step when the stream comes back to the settled window', () => {
    // Every window the hook hands out, in render order: the marks must never jump to a window already left.
    const seen: ViewWindow[] = [];
    const start = w(0, 100);
    const { rerender } = renderHook(
      ({ view }) => {
        const settled = useSettledWindow(view);
        seen.push(settled);
        return settled;
      },
      { initialProps: { view: start } },
    );
    vi.advanceTimersByTime(SETTLE_MS + 1);
    rerender({ view: w(5, 95) });
    vi.advanceTimersByTime(16);
    rerender({ view: w(6, 96) });
    vi.advanceTimersByTime(16);
    rerender({ view: w(5, 95) });
    seen.length = 0;
    act(() => void vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(seen.filter(([a]) => a !== 5)).toEqual([]);
  });
});

describe('useSettledStoreWindow', () => {
  it('follows the store window by the same rule', () => {
    const { result } = renderHook(() => useSettledStoreWindow());
    act(() => void vi.advanceTimersByTime(SETTLE_MS + 1));
    expect(result.current).toBeNull();
    act(() => useTimelineStore.getState().setWindow(w(1, 2)));
    expect(result.current).toEqual(w(1, 2));
    act(() => {
      vi.advanceTimersByTime(16);
      useTimelineStore.getState().setWindow(w(3, 4));
      vi.advanceTimersByTime(16);
      useTimelineStore.getState().setWindow(w(5, 6));
    });
    expect(result.current).toEqual(w(1, 2));
    act(() => void vi.advanceTimersByTime(SETTLE_MS));
    expect(result.current).toEqual(w(5, 6));
  });
});
