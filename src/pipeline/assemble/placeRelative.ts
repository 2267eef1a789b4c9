/**
 * "… from the village of Tanusevci, on the border with Kosovo, where the rebels clashed with troops in February":
 * an event told in a "where" clause happened at the place the clause hangs on, the last place named before
 * ", where" (a landmark or a country in apposition aside), unless the clause names a place of its own.
 */
import type { PlaceMention, Span } from '../types.ts';
import { isLandmark } from './choosePlace.ts';

const WHERE_OPENER = /,\s+where\s/gi;

/** The place a "where" clause holding the date hangs on, or null when the date is in no such clause. */
export function whereAntecedent(
  text: string,
  clause: Span,
  date: Span,
  places: readonly PlaceMention[],
): PlaceMention | null {
  const before = text.slice(clause.start, date.start);
  let at = -1;
  for (const m of before.matchAll(WHERE_OPENER)) at = clause.start + m.index;
  if (at < 0) return null;
  if (places.some((p) => p.start > at && p.end <= clause.end)) return null;
  for (let k = places.length - 1; k >= 0; k--) {
    const p = places[k] as PlaceMention;
    if (p.end > at || p.start < clause.start) continue;
    if (p.place.kind !== 'country' && !isLandmark(text, p)) return p;
  }
  return null;
}
