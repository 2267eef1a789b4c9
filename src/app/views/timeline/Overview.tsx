/**
 * The whole date range in a strip, with a d3-brush over the visible window: drag or resize it to move the
 * timeline. Like useZoom, the brush's DOM state is d3's; this component only translates between it and the store.
 * The histogram behind it is computed once per filter change and painted on a canvas (OverviewBins), so moving
 * the window only moves the brush.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { brushX, type BrushBehavior } from 'd3-brush';
import { scaleUtc } from '../../core/utcScale.ts';
import { pointer, select } from 'd3-selection';
import type { TimeExtent } from '../../core/timeline/precision.ts';
import { canvasSupported } from './useCanvasLayer.ts';
import type { ViewWindow } from '../../core/timeline/viewWindow.ts';

const HEIGHT = 32;
const BINS = 120;

interface Props {
  readonly width: number;
  readonly full: ViewWindow;
  readonly view: ViewWindow;
  /** True when the timeline shows everything: no brush is drawn, so a drag anywhere draws a new one. */
  readonly isFull: boolean;
  readonly passing: Uint32Array;
  readonly extents: readonly TimeExtent[];
  readonly onWindow: (w: ViewWindow) => void;
}

export function Overview({ width, full, view, isFull, passing, extents, onWindow }: Props) {
  const gRef = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  /** True while the reader drags the brush: the store's window then follows the brush, not the other way. */
  const gesture = useRef(false);
  const onWindowRef = useRef(onWindow);
  const viewRef = useRef(view);
  useEffect(() => {
    onWindowRef.current = onWindow;
    viewRef.current = view;
  }, [onWindow, view]);
  const x = useMemo(() => scaleUtc().domain(full).range([0, width]), [full, width]);

  const bins = useMemo(() => {
    const counts = new Uint32Array(BINS);
    const span = full[1] - full[0];
    for (const i of passing) {
      const e = extents[i]!;
      const b = Math.min(BINS - 1, Math.max(0, Math.floor((((e.start + e.end) / 2 - full[0]) / span) * BINS)));
      counts[b]!++;
    }
    return counts;
  }, [passing, extents, full]);

  useEffect(() => {
    const g = gRef.current;
    if (g === null) return;
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, HEIGHT],
      ])
      .on('start', (event: { sourceEvent: unknown }) => {
        if (event.sourceEvent !== null && event.sourceEvent !== undefined) gesture.current = true;
      })
      .on('brush end', (event: { type: string; selection: [number, number] | null; sourceEvent: unknown }) => {
        if (event.type === 'end') gesture.current = false;
        if (event.sourceEvent === null || event.sourceEvent === undefined) return;
        if (event.selection === null) {
          // A click beside the brush (d3 clears the selection): centre the window there, keeping its width.
          const [px] = pointer(event.sourceEvent, g);
          const [v0, v1] = viewRef.current;
          const c = x.invert(px).getTime();
          onWindowRef.current([c - (v1 - v0) / 2, c + (v1 - v0) / 2]);
          return;
        }
        const [a, b] = event.selection;
        if (b - a < 2) return;
        onWindowRef.current([x.invert(a).getTime(), x.invert(b).getTime()]);
      });
    select(g).call(brush);
    brushRef.current = brush;
    return () => {
      select(g).on('.brush', null).selectAll('*').remove();
      brushRef.current = null;
    };
  }, [x, width]);

  useEffect(() => {
    const g = gRef.current;
    const brush = brushRef.current;
    if (g === null || brush === null || gesture.current) return;
    if (isFull) {
      select(g).call(brush.move, null);
      return;
    }
    const a = Math.max(0, Math.min(width, x(view[0])));
    const b = Math.max(0, Math.min(width, x(view[1])));
    select(g).call(brush.move, b - a >= 1 ? [a, b] : [Math.max(0, a - 1), Math.min(width, a + 1)]);
  }, [x, view, width, isFull]);

  return (
    <div className="overview">
      <OverviewBins bins={bins} width={width} />
      <svg className="overview-brush-layer" width={width} height={HEIGHT} aria-hidden="true">
        <g ref={gRef} className="overview-brush" />
      </svg>
    </div>
  );
}

/** The event-count histogram of the strip, painted when the counts or the width change, never per frame. */
const OverviewBins = memo(function OverviewBins({ bins, width }: { bins: Uint32Array; width: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (canvas === null || !canvasSupported()) return;
    const ctx = canvas.getContext('2d');
    if (ctx === null) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(HEIGHT * dpr);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${HEIGHT}px`;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, HEIGHT);
    ctx.fillStyle = getComputedStyle(canvas).color || '#8d99ae';
    let max = 1;
    for (const c of bins) if (c > max) max = c;
    const bw = width / BINS;
    bins.forEach((c, i) => {
      if (c === 0) return;
      const h = Math.max(1, (c / max) * (HEIGHT - 4));
      ctx.fillRect(i * bw, HEIGHT - h, Math.max(1, bw - 1), h);
    });
  }, [bins, width]);
  return <canvas ref={ref} className="overview-bins" aria-hidden="true" />;
});
