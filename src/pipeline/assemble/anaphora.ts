/**
 * Back-references that carry facts from earlier sentences: "the city" names no city, "the strike" names no
 * actor. A clause that refers back this way takes the place (and, for an event noun, the actors) of its
 * antecedent.
 */

// prettier-ignore
/** "the city", "the historically significant city", but not "the city of Sirte" (the name follows). */
const PLACE_ANAPHOR = /\bthe\s+(?:[\p{L}-]+\s+){0,3}?(city|town|village|area|region|province|capital|enclave|stronghold)\b(?!\s+of\b)/iu;

// prettier-ignore
/** "the strike", "Friday's strike", "this attack": an event named before. Group 1 is the noun. */
const EVENT_ANAPHOR = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[\p{Lu}][\p{L}]+['\u2019]s)\s+(?:[\p{L}-]+\s+){0,2}?(strike|airstrike|attack|raid|operation|offensive|assault|bombing|ambush|deal|agreement|siege|battle|incursion|advance)\b/u;

/** The place noun the text refers back to ("city" in "the historically significant city"), or null. */
export function placeNounReferredTo(text: string): string | null {
  const m = PLACE_ANAPHOR.exec(text);
  return m === null ? null : (m[1] ?? '').toLowerCase();
}

/** Nouns that name a settlement: their antecedent must be a city, town or site, not a region or country. */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'town',
  'village',
  'capital',
  'enclave',
  'stronghold',
]);

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
/** "the terrorist organization", "the group", "the militants": a non-state armed group named before. */
const GROUP_ANAPHOR = /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|militants|jihadists|extremists|insurgents|terrorists|faction)\b(?!\s+(?:of|called|known)\b)/u;

/** The span of a back-reference to an armed group in text[span], or null. */
export function groupReference(
  text: string,
  span: { start: number; end: number },
): { start: number; end: number } | null {
  const m = GROUP_ANAPHOR.exec(text.slice(span.start, span.end));
  return m === null ? null : { start: span.start + m.index, end: span.start + m.index + m[0].length };
}
