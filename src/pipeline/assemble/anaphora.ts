/**
 * Back-references that carry facts from earlier sentences: "the strike" names no actor. A clause that refers
 * back this way takes the place and the actors of its antecedent (places: placeAnaphora.ts).
 */

// prettier-ignore
/** "the strike", "Friday's strike", "this attack": an event named before. Group 1 is the noun. */
const EVENT_ANAPHOR = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[\p{Lu}][\p{L}]+['\u2019]s)\s+(?:[\p{L}-]+\s+){0,2}?(strike|airstrike|attack|raid|operation|offensive|assault|bombing|ambush|deal|agreement|siege|battle|incursion|advance)\b/u;

/** The event noun the text refers back to ("strike" in "The strike, which took place on Friday"), or null. */
export function eventNounReferredTo(text: string): string | null {
  const m = EVENT_ANAPHOR.exec(text);
  if (m === null) return null;
  // A sentence-initial capitalised "The" is still a determiner; a capitalised possessive that is really a
  // name ("Russia's offensive") still refers to an event, so both count.
  return (m[1] ?? '').toLowerCase();
}

/** Whether a sentence mentions the event noun (singular or plural), making it a possible antecedent. */
export function mentionsEventNoun(text: string, noun: string): boolean {
  return new RegExp(`\\b${noun}s?\\b`, 'i').test(text);
}

// prettier-ignore
/** "the terrorist organization", "the group", "the movement", "the militants": a non-state armed group named before. */
const GROUP_ANAPHOR = /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|movement|militants|jihadists|extremists|insurgents|terrorists|faction)\b(?!\s+(?:of|called|known)\b)/u;

/** The span of a back-reference to an armed group in text[span] and its noun, or null. */
export function groupReference(
  text: string,
  span: { start: number; end: number },
): { start: number; end: number; noun: string } | null {
  const m = GROUP_ANAPHOR.exec(text.slice(span.start, span.end));
  if (m === null) return null;
  const noun = /(\S+)$/.exec(m[0])?.[1]?.toLowerCase() ?? '';
  return { start: span.start + m.index, end: span.start + m.index + m[0].length, noun };
}

/** Kinds of organised armed groups, in the order "the group" is read; 'non-state' (forces of a polity) last. */
const GROUP_KINDS = ['jihadist', 'rebel', 'separatist', 'militia', 'paramilitary', 'non-state'] as const;

/**
 * The kinds a group noun may refer back to, best fit first. "The jihadists", "the extremists" and "the
 * terrorists" are said of jihadist groups only; "the militants" and "the insurgents" of a jihadist group before a
 * rebel one (wire copy calls jihadists militants, and Kurdish or tribal forces seldom so); "the group" of any
 * organised group before the forces of a de facto polity ("Kurdish forces").
 */
export function kindsForGroupNoun(noun: string): readonly string[] {
  if (/^(?:jihadists|extremists|terrorists)$/.test(noun)) return ['jihadist'];
  return GROUP_KINDS;
}

// prettier-ignore
/**
 * A subject that stands for an actor named before: "it", "they", "we", "he", "she", or the actor's own forces
 * through a possessive ("its forces", "their fighters", "his men", "Its aircraft"), after at most a short fronted
 * date ("On Monday he declared …", "In June, it seized …"). Only auxiliaries and adverbs may
 * follow before the verb (or a light verb before a trigger noun: "it had carried out air strikes"), so the pronoun
 * is that verb's subject ("it had seized", not "it was a day after").
 */
const PRONOUN_SUBJECT =
  /^\s*(?:(?:on|in|by|since|late|early|last|later|then)\s+(?:[\p{L}\d.]+\s+){0,2}?[\p{L}\d.]+\s*,?\s+)?["'\u201C\u2018]?(?:(?:it|they|we|he|she)|(?:its|their|our|his|her)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(?:forces|troops|soldiers|fighters|units|men|militants|militiamen|aircraft|warplanes|jets|drones|helicopters|navy|army|artillery|gunmen|members))\s+(?:(?:had|has|have|also|later|then|reportedly|allegedly|now|since|again|subsequently|already)\s+)*(?:(?:carried\s+out|launched|conducted|mounted|staged|began|started)\s+(?:(?:an?|the|new|several|\d+)\s+)*)?$/iu;

/** Whether the words from a clause's start to its trigger are a pronoun subject (see PRONOUN_SUBJECT). */
export function pronounSubject(beforeTrigger: string): boolean {
  return PRONOUN_SUBJECT.test(beforeTrigger);
}
