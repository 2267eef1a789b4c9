/**
 * Keeps the URL hash and the store in step once data is loaded: the hash is read at start and on back/forward;
 * store changes write it, as a new history entry for filters, grouping and selection, and in place for zoom and
 * pan (debounced), so back and forward step through what the reader did, not through every wheel tick.
 */
import { useEffect } from 'react';
import { useTimelineStore } from './index.ts';
import { decodeUrlState, encodeUrlState, historyMode, pickUrlState } from './urlState.ts';

export function useUrlSync(): void {
  const index = useTimelineStore((s) => s.index);
  useEffect(() => {
    if (index === null) return;
    let applying = false;
    const apply = () => {
      applying = true;
      useTimelineStore.setState(decodeUrlState(window.location.hash, index));
      applying = false;
    };
    apply();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      timer = undefined;
      const next = encodeUrlState(pickUrlState(useTimelineStore.getState()), index);
      const mode = historyMode(window.location.hash, next);
      if (mode === null) return;
      const url = `${window.location.pathname}${window.location.search}${next}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    const unsubscribe = useTimelineStore.subscribe((s, prev) => {
      if (applying) return;
      const now = pickUrlState(s);
      const before = pickUrlState(prev);
      const keys = Object.keys(now) as (keyof typeof now)[];
      const changed = keys.filter((k) => now[k] !== before[k]);
      if (changed.length === 0) return;
      const onlyWindow = changed.every((k) => k === 'window');
      if (onlyWindow) {
        // Written once the window has rested for 250 ms, not every 250 ms while it moves: each history write
        // (encoding the state, replaceState) lands in one frame of a running zoom or pan and lengthens it, which
        // is what a frame p95 counts (in a CPU profile of the bench's zoom and pan at 100,000 events, `write` held
        // 1.5% of the main thread's self time, in the frames it fell in).
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(write, 250);
      } else {
        if (timer !== undefined) clearTimeout(timer);
        write();
      }
    });
    window.addEventListener('popstate', apply);
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      window.removeEventListener('popstate', apply);
    };
  }, [index]);
}
