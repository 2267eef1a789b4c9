/**
 * Where a statement is placed. A declaration, an ultimatum, a truce or a claim is placed where what it declares
 * applies ("declared a state of emergency in Enga"), and only its own words can say where that is: the place of
 * the attack a group claims, of the fighting in the clause before ("… shelled Tetovo, and the government gave
 * the rebels 24 hours"), or of the story is not where the statement applies. A reader leaves it unplaced.
 */
import type { EventTypeMatch, Span } from '../types.ts';

/** Whether the event a trigger types is placed by its own clause's words only. */
export function placedByOwnWords(trigger: EventTypeMatch): boolean {
  return trigger.type === 'statement';
}

/** ", which says it is fighting for …,", ", who fled Aleppo in 2016,": a non-restrictive relative clause. */
const DESCRIBING_CLAUSE = /,\s+(?:which|who)\s[^,;]*,/g;

/**
 * Whether `p` lies in a relative clause between commas that describes someone (", which says it is fighting for
 * settlers driven off Guadalcanal,") and does not hold the date: it tells who they are, not what they declare.
 */
export function inDescribingClause(text: string, clause: Span, date: Span, p: Span): boolean {
  for (const m of text.slice(clause.start, clause.end).matchAll(DESCRIBING_CLAUSE)) {
    const start = clause.start + m.index;
    const end = start + m[0].length;
    if (p.start >= start && p.end <= end) return !(date.start >= start && date.end <= end);
  }
  return false;
}
