import { useEffect, useState } from 'react';

/**
 * False until `wanted` has been true and the page then had an idle moment (at most `timeout` ms later), then true
 * for good: what is imported on demand (the map, the event list) waits until the first screen is drawn.
 */
export function useWhenIdle(wanted: boolean, timeout = 1000): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!wanted || ready) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setReady(true), { timeout });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setReady(true), 50);
    return () => clearTimeout(timer);
  }, [wanted, ready, timeout]);
  return ready;
}
