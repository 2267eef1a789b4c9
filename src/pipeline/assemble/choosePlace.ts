/**
 * Which of the places named around a date is where the event happened. News names a place at several scales
 * ("in the Arsal area in Lebanon's Bekaa region") and names others only as landmarks ("240 km northeast of
 * Damascus", "a town near Baghdad"): the most specific place wins, landmarks only when nothing else is named,
 * and two or more countries with nothing finer ("airstrikes in Syria and Iraq") leave the place open.
 */
import type { PlaceMention, Span } from '../types.ts';

const SPECIFICITY: Record<string, number> = { site: 3, city: 3, town: 3, province: 2, region: 2, country: 1 };

/**
 * Words that make the place after them a landmark or a destination rather than the scene: "near X", "northeast
 * of X", "a route between X and Y", "retreated towards X".
 */
const LANDMARK_BEFORE =
  /(?:\bnear|\boutside|\bbetween|\btowards?|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|\bkm\s+(?:\w+\s+){0,4}of|\bmiles\s+(?:\w+\s+){0,4}of)\s+(?:the\s+)?$/i;
/** The second place of "between X and Y". */
const BETWEEN_AND_BEFORE = /\bbetween\s+(?:the\s+)?[\p{L}'\u2019 -]{2,40}\s+and\s+(?:the\s+)?$/iu;

export function isLandmark(text: string, place: Span): boolean {
  const before = text.slice(Math.max(0, place.start - 60), place.start);
  return LANDMARK_BEFORE.test(before) || BETWEEN_AND_BEFORE.test(before);
}

/** A place name that is also an actor's name ("an agreement with Iran") is the actor unless a locative precedes. */
const LOCATIVE_BEFORE = /\b(?:in|into|inside|near|across|throughout|at|outside|around|toward|towards)\s+(?:the\s+)?$/i;

function isActorName(text: string, place: PlaceMention, actors: readonly Span[]): boolean {
  return (
    actors.some((a) => a.start < place.end && place.start < a.end) &&
    !LOCATIVE_BEFORE.test(text.slice(Math.max(0, place.start - 20), place.start))
  );
}

function inside(span: Span, excluded: readonly Span[]): boolean {
  return excluded.some((e) => span.start >= e.start && span.end <= e.end);
}

/**
 * The event's place among `places` (mentions in text order), ignoring those inside `excluded` spans (places
 * named inside the date expression, like "two days after Sirte's fall", belong to the anchor event), and
 * names that are `actors` mentions too unless a locative preposition precedes them. With `landmarks: false`,
 * landmarks and destinations are never chosen (the caller then looks further before falling back to them).
 */
export function choosePlace(
  text: string,
  places: readonly PlaceMention[],
  excluded: readonly Span[] = [],
  actors: readonly Span[] = [],
  landmarks = true,
): PlaceMention | null {
  const candidates = places.filter((p) => !inside(p, excluded) && !isActorName(text, p, actors));
  if (candidates.length === 0) return null;
  const main = candidates.filter((p) => !isLandmark(text, p));
  const pool = main.length > 0 || !landmarks ? main : candidates;
  if (pool.length === 0) return null;
  let best: PlaceMention | null = null;
  for (const p of pool) {
    if (best === null || (SPECIFICITY[p.place.kind] ?? 0) > (SPECIFICITY[best.place.kind] ?? 0)) best = p;
  }
  if (best === null) return null;
  if (best.place.kind === 'country') {
    const countries = new Set(pool.filter((p) => p.place.kind === 'country').map((p) => p.place.name));
    if (countries.size >= 2) return null;
  }
  return best;
}
