/**
 * Where things go on the map. One Mercator projection (the projection of web maps, in which analysts read fronts
 * and distances between towns; a conflict's area is small enough that its distortion does not show) is fitted
 * once to the events' area; zoom and pan are a screen-space transform over it (d3-zoom's k, x, y), so event
 * positions are projected once and a frame only scales and shifts them.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { DataIndex } from '../dataIndex.ts';
import type { Region } from '../region.ts';

/** d3-zoom's transform, as plain numbers: screen = base × k + (x, y). */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };

/** When no event has a location: the inhabited world (Mercator's poles are infinitely far). */
const WORLD: Region = { west: -170, south: -56, east: 180, north: 76 };
/** Smallest area fitted, in degrees: events in one town still show the country around them. */
const MIN_SPAN = 3;

/** The box holding every located event, widened to MIN_SPAN and by a tenth on each side; WORLD when none. */
export function eventBounds(index: DataIndex): Region {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const e of index.events) {
    const at = e.location;
    if (at === null) continue;
    if (at.lon < west) west = at.lon;
    if (at.lon > east) east = at.lon;
    if (at.lat < south) south = at.lat;
    if (at.lat > north) north = at.lat;
  }
  if (west > east) return WORLD;
  const padLon = Math.max((east - west) * 0.1, (MIN_SPAN - (east - west)) / 2);
  const padLat = Math.max((north - south) * 0.1, (MIN_SPAN - (north - south)) / 2);
  return {
    west: Math.max(-180, west - padLon),
    east: Math.min(180, east + padLon),
    south: Math.max(-80, south - padLat),
    north: Math.min(84, north + padLat),
  };
}

/** A Mercator projection showing `bounds` whole inside a width × height view, with `pad` px to spare. */
export function fitProjection(bounds: Region, width: number, height: number, pad = 12): GeoProjection {
  const corners: [number, number][] = [
    [bounds.west, bounds.south],
    [bounds.east, bounds.north],
    [bounds.west, bounds.north],
    [bounds.east, bounds.south],
  ];
  // precision(0): no adaptive resampling. Natural Earth's 1:50m segments are short enough to draw straight, and
  // resampling made building the basemap's paths several times slower.
  return geoMercator()
    .precision(0)
    .fitExtent(
      [
        [pad, pad],
        [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
      ],
      { type: 'MultiPoint', coordinates: corners },
    );
}

/** Base (untransformed) positions of every event, NaN for events with no location; index order. */
export interface ProjectedPoints {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

export function projectEvents(index: DataIndex, projection: GeoProjection): ProjectedPoints {
  const n = index.events.length;
  const xs = new Float64Array(n).fill(Number.NaN);
  const ys = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    const at = index.events[i]!.location;
    if (at === null) continue;
    const p = projection([at.lon, at.lat]);
    if (p === null) continue;
    xs[i] = p[0];
    ys[i] = p[1];
  }
  return { xs, ys };
}

/** The smallest zoom: the whole world fits the view's width (Mercator's world is 2π × scale wide). */
export function minZoom(projection: GeoProjection, width: number): number {
  return Math.min(1, width / (2 * Math.PI * projection.scale()));
}

/** Longitude and latitude under a screen point. */
export function screenToLonLat(
  projection: GeoProjection,
  t: ViewTransform,
  sx: number,
  sy: number,
): [number, number] | null {
  return projection.invert?.([(sx - t.x) / t.k, (sy - t.y) / t.k]) ?? null;
}

/** The region the view shows (its four edges), clamped to the world. */
export function viewRegion(projection: GeoProjection, t: ViewTransform, width: number, height: number): Region | null {
  const a = screenToLonLat(projection, t, 0, height);
  const b = screenToLonLat(projection, t, width, 0);
  if (a === null || b === null) return null;
  return {
    west: Math.max(-180, a[0]),
    south: Math.max(-90, a[1]),
    east: Math.min(180, b[0]),
    north: Math.min(90, b[1]),
  };
}

/** The transform that shows the base-coordinates box [x0, x1] × [y0, y1] centred, with k at most maxK. */
export function transformToFit(
  box: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number },
  width: number,
  height: number,
  maxK: number,
  pad = 40,
): ViewTransform {
  const w = Math.max(box.x1 - box.x0, 1e-9);
  const h = Math.max(box.y1 - box.y0, 1e-9);
  const k = Math.min(maxK, (width - 2 * pad) / w, (height - 2 * pad) / h);
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}
