/**
 * Back-references to a place: "the city", "the region", "the camp", "the palace" name no place, yet a reader
 * knows where they are. A place noun ("the city") stands for the last place of its kind named before; a
 * facility noun ("the camp", "the prison") for the facility named before, which happened where the sentence
 * that named it was placed, or, when the article named no such facility, for the place the story is at.
 */
import { isFocusNoun } from '../lexicon/placeFocusNouns.ts';
import { isVenue } from './placeVenue.ts';
import type { PlaceMention } from '../types.ts';

// prettier-ignore
/** "the city", "the historically significant city", but not "the city of Sirte" (the name follows). */
const PLACE_ANAPHOR = /\bthe\s+(?:[\p{L}-]+\s+){0,3}?(city|town|village|port|area|region|province|capital|enclave|stronghold)\b(?!\s+of\b)/iu;

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
  // "the port": the port town named before ("landed at Dili ... at the port"), a settlement like "the town".
  'port',
  'capital',
  'enclave',
  'stronghold',
]);

/** Nouns that name a division: their antecedent is a region or province, never a town inside it. */
const DIVISION_NOUNS: ReadonlySet<string> = new Set(['region', 'province']);

const SETTLEMENT_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'site']);
const DIVISION_KINDS: ReadonlySet<string> = new Set(['region', 'province']);

/** "the Catatumbo region", "Kursk region", "the region of Tigray": the noun written with the name. */
function writtenWith(text: string, p: PlaceMention, noun: string): boolean {
  const after = new RegExp(`^\\s+${noun}\\b`, 'i');
  const before = new RegExp(`\\b${noun}\\s+of\\s+(?:the\\s+)?$`, 'i');
  return (
    new RegExp(`\\b${noun}$`, 'i').test(p.text) ||
    after.test(text.slice(p.end, p.end + noun.length + 3)) ||
    before.test(text.slice(Math.max(0, p.start - noun.length - 10), p.start))
  );
}

/**
 * The place "the city" refers to: the last one named before (`before`, in text order) that fits the noun, a
 * settlement for "the city", a region or province for "the region" (a town named since lies inside the region,
 * it is not what "the region" means). A place the text introduced with the same noun ("the Catatumbo region")
 * comes before any other division that merely fits (a province named since, "the governor of Norte de
 * Santander"): the writer named it so to refer to it so. `text` is the article text the mentions index.
 */
export function antecedentPlace(noun: string, before: readonly PlaceMention[], text?: string): PlaceMention | null {
  const fits = (p: PlaceMention): boolean =>
    SETTLEMENT_NOUNS.has(noun)
      ? SETTLEMENT_KINDS.has(p.place.kind)
      : DIVISION_NOUNS.has(noun)
        ? DIVISION_KINDS.has(p.place.kind)
        : true;
  // "the capital" named no place of its own: "the city" after it refers to a place the text named. Where a
  // story was filed or said is no scene the writer refers back to, unless it is the only one that fits.
  const fitting = before.filter((p) => fits(p) && !isFocusNoun(p));
  const scenes = text === undefined ? fitting : fitting.filter((p) => !isVenue(text, p));
  const candidates = scenes.length > 0 ? scenes : fitting;
  // Only for divisions: a settlement named last is what "the city" means, however the first was introduced.
  const introduced =
    text === undefined || !DIVISION_NOUNS.has(noun) ? [] : candidates.filter((p) => writtenWith(text, p, noun));
  return introduced.at(-1) ?? candidates.at(-1) ?? null;
}

/**
 * Facilities a story is fought over, with the other words news uses for the same one ("the encampment" after
 * "the camp", "the jail" after "the prison"). The first word of each family is its name here.
 */
const FACILITY_FAMILIES: readonly (readonly string[])[] = [
  ['camp', 'encampment'],
  ['prison', 'jail', 'penitentiary'],
  ['airport', 'airfield', 'airstrip'],
  ['palace'],
  ['mosque'],
  ['church'],
  ['hospital'],
  ['compound'],
  ['base', 'garrison'],
  ['headquarters'],
  ['refinery'],
  ['stadium'],
  ['market'],
  ['hotel'],
];
const FAMILY_OF: ReadonlyMap<string, readonly string[]> = new Map(
  FACILITY_FAMILIES.flatMap((family) => family.map((w) => [w, family] as const)),
);

// prettier-ignore
/**
 * "the camp", "the riverside encampment", "the mosque's pulpit", "the former international airport": the
 * definite article makes it one the reader already knows. Group 1 is the noun.
 */
const FACILITY_ANAPHOR = new RegExp(
  `\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?(${[...FAMILY_OF.keys()].join('|')})\\b(?!-)`,
  'iu',
);

// prettier-ignore
/**
 * "from Pademba Road prison", "at Kilo Hotel": a facility named by capitalised words the lexicon reads as no
 * place is one the story knows too: it is where the story is. Case-sensitive: "\p{Lu}" must stay a capital.
 */
const NAMED_FACILITY = new RegExp(
  `\\b\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,2}\\s+(${[...FAMILY_OF.keys()]
    .map((w) => `[${w[0] ?? ''}${(w[0] ?? '').toUpperCase()}]${w.slice(1)}`)
    .join('|')})\\b(?!-)`,
  'u',
);

/**
 * The facility noun a clause refers back to ("camp" in "stormed the camp") or names without a place the lexicon
 * knows ("Pademba Road prison"), or null.
 */
export function facilityNounReferredTo(text: string): string | null {
  const m = FACILITY_ANAPHOR.exec(text) ?? NAMED_FACILITY.exec(text);
  return m === null ? null : (m[1] ?? '').toLowerCase();
}

/** Whether a sentence names a facility of the noun's family (singular or plural, any case). */
function namesFacility(sentence: string, noun: string): boolean {
  const family = FAMILY_OF.get(noun) ?? [noun];
  return new RegExp(`\\b(?:${family.join('|')})s?\\b`, 'i').test(sentence);
}

/** What a back-reference needs to know of an earlier sentence: its text and where it was placed. */
export interface PlacedSentence {
  readonly sentence: { readonly text: string };
  readonly place: PlaceMention | null;
}

/**
 * Where "the camp" is: the place of the last earlier sentence (`facts`, in text order) that names such a
 * facility and was placed; null when none was, and the caller then takes the place the story is at.
 */
export function facilityPlace(noun: string, facts: readonly PlacedSentence[]): PlaceMention | null {
  for (let i = facts.length - 1; i >= 0; i -= 1) {
    const f = facts[i] as PlacedSentence;
    if (f.place !== null && namesFacility(f.sentence.text, noun)) return f.place;
  }
  return null;
}
