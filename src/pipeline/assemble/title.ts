/**
 * A short readable title from the event's own fields: "Al-Shabaab captures Kismayo", "AFRICOM airstrike near
 * Jilib". Only what was extracted goes in (type, agent, actors, place and the preposition the text puts before
 * the place); nothing is invented. An event of type 'other' has no verb to say, so its title is the start of
 * its clause.
 */
import type { EventType } from '../../model/index.ts';

const MAX_EXCERPT_WORDS = 9;

/** Prepositions a title may repeat before the place; anything else reads as "in". */
const KEPT_PREPOSITIONS = new Set(['near', 'around', 'outside', 'towards', 'toward', 'from']);

/** Actor names that are grammatically plural ("Kurdish forces", "Houthi rebels") take a plural verb. */
const PLURAL_HEAD =
  /\b(?:forces|fighters|troops|militants|rebels|units|militias|groups|soldiers|insurgents|jihadists|extremists|brigades|guards)$/i;

export interface PlaceRef {
  readonly name: string;
  /** The preposition before the place in the text ("near", "from", "towards"…), when there is one. */
  readonly preposition: string | null;
}

function both(actors: readonly string[]): string {
  const [a, b] = actors;
  return b === undefined ? (a ?? '') : `${a} and ${b}`;
}

function verb(agent: string, singular: string, plural: string): string {
  return PLURAL_HEAD.test(agent) ? plural : singular;
}

/** Discourse markers that open a clause without saying anything about the event. */
const OPENER =
  /^(?:for (?:instance|example)|however|meanwhile|in fact|indeed|but|and|also|still|moreover|furthermore|in addition|separately|again)\s*,\s*/i;

/** The clause's first words, for events without a type; quotes, an opening "However," and a trailing comma are trimmed. */
export function excerptTitle(clause: string): string {
  const words = clause
    .replace(/^[\s"'\u201C\u2018,;:]+/, '')
    .replace(OPENER, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const head = words
    .slice(0, MAX_EXCERPT_WORDS)
    .join(' ')
    .replace(/[\s,;:"'\u201D\u2019.]+$/, '');
  const title = words.length > MAX_EXCERPT_WORDS ? `${head}\u2026` : head;
  return title === '' ? 'Event' : title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * `agent` is named as the doer only when the clause says who did it; `actors` (agent first) are named where the
 * title lists participants ("Agreement between A and B").
 */
export function makeTitle(
  type: EventType,
  agent: string | null,
  actors: readonly string[],
  place: PlaceRef | null,
  clause: string,
): string {
  const prep =
    place?.preposition != null && KEPT_PREPOSITIONS.has(place.preposition) && place.preposition !== 'from'
      ? place.preposition
      : 'in';
  const at = place === null ? '' : ` ${prep} ${place.name}`;
  const name = place?.name ?? null;
  switch (type) {
    case 'capture':
      return agent && name
        ? `${agent} ${verb(agent, 'captures', 'capture')} ${name}`
        : agent
          ? `Capture by ${agent}`
          : name
            ? `Capture of ${name}`
            : 'Capture';
    case 'recapture':
      return agent && name
        ? `${agent} ${verb(agent, 'retakes', 'retake')} ${name}`
        : agent
          ? `Recapture by ${agent}`
          : name
            ? `Recapture of ${name}`
            : 'Recapture';
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
      return name ? `Siege of ${name}` : 'Siege';
    case 'withdrawal': {
      const from = place?.preposition === 'from' || place?.preposition === 'of';
      if (agent && name)
        return from ? `${agent} ${verb(agent, 'withdraws', 'withdraw')} from ${name}` : `${agent} withdrawal${at}`;
      return agent ? `${agent} withdrawal` : `Withdrawal${at}`;
    }
    case 'agreement':
      return actors.length >= 2
        ? `Agreement between ${both(actors)}`
        : actors.length === 1
          ? `${actors[0]} agreement`
          : `Agreement${at}`;
    case 'statement':
      return agent ? `${agent} statement` : `Statement${at}`;
    case 'incident':
      return actors.length > 0 ? `Incident involving ${both(actors)}${at}` : `Incident${at}`;
    case 'other':
      return excerptTitle(clause);
  }
}

/** The preposition right before a place mention ("out of Sirte" gives "of"), lower-cased, or null. */
export function prepositionBefore(text: string, start: number): string | null {
  const m =
    /\b(in|near|from|of|towards?|into|around|outside|on|at|across|over|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.exec(
      text.slice(Math.max(0, start - 40), start),
    );
  return m === null ? null : (m[1] ?? '').toLowerCase();
}
