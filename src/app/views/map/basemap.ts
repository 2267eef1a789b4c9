/**
 * The world basemap: Natural Earth's countries from the world-atlas package (see basemapFile.ts) turned into land
 * and border shapes with topojson-client. Drawing it is d3-geo's job (geoPath); here only loading and
 * shaping.
 */
import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fetchBasemapFile, type BasemapDetail } from './basemapFile.ts';

export interface Basemap {
  /** Every country's area: the land. */
  readonly land: GeoPermissibleObjects;
  /** Lines between two countries (drawn once each, not twice as each country's outline). */
  readonly borders: GeoPermissibleObjects;
}

/** Shapes a world-atlas topology: its `countries` object gives land and borders. */
export function basemapFromTopology(topology: Topology): Basemap {
  const countries = topology.objects.countries as GeometryCollection | undefined;
  if (countries === undefined) throw new Error('the basemap file has no "countries" object');
  // world-atlas's merged `land` has no inner borders: fewer points to fill and outline than all countries.
  const land = topology.objects.land;
  return {
    land: feature(topology, land ?? countries),
    borders: mesh(topology, countries, (a, b) => a !== b),
  };
}

/** The basemap at a level of detail, from the file the map panel started downloading. */
export async function loadBasemap(detail: BasemapDetail): Promise<Basemap> {
  return basemapFromTopology((await fetchBasemapFile(detail)) as Topology);
}

/** Canvas paths of the basemap in base (untransformed) coordinates, built once per projection. */
export interface BasemapPaths {
  readonly land: Path2D;
  readonly borders: Path2D;
}

/** d3-geo draws into anything with a canvas path's methods; a Path2D has all but beginPath (one path is one). */
function pathContext(p: Path2D): GeoContext {
  return {
    beginPath: () => undefined,
    moveTo: (x, y) => p.moveTo(x, y),
    lineTo: (x, y) => p.lineTo(x, y),
    arc: (x, y, r, a0, a1, ccw) => p.arc(x, y, r, a0, a1, ccw),
    closePath: () => p.closePath(),
  };
}

export function basemapPaths(basemap: Basemap, projection: GeoProjection): BasemapPaths {
  const land = new Path2D();
  const borders = new Path2D();
  geoPath(projection, pathContext(land))(basemap.land);
  geoPath(projection, pathContext(borders))(basemap.borders);
  return { land, borders };
}
