/**
 * Words that may stand between a state's adjective and its force noun without changing whose forces they are:
 * the kind of unit ("Kenyan anti-terrorism police", "Chadian elite troops", "Kyrgyz interior ministry") or the make
 * of its aircraft ("Sudanese Antonov bombers", "Libyan Mirage bombers"). A reader still sees the state's forces.
 * Words that name another side ("Syrian opposition forces", "Sudanese rebel fighters") are not in the list, so the
 * adjective there stays no mention.
 *
 * English words and aircraft makers, not data an analyst extends.
 */
import { wordKey } from '../lexicon/spellingKey.ts';
import type { Token } from '../lexicon/tokens.ts';

function keys(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(wordKey));
}

/** One-word modifiers of a state's unit: "riot police", "elite troops", "navy commandos". */
// prettier-ignore
const UNIT_WORDS = keys([
  'riot', 'elite', 'commando', 'paratroop', 'airborne', 'marine', 'naval', 'navy', 'army', 'military', 'federal',
  'border', 'frontier', 'regular', 'infantry', 'artillery', 'armoured', 'armored', 'mechanised', 'mechanized',
  'presidential', 'republican', 'secret', 'intelligence', 'coast', 'reserve', 'counterterrorism', 'counterinsurgency',
  'fighter', 'combat', 'attack', 'transport', 'helicopter', 'gunship', 'assault', 'tank', 'police', 'interior',
]);

/** Makers and families of military aircraft, written as names: "Sukhoi jets", "Mirage bombers". */
// prettier-ignore
const AIRCRAFT_MAKERS = keys([
  'sukhoi', 'mig', 'mikoyan', 'mirage', 'rafale', 'tornado', 'jaguar', 'antonov', 'ilyushin', 'tupolev',
  'yakovlev', 'hind', 'apache', 'cobra', 'blackhawk', 'chinook', 'puma', 'gazelle', 'harrier', 'hawk', 'typhoon',
  'eurofighter', 'gripen', 'phantom', 'tucano', 'bayraktar', 'reaper', 'predator', 'heron',
]);

/** First halves of hyphened unit words: "anti-terrorist", "counter-insurgency", "anti-riot". */
const HYPHEN_PREFIXES = keys(['anti', 'counter']);

/** Most modifiers a reader skips before giving up on the force noun: "Chadian elite anti-terrorist troops". */
export const MAX_UNIT_MODIFIERS = 3;

/**
 * The token after a unit modifier that starts at token k, or null when none does. A modifier is a unit word or an
 * aircraft maker, or a hyphened word opening with "anti-"/"counter-" ("anti-terrorist"). It must follow the word
 * before it with nothing but a space, as adjectives do.
 */
export function unitModifierEnd(text: string, tokens: readonly Token[], k: number): number | null {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (t === undefined || prev === undefined || !/^\s+$/u.test(text.slice(prev.end, t.start))) return null;
  if (HYPHEN_PREFIXES.has(t.key) && !t.capitalized) {
    const second = tokens[k + 1];
    const hyphened = second !== undefined && /^[-\u2010\u2011]$/u.test(text.slice(t.end, second.start));
    return hyphened && !second.capitalized ? k + 2 : null;
  }
  if (AIRCRAFT_MAKERS.has(t.key)) return t.capitalized ? k + 1 : null;
  return UNIT_WORDS.has(t.key) && !t.capitalized ? k + 1 : null;
}
