/**
 * Paints one frame of the map on a 2D canvas: sea, land and borders (Path2D in base coordinates, scaled by the
 * view transform), the area filter's box, markers outside the box in grey, markers inside in their type's colour
 * (clusters as dark discs with their count), and rings on the hovered and the selected event. Pure drawing:
 * no DOM reads, no store.
 */
import type { EventType } from '../../model/index.ts';
import type { Palette } from '../timeline/paintLane.ts';
import type { BasemapPaths } from './basemap.ts';
import { markerRadius, type MapMarker } from './clusters.ts';
import type { ViewTransform } from './projection.ts';

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

export interface MapFrame {
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  readonly t: ViewTransform;
  readonly paths: BasemapPaths | null;
  readonly inside: readonly MapMarker[];
  readonly outside: readonly MapMarker[];
  /** The area filter's box in base coordinates, or null. */
  readonly box: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number } | null;
  /** Type of each event index (for the colour of lone events). */
  readonly typeOf: (event: number) => EventType;
  /** Screen positions to ring: the hovered and the selected event. */
  readonly hovered: readonly [number, number] | null;
  readonly selected: readonly [number, number] | null;
}

export function paintMap(ctx: CanvasRenderingContext2D, f: MapFrame, palette: Palette): number {
  const { dpr, t } = f;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = MAP_COLOURS.sea;
  ctx.fillRect(0, 0, f.width, f.height);
  if (f.paths !== null) {
    ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
    ctx.fillStyle = MAP_COLOURS.land;
    ctx.fill(f.paths.land);
    ctx.lineWidth = 0.6 / t.k;
    ctx.strokeStyle = MAP_COLOURS.coast;
    ctx.stroke(f.paths.land);
    ctx.lineWidth = 0.8 / t.k;
    ctx.strokeStyle = MAP_COLOURS.border;
    ctx.stroke(f.paths.borders);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
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
    if (m.count > 1) {
      ctx.fillStyle = '#fff';
      ctx.fillText(m.count >= 10_000 ? `${Math.round(m.count / 1000)}k` : String(m.count), m.x, m.y + 0.5);
    }
  }
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
