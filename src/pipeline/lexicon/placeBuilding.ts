/**
 * A building or district is reported at the town it stands in: a careful analyst codes "the al-Nuri mosque" or
 * "Ghwayran prison" as Mosul or Hasakah, as ACLED and the gold conventions do (the place is the town the event
 * happened in, not a building or district of it). Sites outside towns (dams, air bases, border crossings,
 * camps, oil fields) stay sites. Which sites are buildings is read from their names; the town is the nearest
 * listed city or town within a few kilometres, and a building with none nearby stays itself.
 */
import type { CompiledLexicon, CompiledPlace } from './compileLexicon.ts';

/** Words of a building's or a district's name ("Grand Mosque", "Ghwayran prison", "Green Zone"). */
const BUILDING_WORDS =
  /\b(?:mosque|church|cathedral|shrine|prison|jail|hospital|clinic|hotel|palace|school|university|market|bazaar|stadium|embassy|consulate|parliament|ministry|headquarters|zone|neighbou?rhood|quarter)\b/i;
/** How far from a town's point a building of it may stand. */
const TOWN_RADIUS_KM = 8;

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

const TOWNS = new WeakMap<CompiledLexicon, readonly CompiledPlace[]>();

/** The listed town a building stands in, or null when `p` is no building or no town is near it. */
export function townOfBuilding(lex: CompiledLexicon, p: CompiledPlace): CompiledPlace | null {
  if (p.kind !== 'site' || !BUILDING_WORDS.test(p.name)) return null;
  let towns = TOWNS.get(lex);
  if (towns === undefined) {
    towns = lex.places.filter((t) => t.kind === 'city' || t.kind === 'town');
    TOWNS.set(lex, towns);
  }
  let best: CompiledPlace | null = null;
  let bestKm = TOWN_RADIUS_KM;
  for (const t of towns) {
    const km = distanceKm(p, t);
    if (km <= bestKm) {
      best = t;
      bestKm = km;
    }
  }
  return best;
}
