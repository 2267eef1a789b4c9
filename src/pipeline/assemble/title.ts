/**
 * A short readable title from the event's own fields: "ISIS captures Palmyra", "US-led coalition airstrike in
 * Raqqa". Only what was extracted goes in (type, actors, place); nothing is invented. An event of type 'other'
 * has no verb to say, so its title is the start of its clause.
 */
import type { EventType } from '../../model/index.ts';

const MAX_EXCERPT_WORDS = 9;

function both(actors: readonly string[]): string {
  const [a, b] = actors;
  return b === undefined ? (a ?? '') : `${a} and ${b}`;
}

/** The clause's first words, for events without a type; quotes and a trailing comma are trimmed. */
export function excerptTitle(clause: string): string {
  const words = clause.replace(/^[\s"'\u201C\u2018,;:]+/, '').split(/\s+/).filter((w) => w !== '');
  const head = words.slice(0, MAX_EXCERPT_WORDS).join(' ').replace(/[\s,;:"'\u201D\u2019.]+$/, '');
  const title = words.length > MAX_EXCERPT_WORDS ? `${head}\u2026` : head;
  return title === '' ? 'Event' : title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * `agent` is named as the doer only when the clause says who did it; `actors` (agent first) are named where the
 * title lists participants ("Agreement between A and B").
 */
export function makeTitle(type: EventType, agent: string | null, actors: readonly string[], place: string | null, clause: string): string {
  const at = place === null ? '' : ` in ${place}`;
  switch (type) {
    case 'capture':
      return agent && place ? `${agent} captures ${place}` : agent ? `Capture by ${agent}` : place ? `Capture of ${place}` : 'Capture';
    case 'recapture':
      return agent && place ? `${agent} retakes ${place}` : agent ? `Recapture by ${agent}` : place ? `Recapture of ${place}` : 'Recapture';
    case 'airstrike':
      return agent ? `${agent} airstrike${at}` : `Airstrike${at}`;
    case 'ground-attack':
      return agent ? `${agent} attack${at}` : `Attack${at}`;
    case 'bombing':
      return agent ? `${agent} bombing${at}` : `Bombing${at}`;
    case 'killing':
      return agent ? `Killing by ${agent}${at}` : `Killing${at}`;
    case 'siege':
      // "broke the siege" and "laid siege" share the type: name no side.
      return place ? `Siege of ${place}` : 'Siege';
    case 'withdrawal':
      return agent && place ? `${agent} withdraws from ${place}` : agent ? `${agent} withdrawal` : `Withdrawal${at}`;
    case 'agreement':
      return actors.length >= 2 ? `Agreement between ${both(actors)}` : actors.length === 1 ? `${actors[0]} agreement` : `Agreement${at}`;
    case 'statement':
      return agent ? `${agent} statement` : `Statement${at}`;
    case 'incident':
      return actors.length > 0 ? `Incident involving ${both(actors)}${at}` : `Incident${at}`;
    case 'other':
      return excerptTitle(clause);
  }
}
