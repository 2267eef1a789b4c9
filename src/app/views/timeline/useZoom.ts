/**
 * The only code that touches d3-zoom's DOM state. d3-zoom turns wheel, pinch and drag into transforms; this
 * adapter converts each user gesture into a time window for the store, and pushes windows that came from
 * elsewhere (buttons, keys, brush, URL) back into d3-zoom so the next gesture starts from what is shown.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { UtcScale } from '../../core/utcScale.ts';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { MIN_SPAN, type ViewWindow } from '../../core/timeline/viewWindow.ts';

export function useZoom(
  ref: RefObject<HTMLElement | null>,
  base: UtcScale,
  view: ViewWindow,
  onWindow: (w: ViewWindow) => void,
): void {
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  /**
   * Set while we push a window into d3-zoom. The event's sourceEvent cannot tell us apart from the reader: during
   * a wheel gesture (150 ms after the last tick) d3-zoom reuses the gesture and its wheel event for our call too.
   */
  const syncing = useRef(false);
  const pending = useRef<ViewWindow | null>(null);
  const frame = useRef<number | null>(null);
  /** The last window this adapter gave the store: when the store shows it, d3-zoom is already there or ahead. */
  const emitted = useRef<ViewWindow | null>(null);
  const onWindowRef = useRef(onWindow);
  useEffect(() => {
    onWindowRef.current = onWindow;
  }, [onWindow]);

  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    emitted.current = null; // a new base scale: d3-zoom's transform must be recomputed from the store
    const [d0, d1] = base.domain().map(Number) as [number, number];
    const [r0, r1] = base.range() as [number, number];
    const z = zoom<HTMLElement, unknown>()
      .scaleExtent([0.25, Math.max(1, (d1 - d0) / MIN_SPAN)])
      // The extent from the scale, not d3's default (the element's client size): reading that forces a layout
      // on every programmatic window change, once per frame while the window is driven from outside.
      .extent([
        [r0, 0],
        [Math.max(r1, r0 + 1), 1],
      ])
      .on('zoom', (event: { transform: ReturnType<typeof zoomTransform>; sourceEvent: unknown }) => {
        if (syncing.current || event.sourceEvent === null || event.sourceEvent === undefined) return; // our own sync
        const [a, b] = event.transform.rescaleX(base).domain().map(Number) as [number, number];
        // Wheel and pointer events can come faster than frames: hand the store one window per frame.
        pending.current = [a, b];
        if (frame.current === null) {
          frame.current = requestAnimationFrame(() => {
            frame.current = null;
            if (pending.current !== null) {
              emitted.current = pending.current;
              onWindowRef.current(pending.current);
            }
            pending.current = null;
          });
        }
      });
    const s = select(el);
    s.call(z).on('dblclick.zoom', null); // double-click belongs to the marks
    behaviour.current = z;
    return () => {
      s.on('.zoom', null);
      behaviour.current = null;
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [ref, base]);

  useEffect(() => {
    const el = ref.current;
    const z = behaviour.current;
    if (el === null || z === null) return;
    const e = emitted.current;
    if (e !== null && Math.abs(e[0] - view[0]) < 1 && Math.abs(e[1] - view[1]) < 1) return;
    const [r0, r1] = base.range() as [number, number];
    const k = (r1 - r0) / (base(view[1]) - base(view[0]));
    const x = r0 - k * base(view[0]);
    const now = zoomTransform(el);
    if (Math.abs(now.k - k) < 1e-9 * k && Math.abs(now.x - x) < 0.5) return;
    syncing.current = true;
    try {
      select(el).call(z.transform, zoomIdentity.translate(x, 0).scale(k));
    } finally {
      syncing.current = false;
    }
  }, [ref, base, view]);
}
