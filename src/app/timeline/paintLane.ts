/**
 * Paints one lane's layout on a 2D canvas: the same marks the DOM layer would draw, with the same visual rules
 * (styles.css): a day is a point, a month or year a span drawn lighter the coarser it is (a year dashed), open
 * starts/ends fade out, a red dot marks a date the sources disagree on, a ring marks the hovered event's twins,
 * an outline the selected event; dense stretches are count badges. Pure drawing: no DOM reads, no store.
 */
import type { EventType, TimelineEvent } from '../../model/index.ts';
import type { LaneLayout, MarkLayout } from './layout.ts';
import type { TimeExtent } from './precision.ts';

export interface Palette {
  readonly type: Readonly<Record<string, string>>;
  readonly fallback: string;
  readonly ink: string;
  readonly font: string;
  /** Colour of the tick lines behind the marks. */
  readonly grid: string;
}

export interface PaintGeometry {
  readonly rowHeight: number;
  readonly pad: number;
  /** Height of a mark's button; the shape is centred in it. */
  readonly markHeight: number;
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
}

const OPACITY: Record<TimeExtent['certainty'], number> = { day: 1, month: 0.6, year: 0.38 };
const TAIL = 28;
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
  m: Extract<MarkLayout, { kind: 'event' }>,
  p: PaintInput,
  palette: Palette,
  g: PaintGeometry,
  labels: Map<string, string>,
): void {
  const event = p.events[m.event]!;
  const x = p.extents[m.event]!;
  const colour = palette.type[event.type as EventType] ?? palette.fallback;
  const top = g.pad + m.row * g.rowHeight + (g.markHeight - g.shapeHeight) / 2;
  const h = g.shapeHeight;
  const twin = p.hoveredId === event.id;
  const selected = p.selectedId === event.id;
  const w = Math.max(1, m.x1 - m.x0);
  const [left, right] = visibleSpan(m.x0, m.x0 + w, p.width);
  ctx.beginPath();
  if (x.shape === 'point') ctx.arc(m.x0 + w / 2, top + h / 2, h / 2, 0, Math.PI * 2);
  else ctx.roundRect(left, top, right - left, h, 3);
  ctx.globalAlpha = twin || selected ? 1 : OPACITY[x.certainty];
  if (x.openStart || x.openEnd) {
    const grad = ctx.createLinearGradient(x.openStart ? m.x0 : m.x1, 0, x.openStart ? m.x0 + TAIL : m.x1 - TAIL, 0);
    grad.addColorStop(0, 'rgba(255,255,255,0)');
    grad.addColorStop(1, colour);
    ctx.fillStyle = grad;
  } else ctx.fillStyle = colour;
  ctx.fill();
  ctx.strokeStyle = 'rgba(0,0,0,0.35)';
  ctx.lineWidth = 1;
  ctx.setLineDash(x.certainty === 'year' ? YEAR_DASH : []);
  ctx.stroke();
  ctx.setLineDash([]);
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
    ctx.roundRect(left - 2, top - 2, right - left + 4, h + 4, 4);
    ctx.stroke();
  }
  if (event.dateConflict === true) {
    ctx.beginPath();
    ctx.arc(m.x0 + w, top, 3.5, 0, Math.PI * 2);
    ctx.fillStyle = '#c8102e';
    ctx.fill();
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  if (m.label) {
    ctx.fillStyle = palette.ink;
    ctx.fillText(fitted(ctx, event.title, p.labelWidth(m.event) - 8, labels), m.x1 + 4, top + h / 2);
  }
}

function paintCluster(
  ctx: CanvasRenderingContext2D,
  m: Extract<MarkLayout, { kind: 'cluster' }>,
  g: PaintGeometry,
): void {
  const top = g.pad + m.row * g.rowHeight;
  const w = Math.max(2, m.x1 - m.x0);
  ctx.beginPath();
  ctx.roundRect(m.x0, top, w, g.markHeight, m.overflow ? 10 : 4);
  ctx.fillStyle = m.overflow ? '#4a5262' : '#566073';
  ctx.fill();
  const text = m.overflow ? `+${m.count}` : String(m.count);
  ctx.fillStyle = '#fff';
  ctx.textAlign = 'center';
  ctx.fillText(text, m.x0 + w / 2, top + g.markHeight / 2, Math.max(4, w - 2));
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
  ctx.font = `12px ${palette.font}`;
  // Badges first, then events, so that an event's label is never hidden under a badge.
  ctx.font = `600 11px ${palette.font}`;
  for (const m of p.layout.marks) if (m.kind === 'cluster') paintCluster(ctx, m, g);
  ctx.font = `12px ${palette.font}`;
  for (const m of p.layout.marks) if (m.kind === 'event') paintEvent(ctx, m, p, palette, g, labels);
  return p.layout.marks.length;
}
