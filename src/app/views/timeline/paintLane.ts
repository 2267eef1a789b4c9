/**
 * Paints one lane's layout on a 2D canvas: the same marks the DOM layer would draw, with the same visual rules
 * (styles.css): a day is a point with its title; a month or year is a thin band, lighter the coarser it is (a
 * year dashed), its title pinned at the window's left edge; open starts/ends fade out, a red dot marks a date the
 * sources disagree on, a ring marks the hovered event's twins, an outline the selected event; points that do not
 * fit are count badges, and dense stretches a histogram stacked by type. Pure drawing: no DOM reads, no store.
 */
import { EVENT_TYPES, type EventType, type TimelineEvent } from '../../../model/index.ts';
import { visiblePart, type ClusterLayout, type EventMarkLayout, type LaneLayout } from '../../core/timeline/layout.ts';
import type { TimeExtent } from '../../core/timeline/precision.ts';

export interface Palette {
  readonly type: Readonly<Record<string, string>>;
  readonly fallback: string;
  readonly ink: string;
  /** Secondary text (histogram counts). */
  readonly muted: string;
  readonly font: string;
  /** Colour of the tick lines behind the marks. */
  readonly grid: string;
}

export interface PaintGeometry {
  /** Diameter of a day point, centred in its mark's box. */
  readonly shapeHeight: number;
}

export interface PaintInput {
  readonly layout: LaneLayout;
  readonly events: readonly TimelineEvent[];
  readonly extents: readonly TimeExtent[];
  readonly labelWidth: (event: number) => number;
  /** Width of the canvas in CSS pixels: what lies beyond it is not drawn. */
  readonly width: number;
  readonly hoveredId: string | null;
  readonly selectedId: string | null;
  /** The largest bucket count in view over all lanes: histogram bars are scaled against it. */
  readonly maxBucket: number;
}

const OPACITY: Record<TimeExtent['certainty'], number> = { day: 1, month: 0.6, year: 0.38 };
const TAIL = 28;
/** Height of a band's bar, under its title. */
const BAR_H = 5;
/** Room kept over a histogram bar for its count. */
const COUNT_H = 12;
/** The dash of a year's outline, and its period. */
const YEAR_DASH = [3, 2];
const DASH_PERIOD = 5;
/** How far past the canvas edges a span's drawn part reaches, so its cut ends (and corners) are never seen. */
const OFF_CANVAS = 10;

/**
 * The part of a span [x0, x1] worth drawing on a canvas `width` px wide. Zoomed in, a year is tens of thousands of
 * pixels wide, and the canvas strokes its whole dashed outline, dash by dash, before clipping: panning a month-wide
 * window spent most of each frame there. The span is cut a little beyond each edge, by whole dash periods, so the
 * dashes that show stay exactly where the whole outline puts them.
 */
export function visibleSpan(x0: number, x1: number, width: number): readonly [number, number] {
  const lo = -OFF_CANVAS;
  const hi = width + OFF_CANVAS;
  // A span wholly off the canvas shrinks to its end nearest the canvas: nothing of it shows either way.
  const start = Math.min(x1, x0 < lo ? x0 + Math.floor((lo - x0) / DASH_PERIOD) * DASH_PERIOD : x0);
  const end = Math.max(start, x1 > hi ? x1 - Math.floor((x1 - hi) / DASH_PERIOD) * DASH_PERIOD : x1);
  return [start, end];
}

/** Title cut to fit `max` px with an ellipsis; measured once per title and width (cache owned by the caller). */
function fitted(ctx: CanvasRenderingContext2D, title: string, max: number, cache: Map<string, string>): string {
  const key = `${max}|${title}`;
  let text = cache.get(key);
  if (text !== undefined) return text;
  text = title;
  if (ctx.measureText(text).width > max) {
    let lo = 0;
    let hi = title.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.measureText(`${title.slice(0, mid)}…`).width <= max) lo = mid;
      else hi = mid - 1;
    }
    text = `${title.slice(0, lo)}…`;
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(key, text);
  return text;
}

function paintEvent(
  ctx: CanvasRenderingContext2D,
  m: EventMarkLayout,
  p: PaintInput,
  palette: Palette,
  g: PaintGeometry,
  labels: Map<string, string>,
): void {
  if (m.band) {
    paintBand(ctx, m, p, palette, labels);
    return;
  }
  const event = p.events[m.event]!;
  const x = p.extents[m.event]!;
  const colour = palette.type[event.type as EventType] ?? palette.fallback;
  const top = m.y + (m.h - g.shapeHeight) / 2;
  const h = g.shapeHeight;
  const twin = p.hoveredId === event.id;
  const selected = p.selectedId === event.id;
  const w = Math.max(1, m.x1 - m.x0);
  ctx.beginPath();
  ctx.arc(m.x0 + w / 2, top + h / 2, h / 2, 0, Math.PI * 2);
  ctx.globalAlpha = twin || selected ? 1 : OPACITY[x.certainty];
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.strokeStyle = 'rgba(0,0,0,0.35)';
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.globalAlpha = 1;
  if (twin) {
    ctx.strokeStyle = '#f5b700';
    ctx.lineWidth = 3;
    ctx.stroke();
  }
  if (selected) {
    ctx.beginPath();
    ctx.strokeStyle = palette.ink;
    ctx.lineWidth = 2;
    ctx.roundRect(m.x0 - 2, top - 2, w + 4, h + 4, 4);
    ctx.stroke();
  }
  if (event.dateConflict === true) conflictDot(ctx, m.x0 + w, top);
  if (m.labelW > 0) {
    ctx.fillStyle = palette.ink;
    ctx.fillText(fitted(ctx, event.title, m.labelW - 4, labels), m.labelX, top + h / 2);
  }
}

function conflictDot(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.beginPath();
  ctx.arc(x, y, 3.5, 0, Math.PI * 2);
  ctx.fillStyle = '#c8102e';
  ctx.fill();
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 1;
  ctx.stroke();
}

/**
 * A span coarser than a day: a thin bar at the foot of its band row (lighter the coarser the date, a year's
 * outline dashed, an open end fading out) with its title over it, pinned at the left edge of the visible part.
 */
function paintBand(
  ctx: CanvasRenderingContext2D,
  m: EventMarkLayout,
  p: PaintInput,
  palette: Palette,
  labels: Map<string, string>,
): void {
  const event = p.events[m.event]!;
  const x = p.extents[m.event]!;
  const colour = palette.type[event.type as EventType] ?? palette.fallback;
  const twin = p.hoveredId === event.id;
  const selected = p.selectedId === event.id;
  const barTop = m.y + m.h - BAR_H - 1;
  const [left, right] = visibleSpan(m.x0, Math.max(m.x1, m.x0 + 1), p.width);
  ctx.beginPath();
  ctx.roundRect(left, barTop, right - left, BAR_H, 2);
  ctx.globalAlpha = twin || selected ? 1 : OPACITY[x.certainty];
  if (x.openStart || x.openEnd) {
    const grad = ctx.createLinearGradient(x.openStart ? m.x0 : m.x1, 0, x.openStart ? m.x0 + TAIL : m.x1 - TAIL, 0);
    grad.addColorStop(0, 'rgba(255,255,255,0)');
    grad.addColorStop(1, colour);
    ctx.fillStyle = grad;
  } else ctx.fillStyle = colour;
  ctx.fill();
  if (x.certainty === 'year') {
    ctx.strokeStyle = 'rgba(0,0,0,0.45)';
    ctx.lineWidth = 1;
    ctx.setLineDash(YEAR_DASH);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.globalAlpha = 1;
  if (twin || selected) {
    ctx.beginPath();
    ctx.strokeStyle = twin && !selected ? '#f5b700' : palette.ink;
    ctx.lineWidth = 2;
    ctx.roundRect(left - 1, m.y + 1, right - left + 2, m.h - 2, 3);
    ctx.stroke();
  }
  if (event.dateConflict === true) conflictDot(ctx, Math.min(right, p.width - 4), barTop);
  if (m.labelW > 0) {
    const clipped = m.x0 < 0;
    ctx.fillStyle = palette.ink;
    ctx.font = `11px ${palette.font}`;
    // A band that began before the window says so: its title is pinned here, not at its start.
    const title = clipped ? `◂ ${event.title}` : event.title;
    ctx.fillText(fitted(ctx, title, m.labelW - 4, labels), m.labelX, barTop - 5);
    ctx.font = `12px ${palette.font}`;
  }
}

/** Where a badge's count is written: the middle of its visible part, so a badge cut by an edge still shows it. */
export function countX(m: ClusterLayout, width: number): number {
  const [a, b] = visiblePart(m.x0, m.x1, width);
  return (a + b) / 2;
}

function paintCluster(ctx: CanvasRenderingContext2D, m: ClusterLayout, p: PaintInput, palette: Palette): void {
  if (m.cluster === 'bucket') {
    paintBucket(ctx, m, p, palette);
    return;
  }
  const [a, b] = visiblePart(m.x0, m.x1, p.width);
  const w = Math.max(2, b - a);
  const top = m.y + (m.cluster === 'bands' ? 1 : 0);
  const h = m.cluster === 'bands' ? m.h - 2 : m.h;
  ctx.beginPath();
  ctx.roundRect(a, top, w, h, h / 2);
  ctx.fillStyle = m.cluster === 'bands' ? '#e4e7ec' : '#4a5262';
  ctx.fill();
  const text = m.cluster === 'bands' ? `+${m.count} more` : `+${m.count}`;
  ctx.fillStyle = m.cluster === 'bands' ? palette.ink : '#fff';
  ctx.textAlign = 'center';
  ctx.fillText(text, countX(m, p.width), top + h / 2, Math.max(4, w - 2));
  ctx.textAlign = 'left';
}

/**
 * A time slice of a dense lane: a bar whose height is the slice's count against the lane's busiest slice in view,
 * stacked by event type in the type colours (most frequent type at the bottom), with the count over it.
 */
function paintBucket(ctx: CanvasRenderingContext2D, m: ClusterLayout, p: PaintInput, palette: Palette): void {
  const [a, b] = visiblePart(m.x0, m.x1, p.width);
  const w = Math.max(1, b - a);
  const room = m.h - COUNT_H;
  // Linear, so that twice the bar is twice the events; at least 2 px, so a slice with one event still shows.
  const total = Math.max(2, Math.round((room * m.count) / Math.max(1, p.maxBucket)));
  let y = m.y + m.h;
  const byType = m.byType;
  if (byType === undefined) {
    ctx.fillStyle = palette.fallback;
    ctx.fillRect(a, y - total, w, total);
    y -= total;
  } else {
    const order = byType.map((n, t) => [n, t] as const).filter(([n]) => n > 0);
    order.sort((x, z) => z[0] - x[0] || x[1] - z[1]);
    let acc = 0;
    for (const [n, t] of order) {
      // Cumulative rounding, so the segments add up to the bar exactly.
      const next = acc + n;
      const h = Math.round((next / m.count) * total) - Math.round((acc / m.count) * total);
      acc = next;
      if (h <= 0) continue;
      ctx.fillStyle = palette.type[EVENT_TYPES[t]!] ?? palette.fallback;
      ctx.fillRect(a, y - h, w, h);
      y -= h;
    }
  }
  ctx.fillStyle = palette.muted;
  ctx.textAlign = 'center';
  ctx.fillText(String(m.count), (a + b) / 2, y - COUNT_H / 2, Math.max(4, w));
  ctx.textAlign = 'left';
}

/** Paints `p.layout` into a context already cleared and scaled to CSS pixels. Returns the marks painted. */
export function paintLane(
  ctx: CanvasRenderingContext2D,
  p: PaintInput,
  palette: Palette,
  g: PaintGeometry,
  labels: Map<string, string>,
): number {
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  // Badges first, then events, so that an event's label is never hidden under a badge.
  ctx.font = `600 11px ${palette.font}`;
  for (const m of p.layout.marks) if (m.kind === 'cluster') paintCluster(ctx, m, p, palette);
  ctx.font = `12px ${palette.font}`;
  for (const m of p.layout.marks) if (m.kind === 'event') paintEvent(ctx, m, p, palette, g, labels);
  return p.layout.marks.length;
}

/** The largest bucket count among layouts: the common scale of every lane's histogram in this frame. */
export function maxBucketCount(layouts: Iterable<LaneLayout>): number {
  let max = 1;
  for (const l of layouts)
    for (const m of l.marks) if (m.kind === 'cluster' && m.cluster === 'bucket') max = Math.max(max, m.count);
  return max;
}
