/**
 * Whether a name the world gazetteer knows is read as that place here, as a careful reader of wire copy decides:
 * 127,000 places include towns named like English words ("Of", "Police", "Mobile", "Nice"), like first names
 * ("Paris", "Jordan", "Georgia") and like anything else a sentence may start with. The rules, in order:
 *
 * 1. A person, not a place: a name right after a title or a first name ("President Jordan", "Michael Jordan"),
 *    a second surname after a first name and a surname ("Joaquín Guzmán López", Spanish usage), and a place
 *    named like a first name right before a surname ("Paris Hilton", "Israel Katz"). This holds for every place,
 *    curated ones included. A small town's name right before an office or institution word is the first word
 *    of a title or an institution's name ("Supreme Leader", "Supreme Court"), unless strongly cued.
 * 2. A name that is also an English word in everyday use ("Hit", "Mobile", "Police") needs the text's support:
 *    a strong cue ("the town of Hit", "Hit district"), the article's focus (its country or division is named
 *    elsewhere in the sentence or article), or, for a large city, a locative preposition ("in Nice").
 * 3. A small place (under 100,000 inhabitants) needs the focus, or a strong cue in a story whose focus is not
 *    elsewhere: "clashes near Avdiivka" in a story that names Ukraine or Donetsk, "the village of Robotyne" in
 *    one that names no country; but "the town of Ma'dan" in a story about Syria is not Madan in Bulgaria.
 *    A name the text writes otherwise than the place's own (an exonym or an older name, "Kiev", "Artemivsk", or
 *    a spelling the key folds into it, "Talin" for Tallinn) needs the focus, or a large place and no focus.
 * 4. A name right before a weapon's noun is the weapon's name: "Tomahawk missiles", "Patriot batteries", "Leopard
 *    tanks", "Shahed drones" (towns of those names exist).
 * 5. Countries, divisions and large cities are read as places.
 * Which of several same-named places is meant is decided afterwards (findPlaces.ts): focus, then size.
 */
import type { CompiledPlace } from './compileLexicon.ts';
import type { CompiledGazetteer } from './gazetteer.ts';
import type { PlaceContext } from './placeContext.ts';
import type { Token } from './tokens.ts';

/** From this population a place is known well enough to be read without the article's support. */
export const PROMINENT_POPULATION = 100_000;

/**
 * "the town of X", "the outskirts of X", "the island of X", "the mountains of X": the writer says that X is a
 * place. So do the posts and crossings named after their place: "the border post of X", "the mountain pass of
 * X", "the army base of X" (a bare "post of", "base of" or "garrison of" is an office, a foot or a unit: "the post of
 * Prime Minister").
 */
export const STRONG_BEFORE =
  /\b(?:town|city|village|hamlet|settlement|district|region|province|state|port|capital|suburbs?|outskirts|neighbou?rhood|camp|municipality|governorate|oblast|island|peninsula|valley|mountain|hill|coast|forest|desert|plain|(?:border|frontier|army|military|police)\s+(?:post|crossing|pass|checkpoint)|(?:mountain|border)\s+pass|(?:army|military|air|naval)\s+base)s?\s+of\s+(?:the\s+)?$/i;
/** "in X", "near X", "north of X": X is a place if it can be one. */
const WEAK_BEFORE =
  /\b(?:in|near|outside|around|at|into|inside|from|toward|towards|across|through|throughout|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|km\s+(?:\w+\s+){0,3}of|miles\s+(?:\w+\s+){0,3}of)\s+(?:the\s+)?$/i;
/** Nouns after a name that make it a place: "X district", "X village", "X province". */
const STRONG_AFTER_NOUNS = new Set(['town', 'city', 'village', 'district', 'area', 'countryside', 'outskirts']);

export type Cue = 'strong' | 'weak' | null;

/** Nouns of weapons and their carriers: a name right before one is the weapon's (rule 4). */
const WEAPON_NOUNS = new Set([
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'drone',
  'drones',
  'launcher',
  'launchers',
  'battery',
  'batteries',
  'tank',
  'tanks',
  'howitzer',
  'howitzers',
  'jet',
  'jets',
  'fighter',
  'helicopter',
  'helicopters',
  'cruise',
  'ballistic',
  'interceptor',
  'interceptors',
  'system',
  'systems',
]);

/** Rule 4: a weapon's noun follows the name as the next word of one phrase ("Tomahawk missiles"). */
export function namesWeapon(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.joinsPrevious && !next.capitalized && WEAPON_NOUNS.has(lower(next));
}

/** Lower-case letters of a token, as the word lists hold them. */
function lower(t: Token | undefined): string {
  return t === undefined ? '' : t.letters.toLowerCase();
}

/** Two words of one name: only a space or a hyphen between them ("Michael Jordan"). */
function adjacent(after: Token): boolean {
  return after.joinsPrevious;
}

/** The index of the token before `first` that is not an article ("al-" of "al-Burhan" belongs to the name). */
function indexBefore(tokens: readonly Token[], first: number): number {
  let i = first - 1;
  while (i >= 0 && tokens[i]?.article === true) i -= 1;
  return i;
}

/** The token before `first` that is not an article. */
function tokenBefore(tokens: readonly Token[], first: number): Token | undefined {
  return tokens[indexBefore(tokens, first)];
}

/**
 * Rule 1: the words around tokens[first..last] make it a person's name: a title or a first name before it, or,
 * for a one-word name that is a first name, a capitalised word after it that is no English word (a surname).
 */
export function namesPerson(g: CompiledGazetteer, tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[first];
  const prevAt = indexBefore(tokens, first);
  const prev = tokens[prevAt];
  if (head !== undefined && prev !== undefined && prev.capitalized && !g.countryKeys.has(prev.key)) {
    const word = lower(prev);
    // A title may end in a dot: "Gen. Dagalo", "Mr. Jordan".
    if (g.personTitles.has(word) && (adjacent(head) || head.start - prev.end === 2)) return true;
    if (adjacent(head) && g.firstNames.has(word) && !g.commonWords.has(word) && !determined(tokens, prevAt))
      return true;
    if (adjacent(head) && secondSurname(g, tokens, first, prev)) return true;
    if (adjacent(head) && titledGivenName(g, tokens, prevAt)) return true;
  }
  const next = tokens[last + 1];
  if (first === last && head !== undefined && next !== undefined && !determined(tokens, first)) {
    const name = lower(head);
    const after = lower(next);
    if (
      g.firstNames.has(name) &&
      next.capitalized &&
      adjacent(next) &&
      !g.commonWords.has(after) &&
      !g.divisionWords.has(after) &&
      !g.countryKeys.has(next.key)
    )
      return true;
  }
  return false;
}

/** Determiners: a word after one is no given name ("the Christian Beirut district", "a Kurdish Christian town"). */
const DETERMINERS = new Set(['the', 'a', 'an']);

/** Whether a determiner stands right before tokens[at]. */
function determined(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before !== undefined && DETERMINERS.has(lower(before));
}

/**
 * "President Sixto Durán Ballén": a capitalised word after a title and one more capitalised word (the given name,
 * which the lists may lack) is still the person's name.
 */
function titledGivenName(g: CompiledGazetteer, tokens: readonly Token[], prevAt: number): boolean {
  const prev = tokens[prevAt];
  const title = tokenBefore(tokens, prevAt);
  if (prev === undefined || title === undefined || !title.capitalized || !adjacent(prev)) return false;
  const given = lower(prev);
  if (g.commonWords.has(given) || g.divisionWords.has(given) || g.countryKeys.has(prev.key)) return false;
  return g.personTitles.has(lower(title));
}

/**
 * "Joaquín Guzmán López", "Gabriel García Márquez": a name after a first name and one more capitalised word is
 * the second surname of a person (the word between is no country or everyday word: "Maria Sudan" is no name).
 */
function secondSurname(g: CompiledGazetteer, tokens: readonly Token[], first: number, prev: Token): boolean {
  let i = first - 1;
  while (i >= 0 && tokens[i] !== prev) i -= 1;
  const given = tokenBefore(tokens, i);
  if (given === undefined || !given.capitalized || !adjacent(prev)) return false;
  const middle = lower(prev);
  if (g.commonWords.has(middle) || g.divisionWords.has(middle) || g.countryKeys.has(prev.key)) return false;
  const name = lower(given);
  return g.firstNames.has(name) && !g.commonWords.has(name);
}

/**
 * Words of offices and institutions: a capitalised one right after a small town's name makes the name the first
 * word of a title or an institution ("Supreme Leader", "Supreme Court", "Revolutionary Council").
 */
const INSTITUTION_WORDS = new Set([
  'leader',
  'court',
  'council',
  'assembly',
  'tribunal',
  'commander',
  'command',
  'committee',
  'guide',
  'chamber',
  'cabinet',
  'parliament',
  'senate',
]);

/** Rule 1, institutions: an office or institution word follows the name as the next word of one name. */
export function namesInstitution(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.joinsPrevious && next.capitalized && INSTITUTION_WORDS.has(lower(next));
}

/** The cue around a name: strong ("town of X", "X province"), weak ("in X"), or none. */
export function cueAround(
  g: CompiledGazetteer,
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): Cue {
  const head = tokens[first];
  if (head === undefined) return null;
  const before = text.slice(Math.max(0, head.start - 40), head.start);
  if (STRONG_BEFORE.test(before)) return 'strong';
  const after = lower(tokens[last + 1]);
  if (g.divisionWords.has(after) || STRONG_AFTER_NOUNS.has(after)) return 'strong';
  return WEAK_BEFORE.test(before) ? 'weak' : null;
}

/**
 * Where the article's focus is for a place: `here` (its country or division is named), `elsewhere` (the article
 * names countries or divisions, none of them this place's), `none` (it names none).
 */
export type Focus = 'here' | 'elsewhere' | 'none';

export function focusOf(p: CompiledPlace, sentence: PlaceContext, article: PlaceContext): Focus {
  const named = (ctx: PlaceContext): boolean =>
    (p.country !== null && (ctx.get(p.country) ?? 0) > 0) || (p.province !== null && (ctx.get(p.province) ?? 0) > 0);
  if (named(sentence) || named(article)) return 'here';
  return sentence.size > 0 || article.size > 0 ? 'elsewhere' : 'none';
}

/**
 * Rules 2, 3 and 5 for one gazetteer place. `word`: the name is a one-word English word in everyday use;
 * `alternate`: the text does not write the place's own name but another language's or an older one ("Kiev"), or
 * a spelling the key folds into it ("Talin" for Tallinn); `continued`: a capitalised word follows it, so it may
 * be the first word of a longer name the gazetteer lacks ("South Ossetia").
 */
export function readsAsPlace(
  p: CompiledPlace,
  reading: { word: boolean; alternate: boolean; cue: Cue; focus: Focus; continued: boolean },
): boolean {
  const { word, alternate, cue, focus, continued } = reading;
  if (p.kind === 'country') return true;
  const prominent = p.kind === 'province' || p.population >= PROMINENT_POPULATION;
  // "the town of Ma'dan" in a story about Syria is a Syrian town, not Madan in Bulgaria.
  const cued = cue === 'strong' && focus !== 'elsewhere';
  if (word && continued) return cued;
  // "Kiev" in a story about Ukraine; "Talin" in a story about Syria is no Tallinn; "Monday" no Munday, Texas.
  if (alternate) return word ? cued && focus === 'here' : focus === 'here' || (focus === 'none' && prominent);
  if (word) return focus === 'here' || cued || (prominent && cue === 'weak');
  if (!prominent) return focus === 'here' || cued;
  return true;
}

/**
 * The text writes the place's own name, letter for letter (case and diacritics aside): "Krakow" for Kraków.
 * Countries and divisions are matched only by names chosen for them (no GeoNames alternates): always their own.
 */
export function writesOwnName(p: CompiledPlace, tokens: readonly Token[], first: number, last: number): boolean {
  if (p.kind === 'country' || p.kind === 'province') return true;
  let written = '';
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t !== undefined && !t.article) written += t.letters.toLowerCase();
  }
  return written === ownLetters(p.name);
}

const OWN_LETTERS = new Map<string, string>();

function ownLetters(name: string): string {
  let letters = OWN_LETTERS.get(name);
  if (letters === undefined) {
    letters = name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]/gu, '')
      .toLowerCase();
    if (OWN_LETTERS.size > 10_000) OWN_LETTERS.clear();
    OWN_LETTERS.set(name, letters);
  }
  return letters;
}

/** Whether tokens[first..last] is one word in everyday use ("Mobile", "Nice"; not "Wad Madani"). */
export function isCommonWord(g: CompiledGazetteer, tokens: readonly Token[], first: number, last: number): boolean {
  return first === last && g.commonWords.has(lower(tokens[first]));
}

/** A capitalised word follows the name as the next word of one name would (no comma, no sentence end). */
export function continuesAsName(g: CompiledGazetteer, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.capitalized && next.joinsPrevious && !g.divisionWords.has(lower(next));
}
