/**
 * A place a correction names by name ("location": "Mosul"), looked up among the lexicon's curated places
 * (places.json and lexicon overlays), never the world gazetteer: a hand-written correction must mean one place,
 * and the gazetteer has many of most names. Places of one name that lie together (a town and its ruins, a few
 * km apart in one country) are one place on a timeline, and the most populous stands for them; places of one
 * name far apart (Tripoli in Libya and in Lebanon) are ambiguous, and the analyst writes the whole location.
 */
import type { Location } from '../../model/index.ts';
import type { CompiledLexicon } from '../lexicon/index.ts';
import { placeLocation } from '../lexicon/placeLocation.ts';

export type PlaceLookup = (name: string) => Location | 'ambiguous' | null;

/** Places of one name closer than this (and in one country) are read as one place. */
export const SAME_PLACE_KM = 25;

const EARTH_KM = 6371;

/** Great-circle distance (haversine). */
function kmBetween(a: Location, b: Location): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Named {
  readonly location: Location;
  readonly population: number;
}

function oneOf(found: readonly Named[]): Location | 'ambiguous' | null {
  const first = found[0];
  if (first === undefined) return null;
  const together = found.every((p) =>
    found.every((q) => p.location.country === q.location.country && kmBetween(p.location, q.location) <= SAME_PLACE_KM),
  );
  if (!together) return 'ambiguous';
  return found.reduce((best, p) => (p.population > best.population ? p : best), first).location;
}

export function curatedPlaceLookup(lexicon: Pick<CompiledLexicon, 'places'>): PlaceLookup {
  const byName = new Map<string, Named[]>();
  for (const p of lexicon.places) {
    if (p.gazetteer) continue;
    const key = p.name.toLowerCase();
    const location = placeLocation(p);
    byName.set(key, [...(byName.get(key) ?? []), { location, population: p.population }]);
  }
  return (name) => oneOf(byName.get(name.trim().toLowerCase()) ?? []);
}
