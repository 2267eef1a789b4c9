/**
 * The other side of an attack between states. ACLED names both sides of a battle or a strike (actor1, actor2),
 * and when one state's forces strike, shell or storm places of another state, that state is the side attacked
 * even when the clause names only its territory: "Indian warplanes struck nine sites in Pakistan", "Cambodian
 * forces fired rockets into Thailand's Sisaket province", "Russian warplanes bombed the Georgian town of Gori".
 *
 * Only between states the story shows taking part (an actor somewhere in the article: "Pakistan's army said…"),
 * and only when the clause names no other party: "U.S. strikes on Houthi targets in Yemen"
 * are against the Houthis, and Yemen is where they happened. A country is no side of an event that is no attack
 * ("talks in Qatar"), of one by a group that is no state ("JNIM attacked a base in Niger": Niger's forces are
 * named when they are the target), nor of its own forces' operations at home.
 */
import type { EventType } from '../../model/index.ts';
import type { EventTypeMatch, PlaceMention, Span } from '../types.ts';

/** Types in which one side uses force on the other: the places they hit belong to the side hit. */
const ATTACKS: ReadonlySet<EventType> = new Set(['airstrike', 'bombing', 'ground-attack']);

/**
 * The state whose places the attack named by `trigger` hits, when it is another state than the agent and the only
 * one the clause's places after the trigger lie in; else null.
 */
export function targetState(
  trigger: EventTypeMatch | null,
  agent: string | null,
  actors: readonly string[],
  places: readonly PlaceMention[],
  clause: Span,
  kindOf: ((actor: string) => string | undefined) | undefined,
  parties: ReadonlySet<string>,
): string | null {
  if (trigger === null || agent === null || kindOf === undefined) return null;
  if (!ATTACKS.has(trigger.type) || kindOf(agent) !== 'state') return null;
  // A second party named in the clause is the side attacked; the places are where it was hit.
  if (actors.some((a) => a !== agent)) return null;
  const countries = new Set<string>();
  for (const p of places) {
    const country = p.place.country;
    if (p.start < trigger.end || p.end > clause.end || country === null || country === agent) continue;
    // A state the story never shows acting is only where it happened ("Israeli strikes across Gaza").
    if (kindOf(country) === 'state' && parties.has(country)) countries.add(country);
  }
  const [only, ...more] = countries;
  return only !== undefined && more.length === 0 ? only : null;
}
