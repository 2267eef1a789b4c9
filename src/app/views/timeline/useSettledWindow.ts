import { useEffect, useRef, useState } from 'react';
import type { ViewWindow } from '../../core/timeline/viewWindow.ts';
import { useTimelineStore } from '../../store/index.ts';

/**
 * How long the window must stay still before the focusable marks follow it again. Longer than a slow frame on a
 * loaded machine (100–200 ms), so a gesture that stutters does not also pay for re-rendering the buttons.
 */
export const SETTLE_MS = 250;

/** Feeds changes through the settle rule; `cancel` drops a pending one. */
interface Settler<T> {
  readonly push: (latest: () => T) => void;
  readonly cancel: () => void;
}

/**
 * The settle rule, written once for both hooks below: a change after a pause of SETTLE_MS passes at once (a click
 * on "Zoom in", a key, a link); changes that come in a stream (a gesture, one per frame) pass only once the stream
 * pauses, and then as the latest value.
 */
function settler<T>(settle: (value: T) => void): Settler<T> {
  let lastChange = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    push(latest) {
      const now = performance.now();
      const afterPause = now - lastChange > SETTLE_MS;
      lastChange = now;
      clearTimeout(timer);
      if (afterPause) settle(latest());
      else timer = setTimeout(() => settle(latest()), SETTLE_MS);
    },
    cancel: () => clearTimeout(timer),
  };
}

/**
 * The window for what is costly to redraw (hundreds of buttons), settled by the rule above. The canvas follows
 * every frame either way.
 */
export function useSettledWindow(view: ViewWindow): ViewWindow {
  const [settled, setSettled] = useState(view);
  const rule = useRef<Settler<ViewWindow> | null>(null);
  const same = settled[0] === view[0] && settled[1] === view[1];
  useEffect(() => {
    rule.current = settler(setSettled);
    return () => rule.current?.cancel();
  }, []);
  useEffect(() => {
    // Back at the settled window: a pending step of the stream would move it away again.
    if (same) rule.current?.cancel();
    else rule.current?.push(() => view);
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
    const rule = settler(setSettled);
    const latest = () => useTimelineStore.getState().window;
    const unsubscribe = useTimelineStore.subscribe((s, prev) => {
      if (s.window !== prev.window) rule.push(latest);
    });
    // A change made between the first render and the subscription, caught up with in the next task.
    const catchUp = setTimeout(() => setSettled(latest()), 0);
    return () => {
      unsubscribe();
      rule.cancel();
      clearTimeout(catchUp);
    };
  }, []);
  return settled;
}
