/**
 * The canvas layer: every lane's marks for the current window, painted imperatively. It subscribes to the
 * store itself (window, hover, selection) and paints in requestAnimationFrame, so zooming and panning never
 * re-render the lanes in React. Each lane body holds one canvas (devicePixelRatio aware, aria-hidden); the lane's
 * height follows its rows, set here through CSSOM (allowed by the CSP, unlike style attributes).
 *
 * The first paint holding marks after each (re)build of the layer dispatches TIMELINE_DRAWN_EVENT on the plot
 * (bubbling; detail: marks painted), for the bench entry's "first drawn events" and for end-to-end tests.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { scaleUtc } from '../../core/utcScale.ts';
import { EVENT_TYPES } from '../../../model/index.ts';
import type { DataIndex } from '../../core/dataIndex.ts';
import { useTimelineStore } from '../../store/index.ts';
import { axisTicks } from './Axis.tsx';
import type { Lane } from '../../core/timeline/lanes.ts';
import type { LaneIndex } from '../../core/timeline/laneIndex.ts';
import { laneMarks } from '../../core/timeline/laneMarks.ts';
import type { LaneLayout, LayoutOptions } from '../../core/timeline/layout.ts';
import { maxBucketCount, paintLane, type PaintGeometry, type Palette } from './paintLane.ts';
import { SETTLE_MS } from './useSettledWindow.ts';
import type { ViewWindow } from '../../core/timeline/viewWindow.ts';

export const TIMELINE_DRAWN_EVENT = 'timeline-drawn';

/**
 * A lane opened from a badge stays open while the reader looks at that stretch or closer; zoomed out to more than
 * twice the width it was opened at, it packs as usual again (an opened lane at fit-all would be very tall).
 */
export function isExpanded(expanded: ReadonlyMap<string, number>, laneKey: string, view: ViewWindow): boolean {
  const at = expanded.get(laneKey);
  return at !== undefined && view[1] - view[0] <= at * 2;
}

export interface TimelineDrawnDetail {
  /** Marks (events and badges) painted in this frame, over all lanes. */
  readonly marks: number;
}

let support: boolean | undefined;
/** Whether this browser gives 2D canvas contexts (jsdom does not): probed once, since jsdom logs each probe. */
export function canvasSupported(): boolean {
  if (support === undefined) {
    try {
      support = typeof document !== 'undefined' && document.createElement('canvas').getContext('2d') !== null;
    } catch {
      support = false;
    }
  }
  return support;
}

/** Event type colours as styles.css defines them (`.type-x { --c }`), read once so CSS stays the one source. */
export function readPalette(host: HTMLElement): Palette {
  const probe = document.createElement('span');
  host.appendChild(probe);
  const type: Record<string, string> = {};
  for (const t of EVENT_TYPES) {
    probe.className = `type-${t}`;
    const c = getComputedStyle(probe).getPropertyValue('--c').trim();
    if (c !== '') type[t] = c;
  }
  const root = getComputedStyle(host);
  probe.remove();
  return {
    type,
    fallback: '#7a8ca6',
    grid: '#eceef2',
    ink: root.color === '' ? '#1d2430' : root.color,
    muted: '#555d6b',
    font: root.fontFamily === '' ? 'system-ui, sans-serif' : root.fontFamily,
  };
}

export interface CanvasLayerInput {
  readonly plotRef: RefObject<HTMLElement | null>;
  readonly lanes: readonly Lane[];
  readonly laneIndexes: readonly LaneIndex[];
  readonly collapsed: ReadonlySet<string>;
  /** Lanes the reader opened from a badge (lane key → the window width it was opened at): see isExpanded. */
  readonly expanded: ReadonlyMap<string, number>;
  readonly index: DataIndex;
  readonly full: ViewWindow;
  readonly width: number;
  readonly options: LayoutOptions;
  readonly geometry: PaintGeometry;
  /** Lane key → its canvas and lane body, registered by the lanes as they mount. */
  readonly canvases: ReadonlyMap<string, HTMLCanvasElement>;
  readonly bodies: ReadonlyMap<string, HTMLElement>;
}

/**
 * Runs the canvas layer; returns whether it is active (false where there is no 2D canvas: the DOM marks then
 * draw themselves) and the layouts last painted (lane key → layout), for hit-testing clicks on the canvas.
 */
export function useCanvasLayer(input: CanvasLayerInput): {
  active: boolean;
  painted: { readonly current: Map<string, LaneLayout> };
} {
  const [active] = useState(canvasSupported);
  const painted = useRef(new Map<string, LaneLayout>());
  const palette = useRef<Palette | null>(null);
  const labels = useRef(new Map<string, string>());
  const { plotRef, lanes, laneIndexes, collapsed, expanded, index, full, width, options, geometry, canvases, bodies } =
    input;

  useLayoutEffect(() => {
    const plot = plotRef.current;
    if (!active || plot === null) return;
    palette.current ??= readPalette(plot);
    const contexts = new Map<HTMLCanvasElement, CanvasRenderingContext2D | null>();
    let announced = false;
    /** performance.now() of the last window change; lanes shrink only once the window has been still a while. */
    let lastMove = -Infinity;
    let shrinkTimer: ReturnType<typeof setTimeout> | undefined;
    let frame: number | null = null;
    const drawNextFrame = (): void => {
      frame ??= requestAnimationFrame(() => {
        frame = null;
        draw();
      });
    };
    // Lane bodies out of the viewport (with a margin), as an IntersectionObserver last reported them. While the
    // window moves only lanes on screen are painted: at 100,000 events a third of the lanes at 1,280 × 800 lay
    // below the fold and their canvases were painted every frame of a gesture for no one. A lane left unpainted is
    // painted as soon as it comes into view, and every lane once the window rests (screenshots and print see all).
    const offScreen = new Set<Element>();
    const unpainted = new Set<Element>();
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => {
              let due = false;
              for (const entry of entries) {
                if (entry.isIntersecting) {
                  offScreen.delete(entry.target);
                  if (unpainted.has(entry.target)) due = true;
                } else offScreen.add(entry.target);
              }
              if (due) drawNextFrame();
            },
            { rootMargin: '200px 0px' },
          );
    for (const body of bodies.values()) observer?.observe(body);
    const draw = () => {
      const still = performance.now() - lastMove >= SETTLE_MS;
      const s = useTimelineStore.getState();
      const view = s.window ?? full;
      const scale = scaleUtc().domain(view).range([0, width]);
      const grid = axisTicks(scale, width).map((t) => Math.round(scale(t)) + 0.5);
      const dpr = window.devicePixelRatio || 1;
      const hoveredId = s.hoveredEventId;
      const selectedId = s.selected?.eventId ?? null;
      let marks = 0;
      painted.current.clear();
      // Layouts first, then paint: the histograms of dense lanes share one scale, the busiest slice in view.
      const work: { lane: Lane; layout: LaneLayout; canvas: HTMLCanvasElement; body: HTMLElement }[] = [];
      lanes.forEach((lane, n) => {
        const canvas = canvases.get(lane.key);
        const body = bodies.get(lane.key);
        const laneIndex = laneIndexes[n];
        if (collapsed.has(lane.key) || canvas === undefined || body === undefined || laneIndex === undefined) return;
        const open = isExpanded(expanded, lane.key, view);
        const layout = laneMarks(laneIndex, index.extents, scale, options, open);
        painted.current.set(lane.key, layout);
        work.push({ lane, layout, canvas, body });
      });
      const maxBucket = maxBucketCount(work.map((w) => w.layout));
      for (const { layout, canvas, body } of work) {
        // While the window moves a lane grows at once but never shrinks: a lane height that changes from frame to
        // frame moves everything below it (re-layout and repaint of the page). It shrinks when the window rests.
        const needed = layout.height;
        const current = parseFloat(body.style.height) || 0;
        const h = still || needed > current ? needed : current;
        if (body.style.height !== `${h}px`) body.style.height = `${h}px`;
        if (!still && offScreen.has(body)) {
          unpainted.add(body);
          continue;
        }
        unpainted.delete(body);
        const w = Math.round(width * dpr);
        const hh = Math.round(h * dpr);
        if (canvas.width !== w || canvas.height !== hh) {
          canvas.width = w;
          canvas.height = hh;
          canvas.style.width = `${width}px`;
          canvas.style.height = `${h}px`;
        }
        let ctx = contexts.get(canvas);
        if (ctx === undefined) {
          ctx = canvas.getContext('2d');
          contexts.set(canvas, ctx);
        }
        if (ctx === null) continue;
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        ctx.clearRect(0, 0, width, h);
        ctx.beginPath();
        for (const x of grid) {
          ctx.moveTo(x, 0);
          ctx.lineTo(x, h);
        }
        ctx.strokeStyle = palette.current!.grid;
        ctx.lineWidth = 1;
        ctx.stroke();
        marks += paintLane(
          ctx,
          {
            layout,
            events: index.events,
            extents: index.extents,
            labelWidth: options.labelWidth,
            width,
            hoveredId,
            selectedId,
            maxBucket,
          },
          palette.current!,
          geometry,
          labels.current,
        );
      }
      // Announced once per build of the layer (data, filters, lanes, width), on its first paint holding marks:
      // an event per frame would cost a dispatch through the page for nobody.
      if (marks > 0 && !announced) {
        announced = true;
        plot.dispatchEvent(
          new CustomEvent<TimelineDrawnDetail>(TIMELINE_DRAWN_EVENT, { bubbles: true, detail: { marks } }),
        );
      }
    };
    // The first paint happens before the browser shows this commit; later ones once per frame at most.
    draw();
    const unsubscribe = useTimelineStore.subscribe((s, p) => {
      if (s.window === p.window && s.hoveredEventId === p.hoveredEventId && s.selected === p.selected) return;
      if (s.window !== p.window) {
        lastMove = performance.now();
        clearTimeout(shrinkTimer);
        shrinkTimer = setTimeout(drawNextFrame, SETTLE_MS);
      }
      drawNextFrame();
    });
    return () => {
      unsubscribe();
      observer?.disconnect();
      clearTimeout(shrinkTimer);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [
    active,
    plotRef,
    lanes,
    laneIndexes,
    collapsed,
    expanded,
    index,
    full,
    width,
    options,
    geometry,
    canvases,
    bodies,
  ]);

  useEffect(() => {
    labels.current.clear(); // label widths follow the options
  }, [options]);

  return { active, painted };
}
