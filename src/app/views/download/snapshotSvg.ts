/**
 * "View as SVG": a picture of the current view for a report, built from data in the page. Header (title, the
 * window's dates, how many events, the active filters), the map as shown (MapView's own SVG), the timeline's
 * lanes laid out by the very functions the screen uses (laneMarks over each lane's index, so rows, badges and
 * histograms match what the reader sees), and the legend. Elements come from d3-selection and every string from
 * the data is set with textContent (d3's .text()), never parsed as markup: article text is untrusted.
 */
import { create, type Selection } from 'd3-selection';
import { EVENT_TYPES, type EventType } from '../../../model/index.ts';
import { formatCount } from '../../core/formatCount.ts';
import { formatInstant, tickLabels } from '../../core/formatDate.ts';
import { scaleUtc } from '../../core/utcScale.ts';
import type { DataIndex } from '../../core/dataIndex.ts';
import { axisTicks, fittingLabels } from '../timeline/Axis.tsx';
import { buildLaneIndex } from '../../core/timeline/laneIndex.ts';
import { laneMarks } from '../../core/timeline/laneMarks.ts';
import type { Lane } from '../../core/timeline/lanes.ts';
import { visiblePart, type ClusterLayout, type EventMarkLayout } from '../../core/timeline/layout.ts';
import { TITLE_CHAR_WIDTH, timelineLayoutOptions } from '../timeline/layoutOptions.ts';
import type { Palette } from '../timeline/paintLane.ts';
import { fitWindow, type ViewWindow } from '../../core/timeline/viewWindow.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Width of the picture: a report page at 2× is about this wide; the window in time is the reader's. */
export const SNAPSHOT_WIDTH = 1200;
const MARGIN = 24;
const PLOT_WIDTH = SNAPSHOT_WIDTH - 2 * MARGIN;
const MAX_LABEL = 220;
/** Lanes drawn at most: beyond, the picture would be taller than a canvas can hold for the PNG. */
export const MAX_SNAPSHOT_LANES = 60;
const LANE_HEADER = 20;
/** Tallest the map is drawn, so that the timeline still has the larger part of the picture. */
const MAX_MAP_HEIGHT = 480;
const OPACITY = { day: 1, month: 0.6, year: 0.38 } as const;
/** Titles are cut to their room by the average character width (the screen measures them on its canvas). */
const CHAR_W = TITLE_CHAR_WIDTH;

export interface SnapshotInput {
  readonly title: string;
  readonly index: DataIndex;
  /** The lanes of the filtered events, in the screen's order (selectLanes). */
  readonly lanes: readonly Lane[];
  /** How many events pass the filters. */
  readonly passing: number;
  /** The stored window, or null for "fit what is filtered" (then `extent` is fitted as the screen does). */
  readonly window: ViewWindow | null;
  readonly extent: readonly [number, number] | null;
  /** The active filters in words (filterSummary). */
  readonly filters: readonly string[];
  /** Event types in the data, for the legend. */
  readonly types: readonly EventType[];
  readonly palette: Palette;
  /** The map's current view as a standalone <svg> (currentMapSvg), or null when no map is shown. */
  readonly mapSvg: string | null;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

/** The picture's <defs>: a fade for each open-ended band ("since", "by"), as the canvas paints it. */
interface Defs {
  /** A gradient from transparent at `from` to `colour` at `to` (x in the user space of the mark using it). */
  fade(colour: string, from: number, to: number): string;
}

function makeDefs(svg: G): Defs {
  const defs = svg.append('defs');
  let n = 0;
  return {
    fade(colour, from, to) {
      const id = `fade-${n++}`;
      const g = defs
        .append('linearGradient')
        .attr('id', id)
        .attr('gradientUnits', 'userSpaceOnUse')
        .attr('x1', r1(from))
        .attr('x2', r1(to))
        .attr('y1', 0)
        .attr('y2', 0);
      g.append('stop').attr('offset', 0).attr('stop-color', colour).attr('stop-opacity', 0);
      g.append('stop').attr('offset', 1).attr('stop-color', colour);
      return `url(#${id})`;
    },
  };
}

/** Open bands fade out over this many px at their open end (paintLane's TAIL). */
const TAIL = 28;

/** Title cut to `room` px by the average character width, with an ellipsis. */
function cut(text: string, room: number): string {
  const chars = Math.floor(room / CHAR_W);
  if (text.length <= chars) return text;
  return chars <= 1 ? '' : `${text.slice(0, chars - 1)}…`;
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

function drawEvent(g: G, m: EventMarkLayout, input: SnapshotInput, defs: Defs): void {
  const event = input.index.events[m.event]!;
  const x = input.index.extents[m.event]!;
  const colour = input.palette.type[event.type] ?? input.palette.fallback;
  const mark = g.append('g').attr('class', 'event');
  mark.append('title').text(`${input.index.labels[m.event]}: ${event.title}`);
  if (m.band) {
    const [a, b] = visiblePart(m.x0, Math.max(m.x1, m.x0 + 1), PLOT_WIDTH);
    const top = m.y + m.h - 6;
    const bar = mark
      .append('rect')
      .attr('x', r1(a))
      .attr('y', r1(top))
      .attr('width', r1(Math.max(1, b - a)))
      .attr('height', 5)
      .attr('rx', 2)
      .attr('fill', colour)
      .attr('fill-opacity', OPACITY[x.certainty]);
    if (x.openStart || x.openEnd)
      bar.attr('fill', defs.fade(colour, x.openStart ? m.x0 : m.x1, x.openStart ? m.x0 + TAIL : m.x1 - TAIL));
    if (x.certainty === 'year') bar.attr('stroke', 'rgba(0,0,0,0.45)').attr('stroke-dasharray', '3 2');
    if (event.dateConflict === true) conflictDot(mark, Math.min(b, PLOT_WIDTH - 4), top);
    if (m.labelW > 0)
      mark
        .append('text')
        .attr('x', r1(m.labelX))
        .attr('y', r1(top - 5))
        .attr('font-size', 11)
        .text(cut(m.x0 < 0 ? `◂ ${event.title}` : event.title, m.labelW - 4));
    return;
  }
  const cy = m.y + m.h / 2;
  const cx = m.x0 + Math.max(1, m.x1 - m.x0) / 2;
  mark
    .append('circle')
    .attr('cx', r1(cx))
    .attr('cy', r1(cy))
    .attr('r', 6)
    .attr('fill', colour)
    .attr('fill-opacity', OPACITY[x.certainty])
    .attr('stroke', 'rgba(0,0,0,0.35)');
  if (event.dateConflict === true) conflictDot(mark, m.x1, cy - 6);
  if (m.labelW > 0)
    mark
      .append('text')
      .attr('x', r1(m.labelX))
      .attr('y', r1(cy))
      .attr('dy', '0.35em')
      .text(cut(event.title, m.labelW - 4));
}

function conflictDot(g: G, x: number, y: number): void {
  g.append('circle').attr('cx', r1(x)).attr('cy', r1(y)).attr('r', 3.5).attr('fill', '#c8102e').attr('stroke', '#fff');
}

function drawCluster(g: G, m: ClusterLayout, maxBucket: number, palette: Palette): void {
  const [a, b] = visiblePart(m.x0, m.x1, PLOT_WIDTH);
  const w = Math.max(2, b - a);
  if (m.cluster === 'bucket') {
    const room = m.h - 12;
    const total = Math.max(2, Math.round((room * m.count) / Math.max(1, maxBucket)));
    let y = m.y + m.h;
    const order = (m.byType ?? []).map((n, t) => [n, t] as const).filter(([n]) => n > 0);
    order.sort((p, q) => q[0] - p[0] || p[1] - q[1]);
    let acc = 0;
    for (const [n, t] of order) {
      const h = Math.round(((acc + n) / m.count) * total) - Math.round((acc / m.count) * total);
      acc += n;
      if (h <= 0) continue;
      g.append('rect')
        .attr('x', r1(a))
        .attr('y', r1(y - h))
        .attr('width', r1(Math.max(1, w)))
        .attr('height', h)
        .attr('fill', palette.type[EVENT_TYPES[t]!] ?? palette.fallback);
      y -= h;
    }
    g.append('text')
      .attr('x', r1((a + b) / 2))
      .attr('y', r1(y - 6))
      .attr('dy', '0.35em')
      .attr('text-anchor', 'middle')
      .attr('font-size', 10)
      .attr('fill', palette.muted)
      .text(String(m.count));
    return;
  }
  const bands = m.cluster === 'bands';
  const top = m.y + (bands ? 1 : 0);
  const h = bands ? m.h - 2 : m.h;
  g.append('rect')
    .attr('x', r1(a))
    .attr('y', r1(top))
    .attr('width', r1(w))
    .attr('height', r1(h))
    .attr('rx', r1(h / 2))
    .attr('fill', bands ? '#e4e7ec' : '#4a5262');
  g.append('text')
    .attr('x', r1((a + b) / 2))
    .attr('y', r1(top + h / 2))
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    .attr('font-size', 11)
    .attr('font-weight', 600)
    .attr('fill', bands ? palette.ink : '#fff')
    .text(bands ? `+${m.count} more` : `+${m.count}`);
}

/** The header: title, the window and the count, then one line per active filter. Returns its height. */
function drawHeader(svg: G, input: SnapshotInput, view: ViewWindow): number {
  svg.append('text').attr('x', MARGIN).attr('y', 34).attr('font-size', 20).attr('font-weight', 700).text(input.title);
  svg
    .append('text')
    .attr('class', 'window')
    .attr('x', MARGIN)
    .attr('y', 58)
    .attr('font-size', 13)
    .text(
      `${formatInstant(view[0])} – ${formatInstant(view[1])} · ${formatCount(input.passing)} of ${formatCount(input.index.events.length)} events`,
    );
  const lines = input.filters.length === 0 ? ['No filters: every event'] : input.filters;
  const filters = svg.append('g').attr('class', 'filters').attr('fill', input.palette.muted).attr('font-size', 12);
  lines.forEach((line, n) =>
    filters
      .append('text')
      .attr('x', MARGIN)
      .attr('y', 80 + n * 17)
      .text(cut(line, PLOT_WIDTH * 1.15)),
  );
  return 80 + lines.length * 17;
}

/**
 * The map as the reader sees it, at its size on screen (never enlarged: its labels and markers would grow with
 * it) or shrunk to the picture's width, at the left margin like the timeline.
 */
function drawMap(svg: G, mapSvg: string, top: number): number {
  const doc = new DOMParser().parseFromString(mapSvg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg') return top;
  const w = Number(root.getAttribute('width'));
  const h = Number(root.getAttribute('height'));
  if (!(w > 0 && h > 0)) return top;
  const scale = Math.min(1, PLOT_WIDTH / w, MAX_MAP_HEIGHT / h);
  const [width, height] = [w * scale, h * scale];
  const map = document.importNode(root, true);
  map.setAttribute('x', String(MARGIN));
  map.setAttribute('y', String(top));
  map.setAttribute('width', String(r1(width)));
  map.setAttribute('height', String(r1(height)));
  svg.node()!.appendChild(map);
  svg
    .append('rect')
    .attr('x', MARGIN)
    .attr('y', top)
    .attr('width', r1(width))
    .attr('height', r1(height))
    .attr('fill', 'none')
    .attr('stroke', '#d5d9e0');
  return top + height + 16;
}

/** The time axis: ticks as the screen picks them, with the labels that fit. Returns the height used. */
function drawAxis(g: G, view: ViewWindow, palette: Palette): number {
  const scale = scaleUtc().domain(view).range([0, PLOT_WIDTH]);
  const ticks = axisTicks(scale, PLOT_WIDTH);
  const labels = tickLabels(ticks);
  const xs = ticks.map((t) => scale(t));
  const fits = fittingLabels(xs, labels, PLOT_WIDTH);
  const axis = g.append('g').attr('class', 'axis').attr('font-size', 11).attr('fill', palette.muted);
  axis.append('line').attr('x1', 0).attr('x2', PLOT_WIDTH).attr('y1', 22).attr('y2', 22).attr('stroke', '#c9ced6');
  ticks.forEach((_, n) => {
    axis
      .append('line')
      .attr('x1', r1(xs[n]!))
      .attr('x2', r1(xs[n]!))
      .attr('y1', 16)
      .attr('y2', 22)
      .attr('stroke', '#c9ced6');
    if (fits[n])
      axis
        .append('text')
        .attr('x', r1(xs[n]!))
        .attr('y', 10)
        .attr('text-anchor', n === 0 ? 'start' : 'middle')
        .text(labels[n]!);
  });
  return 30;
}

/** Lanes with something in the window, each a header and its marks; the rest named in one line. */
function drawLanes(g: G, input: SnapshotInput, view: ViewWindow, gridTicks: readonly number[], defs: Defs): number {
  const scale = scaleUtc().domain(view).range([0, PLOT_WIDTH]);
  const options = timelineLayoutOptions(input.index.events, PLOT_WIDTH, MAX_LABEL);
  const layouts = input.lanes.map((lane) => ({
    lane,
    layout: laneMarks(
      buildLaneIndex(lane.events, input.index.extents, input.index.typeOf),
      input.index.extents,
      scale,
      options,
    ),
  }));
  const drawn = layouts.filter((l) => l.layout.marks.length > 0);
  const empty = layouts.filter((l) => l.layout.marks.length === 0).map((l) => l.lane.name);
  let maxBucket = 1;
  for (const { layout } of drawn)
    for (const m of layout.marks)
      if (m.kind === 'cluster' && m.cluster === 'bucket') maxBucket = Math.max(maxBucket, m.count);
  let y = 0;
  for (const { lane, layout } of drawn.slice(0, MAX_SNAPSHOT_LANES)) {
    const laneG = g.append('g').attr('class', 'lane').attr('transform', `translate(0,${y})`);
    laneG.append('rect').attr('width', PLOT_WIDTH).attr('height', LANE_HEADER).attr('fill', '#f4f5f8');
    const name = laneG
      .append('text')
      .attr('x', 6)
      .attr('y', LANE_HEADER / 2)
      .attr('dy', '0.35em');
    name
      .append('tspan')
      .attr('font-weight', 600)
      .text(`${lane.group === null ? '' : `${lane.group} · `}${lane.name}`);
    name
      .append('tspan')
      .attr('dx', 8)
      .attr('fill', input.palette.muted)
      .text(`${lane.events.length} ${lane.events.length === 1 ? 'event' : 'events'}`);
    const body = laneG.append('g').attr('transform', `translate(0,${LANE_HEADER})`);
    for (const x of gridTicks)
      body
        .append('line')
        .attr('x1', r1(x))
        .attr('x2', r1(x))
        .attr('y2', layout.height)
        .attr('stroke', input.palette.grid);
    for (const m of layout.marks) if (m.kind === 'cluster') drawCluster(body, m, maxBucket, input.palette);
    for (const m of layout.marks) if (m.kind === 'event') drawEvent(body, m, input, defs);
    y += LANE_HEADER + layout.height;
  }
  const notes: string[] = [];
  if (drawn.length > MAX_SNAPSHOT_LANES) notes.push(`${drawn.length - MAX_SNAPSHOT_LANES} more lanes not drawn`);
  if (empty.length > 0)
    notes.push(
      `Nothing in this window: ${empty.slice(0, 8).join(', ')}${empty.length > 8 ? ` and ${empty.length - 8} more` : ''}`,
    );
  for (const note of notes) {
    y += 18;
    g.append('text')
      .attr('x', 0)
      .attr('y', y)
      .attr('font-size', 12)
      .attr('fill', input.palette.muted)
      .text(cut(note, PLOT_WIDTH));
  }
  if (drawn.length === 0 && empty.length === 0) {
    y += 18;
    g.append('text').attr('y', y).attr('fill', input.palette.muted).text('No event passes the filters.');
  }
  return y + 8;
}

/** Shapes, then the colour of each event type in the data, flowing over lines. Returns the height used. */
function drawLegend(g: G, input: SnapshotInput, defs: Defs): number {
  // A swatch: a 12 px square for a type; a thin bar for a date shape (as the bands are drawn).
  const swatch = (at: G, fill: string, bar: boolean) =>
    at
      .append('rect')
      .attr('y', bar ? -2.5 : -6)
      .attr('width', bar ? 18 : 12)
      .attr('height', bar ? 5 : 12)
      .attr('rx', 2)
      .attr('fill', fill);
  const grey = input.palette.fallback;
  const items: { label: string; draw: (at: G) => void }[] = [
    {
      label: 'day',
      draw: (at) =>
        at.append('circle').attr('cx', 6).attr('r', 6).attr('fill', grey).attr('stroke', 'rgba(0,0,0,0.35)'),
    },
    ...(['month', 'year'] as const).map((c) => ({
      label: c,
      draw: (at: G) => {
        const bar = swatch(at, grey, true).attr('fill-opacity', OPACITY[c]);
        if (c === 'year') bar.attr('stroke', 'rgba(0,0,0,0.45)').attr('stroke-dasharray', '3 2');
      },
    })),
    ...(
      [
        ['“since”: until the article’s date', 18, 0],
        ['“by”: at some time before', 0, 18],
      ] as const
    ).map(([label, from, to]) => ({ label, draw: (at: G) => void swatch(at, defs.fade(grey, from, to), true) })),
    {
      label: 'sources disagree on the date',
      draw: (at) => at.append('circle').attr('cx', 6).attr('r', 3.5).attr('fill', '#c8102e'),
    },
    ...input.types.map((t) => ({
      label: t,
      draw: (at: G) => void swatch(at, input.palette.type[t] ?? grey, false),
    })),
  ];
  g.append('text').attr('y', 0).attr('dy', '0.35em').attr('font-weight', 600).text('Legend');
  let x = 64;
  let y = 0;
  for (const item of items) {
    const w = 26 + item.label.length * CHAR_W + 18;
    if (x + w > PLOT_WIDTH) {
      x = 64;
      y += 22;
    }
    const at = g
      .append('g')
      .attr('class', 'legend-item')
      .attr('transform', `translate(${r1(x)},${y})`);
    item.draw(at);
    at.append('text').attr('x', 24).attr('dy', '0.35em').text(item.label);
    x += w;
  }
  return y + 16;
}

/** The window the picture shows: the reader's, or the fit of what is filtered at the picture's width. */
export function snapshotWindow(input: Pick<SnapshotInput, 'window' | 'extent' | 'index'>): ViewWindow {
  return (
    input.window ?? fitWindow(input.extent ?? input.index.extent, { width: PLOT_WIDTH, left: 8, right: MAX_LABEL + 16 })
  );
}

/** The whole picture as a standalone <svg> element (not attached to the page). */
export function snapshotSvg(input: SnapshotInput): SVGSVGElement {
  const view = snapshotWindow(input);
  // The serializer writes the SVG namespace of the root (created in it by d3's `svg:` prefix).
  const svg = create<SVGSVGElement>('svg:svg')
    .attr('font-family', input.palette.font)
    .attr('font-size', 12)
    .attr('fill', input.palette.ink);
  svg.append('title').text(input.title);
  const background = svg.append('rect').attr('width', SNAPSHOT_WIDTH).attr('fill', '#fff');
  const root = svg as unknown as G;
  const defs = makeDefs(root);
  let y = drawHeader(root, input, view) + 12;
  if (input.mapSvg !== null) y = drawMap(root, input.mapSvg, y);
  const scale = scaleUtc().domain(view).range([0, PLOT_WIDTH]);
  const gridTicks = axisTicks(scale, PLOT_WIDTH).map((t) => scale(t));
  const axisG = root.append('g').attr('transform', `translate(${MARGIN},${y})`);
  y += drawAxis(axisG, view, input.palette);
  const lanesG = root.append('g').attr('class', 'lanes').attr('transform', `translate(${MARGIN},${y})`);
  y += drawLanes(lanesG, input, view, gridTicks, defs) + 12;
  const legendG = root
    .append('g')
    .attr('class', 'legend')
    .attr('transform', `translate(${MARGIN},${y + 8})`);
  y += drawLegend(legendG, input, defs) + 24;
  const height = Math.ceil(y);
  background.attr('height', height);
  svg.attr('width', SNAPSHOT_WIDTH).attr('height', height).attr('viewBox', `0 0 ${SNAPSHOT_WIDTH} ${height}`);
  return svg.node()!;
}
