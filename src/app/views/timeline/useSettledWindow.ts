import { useEffect, useRef, useState } from 'react';
import type { ViewWindow } from '../../core/timeline/viewWindow.ts';
import { useTimelineStore } from '../../store/index.ts';

/**
 * How long the window must stay still before the focusable marks follow it again. Longer than a slow frame on a
 * loaded machine (100–200 ms), so a gesture that stutters does not also pay for re-rendering the buttons.
 */
export const SETTLE_MS = 250;

/**
 * The window for what is costly to redraw (hundreds of buttons): a change after a pause is followed at once
 * (a click on "Zoom in", a key, a link), changes that come in a stream (a gesture, one per frame) only once the
 * stream pauses for SETTLE_MS. The canvas follows every frame either way.
 */
export function useSettledWindow(view: ViewWindow): ViewWindow {
  const [settled, setSettled] = useState(view);
  const lastChange = useRef(-Infinity);
  const same = settled[0] === view[0] && settled[1] === view[1];
  useEffect(() => {
    if (same) return;
    const now = performance.now();
    const afterPause = now - lastChange.current > SETTLE_MS;
    lastChange.current = now;
    if (afterPause) {
      setSettled(view);
      return;
    }
    const timer = setTimeout(() => setSettled(view), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [same, view]);
  return same ? view : settled;
}

/**
 * The store's window (null: fit what is filtered), settled as useSettledWindow settles it, for a component that
 * shows nothing of the live window. It subscribes to the store itself, so a gesture's stream of windows does not
 * render it at all: a component that reads `window` through a selector renders once per frame even when what it
 * shows follows only the settled window (the event list, 250 rows, took a few ms a frame at 100,000 events).
 */
export function useSettledStoreWindow(): ViewWindow | null {
  const [settled, setSettled] = useState(() => useTimelineStore.getState().window);
  useEffect(() => {
    let lastChange = -Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useTimelineStore.subscribe((s, prev) => {
      if (s.window === prev.window) return;
      const now = performance.now();
      const afterPause = now - lastChange > SETTLE_MS;
      lastChange = now;
      clearTimeout(timer);
      if (afterPause) setSettled(s.window);
      else timer = setTimeout(() => setSettled(useTimelineStore.getState().window), SETTLE_MS);
    });
    // A change made between the first render and the subscription, caught up with in the next task.
    timer = setTimeout(() => setSettled(useTimelineStore.getState().window), 0);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
  return settled;
}
