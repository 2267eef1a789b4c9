import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Fallback where layout is not computed (jsdom): wide enough for every mark to be laid out. */
const FALLBACK_WIDTH = 800;

/**
 * The content width of an element, kept current with ResizeObserver (where the platform has one), and whether it
 * has been measured yet: before the first layout effect the width is only the fallback, and what is drawn at that
 * width is thrown away at once (the caller can skip drawing it).
 */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T>, number, boolean] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  const [measured, setMeasured] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const measure = () => setWidth(el.clientWidth > 0 ? el.clientWidth : FALLBACK_WIDTH);
    measure();
    setMeasured(true);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width, measured];
}
