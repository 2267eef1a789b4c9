import { useEffect, useState } from 'react';
import type { ViewWindow } from './viewWindow.ts';

/** How long the window must stay still before the focusable marks follow it. */
export const SETTLE_MS = 120;

/**
 * The window as it was once it stopped changing for SETTLE_MS: the first value at once, later ones after the
 * gesture pauses. The canvas follows every frame; what this feeds (hundreds of buttons) follows the pauses.
 */
export function useSettledWindow(view: ViewWindow): ViewWindow {
  const [settled, setSettled] = useState(view);
  const same = settled[0] === view[0] && settled[1] === view[1];
  useEffect(() => {
    if (same) return;
    const timer = setTimeout(() => setSettled(view), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [same, view]);
  return same ? view : settled;
}
