import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Content width and height of an element, kept current with ResizeObserver where the platform has one; 0 × 0
 * until measured (nothing is drawn at a guessed size). jsdom lays nothing out: there it stays 0 × 0 unless the
 * element reports a size.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const measure = () =>
      setSize((s) =>
        s.width === el.clientWidth && s.height === el.clientHeight
          ? s
          : { width: el.clientWidth, height: el.clientHeight },
      );
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
