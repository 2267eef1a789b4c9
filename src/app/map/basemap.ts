/**
 * The world basemap: Natural Earth's 1:50m countries from the world-atlas package, served from the site as a
 * hashed asset (Vite copies the file into the build; no tile server, no request leaves the site) and turned into
 * land and border shapes with topojson-client. Drawing it is d3-geo's job (geoPath); here only loading and
 * shaping.
 */
import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import basemapUrl from 'world-atlas/countries-50m.json?url';

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
  return {
    land: feature(topology, countries),
    borders: mesh(topology, countries, (a, b) => a !== b),
  };
}

/** Fetches the basemap asset relative to the page. The message names the file when it cannot be used. */
export async function loadBasemap(fetcher: (url: string) => Promise<Response> = (u) => fetch(u)): Promise<Basemap> {
  const url = new URL(basemapUrl, document.baseURI).href;
  const res = await fetcher(url);
  if (!res.ok) throw new Error(`The map's basemap (${url}) could not be loaded: HTTP ${res.status}.`);
  return basemapFromTopology((await res.json()) as Topology);
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
