/**
 * Paints one frame of the map on a 2D canvas: sea, land and borders (Path2D in base coordinates, scaled by the
 * view transform), the area filter's box, markers outside the box in grey, markers inside in their type's colour
 * (clusters as dark discs with their count), and rings on the hovered and the selected event. Pure drawing:
 * no DOM reads, no store.
 */
import { EVENT_TYPES } from '../../../model/index.ts';
import type { Palette } from '../timeline/paintLane.ts';
import type { BasemapPaths } from './basemap.ts';
import type { MapInk, MapLabel, MapScene } from './mapScene.ts';
import { markerRadius, TYPES, type MapMarker } from '../../core/map/clusters.ts';
import { clusterCount } from '../../core/map/clusterName.ts';
import type { ViewTransform } from '../../core/map/projection.ts';

export const MAP_COLOURS = {
  sea: '#e8eef4',
  land: '#fbfaf7',
  border: '#aeb6c2',
  coast: '#9aa5b4',
  cluster: '#3f4756',
  outside: '#b8bec8',
  box: '#1a4fd6',
  hover: '#f5b700',
} as const;

/**
 * The basemap rasterized once at transform `t` with `margin` CSS px around the view: a frame draws this bitmap
 * scaled and shifted to its own transform (one drawImage) instead of rasterizing 1:50m coastlines and borders,
 * which took most of a frame in software rendering. MapView renders it again, crisp, once the view settles.
 */
export interface BasemapImage {
  readonly canvas: HTMLCanvasElement;
  readonly t: ViewTransform;
  readonly margin: number;
  readonly width: number;
  readonly height: number;
}

/** Rasterizes the basemap for a view of width × height at transform t (into `canvas`, resized). */
export function renderBasemapImage(
  canvas: HTMLCanvasElement,
  paths: BasemapPaths,
  t: ViewTransform,
  width: number,
  height: number,
  dpr: number,
  margin: number,
): BasemapImage | null {
  const w = width + 2 * margin;
  const h = height + 2 * margin;
  canvas.width = Math.round(w * dpr);
  canvas.height = Math.round(h * dpr);
  const ctx = canvas.getContext('2d');
  if (ctx === null) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * (t.x + margin), dpr * (t.y + margin));
  ctx.fillStyle = MAP_COLOURS.land;
  ctx.fill(paths.land);
  ctx.lineWidth = 0.6 / t.k;
  ctx.strokeStyle = MAP_COLOURS.coast;
  ctx.stroke(paths.land);
  ctx.lineWidth = 0.8 / t.k;
  ctx.strokeStyle = MAP_COLOURS.border;
  ctx.stroke(paths.borders);
  return { canvas, t, margin, width: w, height: h };
}

/** A frame on the canvas: the scene, with the basemap as a bitmap and rings on the hovered and selected event. */
export interface MapFrame extends MapScene {
  readonly dpr: number;
  readonly basemap: BasemapImage | null;
  /** Screen positions to ring: the hovered and the selected event. */
  readonly hovered: readonly [number, number] | null;
  readonly selected: readonly [number, number] | null;
}

export function paintMap(ctx: CanvasRenderingContext2D, f: MapFrame, palette: Palette): number {
  const { dpr, t } = f;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = MAP_COLOURS.sea;
  ctx.fillRect(0, 0, f.width, f.height);
  const b = f.basemap;
  if (b !== null) {
    // A base point at cache pixel u (CSS) sits at ((u − margin − b.t.x) / b.t.k) · t.k + t.x on this frame.
    const s = t.k / b.t.k;
    ctx.drawImage(b.canvas, (-b.margin - b.t.x) * s + t.x, (-b.margin - b.t.y) * s + t.y, b.width * s, b.height * s);
  }
  if (f.box !== null) {
    const x0 = f.box.x0 * t.k + t.x;
    const y0 = f.box.y0 * t.k + t.y;
    const x1 = f.box.x1 * t.k + t.x;
    const y1 = f.box.y1 * t.k + t.y;
    ctx.fillStyle = 'rgba(26, 79, 214, 0.06)';
    ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
    ctx.setLineDash([5, 3]);
    ctx.strokeStyle = MAP_COLOURS.box;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x0, y0, x1 - x0, y1 - y0);
    ctx.setLineDash([]);
  }
  ctx.fillStyle = MAP_COLOURS.outside;
  ctx.beginPath();
  for (const m of f.outside) {
    const r = Math.min(markerRadius(m.count), 8);
    ctx.moveTo(m.x + r, m.y);
    ctx.arc(m.x, m.y, r, 0, Math.PI * 2);
  }
  ctx.fill();
  ctx.font = `600 11px ${palette.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const m of f.inside) {
    const r = markerRadius(m.count);
    ctx.beginPath();
    ctx.arc(m.x, m.y, r, 0, Math.PI * 2);
    ctx.fillStyle = m.count === 1 ? (palette.type[f.typeOf(m.event)] ?? palette.fallback) : MAP_COLOURS.cluster;
    ctx.fill();
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1.5;
    ctx.stroke();
    if (m.count > 1 && f.types !== null) typeRing(ctx, m, r, f.types, palette);
    if (m.count > 1) {
      ctx.fillStyle = '#fff';
      ctx.fillText(clusterCount(m.count), m.x, m.y + 0.5);
    }
  }
  if (f.labels !== null) paintLabels(ctx, f.labels, f.inside, f.width, palette);
  ring(ctx, f.hovered, MAP_COLOURS.hover, 3);
  ring(ctx, f.selected, palette.ink, 2);
  return f.inside.length + f.outside.length;
}

function ring(ctx: CanvasRenderingContext2D, at: readonly [number, number] | null, colour: string, width: number) {
  if (at === null) return;
  ctx.beginPath();
  ctx.arc(at[0], at[1], 9, 0, Math.PI * 2);
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.stroke();
}

/** A cluster's events by type, as a ring of arcs around its disc in the types' colours (the timeline's palette). */
function typeRing(ctx: CanvasRenderingContext2D, m: MapMarker, r: number, types: Uint32Array, palette: MapInk): void {
  let angle = -Math.PI / 2;
  ctx.lineWidth = 3.5;
  for (let k = 0; k < TYPES; k++) {
    const n = types[m.cell * TYPES + k]!;
    if (n === 0) continue;
    const sweep = (n / m.count) * Math.PI * 2;
    ctx.beginPath();
    ctx.arc(m.x, m.y, r + 1.75, angle, angle + sweep);
    ctx.strokeStyle = palette.type[EVENT_TYPES[k]!] ?? palette.fallback;
    ctx.stroke();
    angle += sweep;
  }
}

/**
 * Labels beside their markers (right, else left), with a white halo. A label that would cover another marker or
 * a label already drawn is left out: the buttons still name every marker.
 */
function paintLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly MapLabel[],
  markers: readonly MapMarker[],
  width: number,
  palette: Palette,
) {
  ctx.font = `12px ${palette.font}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  type Box = readonly [number, number, number, number];
  const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const discs: Box[] = markers.map((m) => {
    const r = markerRadius(m.count) + 2;
    return [m.x - r, m.y - r, m.x + r, m.y + r];
  });
  const taken: Box[] = [];
  for (const l of labels) {
    const w = ctx.measureText(l.text).width;
    const own: Box = [l.x - l.r, l.y - l.r, l.x + l.r, l.y + l.r];
    const free = (left: number): Box | null => {
      const box: Box = [left - 2, l.y - 8, left + w + 2, l.y + 8];
      if (box[0] < 0 || box[2] > width) return null;
      if (taken.some((b) => overlaps(b, box))) return null;
      if (discs.some((d) => overlaps(d, box) && !overlaps(d, own))) return null;
      return box;
    };
    const right = l.x + l.r + 4;
    const left = l.x - l.r - 4 - w;
    const box = free(right) ?? free(left);
    if (box === null) continue;
    taken.push(box);
    const x = box[0] + 2;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.lineWidth = 3;
    ctx.strokeText(l.text, x, l.y);
    ctx.fillStyle = palette.ink;
    ctx.fillText(l.text, x, l.y);
  }
}
