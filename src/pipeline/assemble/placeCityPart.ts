/**
 * Parts of a city are reported at the city: "the Maré complex", "the Rocinha favela", "the Achrafieh quarter",
 * "the Beirut district of Achrafieh". The gold conventions keep the town, not a district of it, and no gazetteer
 * lists every favela or quarter; a reader knows which city they belong to from the sentence, else from the city
 * the article is about.
 */
import { CITY_PART_AFTER } from '../lexicon/placeCityPartNouns.ts';
import type { PlaceMention } from '../types.ts';

/** Kinds a part of a city is read as: a town the gazetteer shares the name with, or an unlisted name. */
const PART_KINDS = new Set(['town', 'site']);

/**
 * "Beirut district of", "Kabul quarter of": a city, then a part noun and "of", before the part's name. Not
 * "neighbourhood of", before which a name is mostly the neighbourhood's own, with a town's name inside it ("the
 * Wharf Jérémie neighbourhood of Cité Soleil"; choosePlace.ts reads it).
 */
const CITY_BEFORE_PART = /^\s+(?:district|quarter)\s+of\s+(?:the\s+)?$/i;

/**
 * Whether `p` is named as a part of the city mentioned right before it ("the Christian Beirut district of
 * Achrafieh"): the event is at that city.
 */
export function namedAsPartOf(text: string, before: PlaceMention | undefined, p: PlaceMention | undefined): boolean {
  // "the Gombe district of Kinshasa": a city after "district of" is the city, whatever the name before it.
  return (
    before?.place.kind === 'city' &&
    p !== undefined &&
    PART_KINDS.has(p.place.kind) &&
    CITY_BEFORE_PART.test(text.slice(before.end, p.start))
  );
}

/**
 * The city a part of a city (`place`, followed by "complex", "favela", "quarter"…) belongs to: the city the
 * sentence names, else the article's city (`articleCity`), in the part's country; null when `place` is no such
 * part or no city is known (the part is then kept as it is).
 */
export function cityOfPart(
  text: string,
  place: PlaceMention,
  sentencePlaces: readonly PlaceMention[],
  articleCity: () => PlaceMention | null,
): PlaceMention | null {
  if (!PART_KINDS.has(place.place.kind) || !CITY_PART_AFTER.test(text.slice(place.end, place.end + 30))) return null;
  const sameCountry = (c: PlaceMention | null): c is PlaceMention =>
    c !== null && c !== place && c.place.kind === 'city' && c.place.country === place.place.country;
  const inSentence = sentencePlaces.find(sameCountry);
  if (inSentence !== undefined) return inSentence;
  const city = articleCity();
  return sameCountry(city) ? city : null;
}

/** The city an article names most often (the first named on a tie), or null when it names none. */
export function articleCity(named: readonly (readonly PlaceMention[])[]): PlaceMention | null {
  const counts = new Map<string, { first: PlaceMention; n: number }>();
  for (const places of named)
    for (const p of places) {
      if (p.place.kind !== 'city') continue;
      const c = counts.get(p.place.name);
      if (c === undefined) counts.set(p.place.name, { first: p, n: 1 });
      else c.n += 1;
    }
  let best: { first: PlaceMention; n: number } | null = null;
  for (const c of counts.values()) if (best === null || c.n > best.n) best = c;
  return best?.first ?? null;
}
