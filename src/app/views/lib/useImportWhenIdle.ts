import { useEffect, useState } from 'react';
import { useWhenIdle } from './useWhenIdle.ts';

/**
 * What `load` resolves to once the page has had an idle moment (see useWhenIdle) and the import is done; null
 * until then. `load` must keep its identity (a module-level function).
 *
 * Unlike React.lazy under Suspense, the first render of what was loaded is an ordinary update, done in one go.
 * React 18 renders a lazy component's first mount as a Suspense retry, in time slices, and every store update in
 * between (one per frame of a zoom or pan) throws the slices away: the event list of 100,000 events, mounted
 * during a gesture, was rendered and discarded once per frame until the gesture stopped.
 */
export function useImportWhenIdle<T>(load: () => Promise<T>): T | null {
  const idle = useWhenIdle(true);
  const [loaded, setLoaded] = useState<{ readonly value: T } | null>(null);
  useEffect(() => {
    if (!idle || loaded !== null) return;
    let live = true;
    void load().then((value) => {
      if (live) setLoaded({ value });
    });
    return () => {
      live = false;
    };
  }, [idle, loaded, load]);
  return loaded === null ? null : loaded.value;
}
