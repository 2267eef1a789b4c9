import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Fallback where layout is not computed (jsdom): wide enough for every mark to be laid out. */
const FALLBACK_WIDTH = 800;

/** The content width of an element, kept current with ResizeObserver (where the platform has one). */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const measure = () => setWidth(el.clientWidth > 0 ? el.clientWidth : FALLBACK_WIDTH);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}
