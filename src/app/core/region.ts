/**
 * The map's area filter: a box in longitude and latitude that an event's location must lie in. Pure functions
 * only: the test, the label the filter list shows, and the URL form (`r=west,south,east,north`).
 */

export interface Region {
  /** Degrees, west ≤ east and south ≤ north (the map draws one world, so a box never crosses the antimeridian). */
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

export function inRegion(lat: number, lon: number, r: Region): boolean {
  return lat >= r.south && lat <= r.north && lon >= r.west && lon <= r.east;
}

/** A box from two corners in any order, clamped to the world; null when it has no area. */
export function regionFromCorners(lon0: number, lat0: number, lon1: number, lat1: number): Region | null {
  const clampLon = (x: number) => Math.max(-180, Math.min(180, x));
  const clampLat = (y: number) => Math.max(-90, Math.min(90, y));
  const r = {
    west: clampLon(Math.min(lon0, lon1)),
    east: clampLon(Math.max(lon0, lon1)),
    south: clampLat(Math.min(lat0, lat1)),
    north: clampLat(Math.max(lat0, lat1)),
  };
  if (![r.west, r.east, r.south, r.north].every(Number.isFinite) || r.west === r.east || r.south === r.north)
    return null;
  return r;
}

const degrees = (x: number, positive: string, negative: string): string =>
  `${Math.abs(x).toFixed(Math.abs(x) < 10 ? 2 : 1)}° ${x < 0 ? negative : positive}`;

/** "34.50° N – 36.20° N, 36.10° E – 38.40° E": what the filter list shows. */
export function formatRegion(r: Region): string {
  return `${degrees(r.south, 'N', 'S')} – ${degrees(r.north, 'N', 'S')}, ${degrees(r.west, 'E', 'W')} – ${degrees(r.east, 'E', 'W')}`;
}

/** Four decimals: about 10 m, finer than any place the extractor resolves. */
const fixed = (x: number): string => String(Math.round(x * 1e4) / 1e4);

export function encodeRegion(r: Region): string {
  return [r.west, r.south, r.east, r.north].map(fixed).join(',');
}

/** The URL form back; anything malformed is no filter (a hand-edited link must not hide every event). */
export function decodeRegion(s: string | null): Region | null {
  if (s === null) return null;
  const parts = s.split(',');
  if (parts.length !== 4 || parts.some((p) => p.trim() === '')) return null;
  const [w, so, e, n] = parts.map(Number) as [number, number, number, number];
  if (w < -180 || e > 180 || so < -90 || n > 90) return null;
  if (!(w < e) || !(so < n)) return null;
  return { west: w, south: so, east: e, north: n };
}
