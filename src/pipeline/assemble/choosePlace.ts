/**
 * Which of the places named around a date is where the event happened. News names a place at several scales
 * ("in the Arsal area in Lebanon's Bekaa region") and names others only as landmarks ("240 km northeast of
 * Damascus", "a town near Baghdad"): the most specific place wins, landmarks only when nothing else is named,
 * and two or more countries with nothing finer ("airstrikes in Syria and Iraq") leave the place open.
 */
import { isFocusNoun } from '../lexicon/placeFocusNouns.ts';
import { cueWordBefore } from './cueWordBefore.ts';
import { namedAsPartOf } from './placeCityPart.ts';
import { namesOffice, namesParty } from './placeQualifier.ts';
import { isHomePlace } from './placeHome.ts';
import { isVenue } from './placeVenue.ts';
import type { PlaceMention, Span } from '../types.ts';

const SPECIFICITY: Record<string, number> = { site: 3, city: 3, town: 3, province: 2, region: 2, country: 1 };

/**
 * Words that make the place after them a landmark rather than the scene: "near X", "close to the border with
 * X", "northeast of X", "a route
 * between X and Y", "pushed towards X" (after a verb of movement, "towards" names a destination: below).
 */
const LANDMARK_BEFORE =
  /(?:\bnear|\bclose\s+to|\bborders?\s+with|\bfrontier\s+with|\boutside|\bbetween|\btowards?|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|\bkm\s+(?:\w+\s+){0,4}of|\bmiles\s+(?:\w+\s+){0,4}of)\s+(?:the\s+)?$/i;
/** The second place of "between X and Y". */
const BETWEEN_AND_BEFORE = /\bbetween\s+(?:the\s+)?[\p{L}'\u2019 -]{2,40}\s+and\s+(?:the\s+)?$/iu;
/** The cue words LANDMARK_BEFORE and BETWEEN_AND_BEFORE end with (see cueWordBefore.ts). */
const LANDMARK_CUE = /(?:near|to|with|outside|between|towards?|of)$/i;
const BETWEEN_AND_CUE = /and$/iu;

/**
 * Verbs of movement: the place they lead into or toward is where the movers went, not where the event was ("the
 * deal let the fighters move into Turkey" happened where the deal was struck). What is hit "travelling from X
 * to Y", "en route to Y" or "bound for Y" was hit on the way, at neither end; but a visit ("the president
 * travelled to Pretoria") is reported where it went, like deployments ("sent troops to Syria") and returns ("families returned to Mosul") are not here: news reports them where the troops or
 * families arrive.
 */
const MOVEMENT_VERB =
  '(?:mov(?:e|es|ed|ing)|fle(?:e|es|d|eing)|escap(?:e|es|ed|ing)|transport(?:s|ed|ing)?|leav(?:e|es|ing)|left|' +
  'head(?:s|ed|ing)?|withdr(?:aw|aws|awn|awing|ew)|retreat(?:s|ed|ing)?|evacuat(?:e|es|ed|ing)|' +
  'relocat(?:e|es|ed|ing)|transferr?(?:s|ed|ing)?|deport(?:s|ed|ing)?|smuggl(?:e|es|ed|ing)|bus(?:es|ed|sed|ing|sing)?|' +
  'travell?ing|en\\s+route|on\\s+its\\s+way|on\\s+their\\s+way)';
/** Words that may stand between the verb and its preposition: objects, adverbs ("move its fighters into"). */
const BETWEEN_VERB_AND_PREPOSITION = '[^.;:!?\u201c\u201d"]{0,60}?';
/** "fled into Turkey", "moved its fighters to Idlib", "retreated towards the border", "left for Turkey". */
const DESTINATION_BEFORE = new RegExp(
  `\\b${MOVEMENT_VERB}\\b${BETWEEN_VERB_AND_PREPOSITION}\\b(?:into|to|towards?|onto)\\s+(?:the\\s+)?$` +
    `|\\b(?:left|leav(?:e|es|ing)|head(?:s|ed|ing)?|bound)\\s+for\\s+(?:the\\s+)?$`,
  'i',
);
/**
 * "withdrew from Manbij", "fled from Aleppo", "fighters who left Raqqa", "entered Congo from the Cabinda enclave"
 * (where troops enter or cross from is behind them; where they enter is left to the other rules).
 */
const ORIGIN_BEFORE = new RegExp(
  `\\b(?:${MOVEMENT_VERB}|enter(?:s|ed|ing)?|cross(?:es|ed|ing)?)\\b${BETWEEN_VERB_AND_PREPOSITION}\\bfrom\\s+(?:the\\s+)?$` +
    `|\\b(?:left|leav(?:e|es|ing)|fle(?:e|es|d|eing)|escap(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing))\\s+(?:the\\s+)?$`,
  'i',
);

/** The cue words DESTINATION_BEFORE and ORIGIN_BEFORE end with ("into" and "onto" end with "to"). */
const DESTINATION_CUE = /(?:to|towards?|for)$/i;
const ORIGIN_CUE = /(?:from|left|leav(?:e|es|ing)|fle(?:e|es|d|eing)|escap(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing))$/i;

function textBefore(text: string, place: Span, chars: number): string {
  return text.slice(Math.max(0, place.start - chars), place.start);
}

/** Where movers went ("fled into Turkey"): never the scene of the event. */
export function isDestination(text: string, place: Span): boolean {
  return (
    DESTINATION_CUE.test(cueWordBefore(text, place.start)) && DESTINATION_BEFORE.test(textBefore(text, place, 120))
  );
}

/**
 * Where movers came from ("withdrew from Manbij", "fled Aleppo"): not the scene when another place is named in
 * the same stretch of text, but the place a withdrawal or flight is reported at when none is (it is the
 * territory given up, as ACLED codes a withdrawal), before any back-reference or landmark.
 */
export function isOrigin(text: string, place: Span): boolean {
  return ORIGIN_CUE.test(cueWordBefore(text, place.start)) && ORIGIN_BEFORE.test(textBefore(text, place, 120));
}

/**
 * "near Eringeti", "near the Hantoub bridge", "near the village of Moulhoule", "outside Huancayo": the event was
 * at the place, as far as the text says (ACLED codes it there). When a clause names nothing else, such a place
 * is its scene before any back-reference; a distance or bearing ("200 km of", "north of", "between") stays a
 * landmark to the end.
 */
const NEAR_BEFORE =
  /(?:\bnear|\bclose\s+to|\boutside)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+)?(?:village|town|city|hamlet|settlement|camp|port|post|pass|crossing|base)\s+of\s+)?$/iu;
/** The word NEAR_BEFORE's matches end with: the pattern runs only where the word before the place is one. */
const NEAR_CUE = /(?:near|to|outside|of)$/iu;

/** What ends one verb phrase before another: "and", a semicolon. */
const PHRASE_BREAK = /\band\b|;/i;

function isNear(text: string, place: Span): boolean {
  return NEAR_CUE.test(cueWordBefore(text, place.start)) && NEAR_BEFORE.test(textBefore(text, place, 50));
}

export function isLandmark(text: string, place: Span): boolean {
  const cue = cueWordBefore(text, place.start);
  const landmark = LANDMARK_CUE.test(cue);
  const between = BETWEEN_AND_CUE.test(cue);
  if (!landmark && !between) return false;
  const before = textBefore(text, place, 60);
  return (landmark && LANDMARK_BEFORE.test(before)) || (between && BETWEEN_AND_BEFORE.test(before));
}

/** A place name that is also an actor's name ("an agreement with Iran") is the actor unless a locative precedes. */
const LOCATIVE_BEFORE = /\b(?:in|into|inside|near|across|throughout|at|outside|around|toward|towards)\s+(?:the\s+)?$/i;

function isActorName(text: string, place: PlaceMention, actors: readonly Span[]): boolean {
  return (
    actors.some((a) => a.start < place.end && place.start < a.end) &&
    !LOCATIVE_BEFORE.test(text.slice(Math.max(0, place.start - 20), place.start))
  );
}

/** ", in the Middle Juba region", ", also in Sagaing": what follows locates the place before it. */
const APPOSITION_BETWEEN = /^,\s+(?:also\s+|just\s+)?in\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u;

/** "Yala's Bannang Sata": the possessive and the space between two place names. */
const POSSESSIVE_BETWEEN = /^['\u2019\u02bc]s\s+(?:the\s+)?$/u;

/**
 * Places that only locate the place right before them ("near Jilib, in the Middle Juba region"): a place other
 * than a country in apposition after "in". The event is at the place they locate, which is then the scene even after "near"
 * (the writer placed it precisely); a country in apposition ("Palmyra, Syria") is left to specificity.
 */
function locators(text: string, places: readonly PlaceMention[]): Map<PlaceMention, PlaceMention> {
  const located = new Map<PlaceMention, PlaceMention>();
  for (let k = 1; k < places.length; k++) {
    const before = places[k - 1] as PlaceMention;
    const p = places[k] as PlaceMention;
    // Any place but a country ("near Kani, also in Sagaing" is Sagaing's Kani, whether Sagaing is read as the
    // region or its city); a country in apposition is left to specificity.
    if (p.place.kind === 'country') continue;
    if (APPOSITION_BETWEEN.test(text.slice(before.end, p.start))) located.set(p, before);
    // "Yala's Bannang Sata district": a possessive place names where the next one lies; a country is left to
    // specificity, as above ("Indonesia's Papua province").
    if (before.place.kind !== 'country' && POSSESSIVE_BETWEEN.test(text.slice(before.end, p.start)))
      located.set(before, p);
  }
  return located;
}

/**
 * "the Wharf Jérémie neighbourhood of Cité Soleil": a name before "neighbourhood of", "district of", "quarter of"
 * names a part of the place after it (and may share a town's name elsewhere): the event is at that place.
 */
const PART_OF_AFTER = /^\s+(?:neighbou?rhoods?|district|quarter|suburbs?|outskirts)\s+of\s/i;

function namesPartOfNext(text: string, place: Span): boolean {
  return PART_OF_AFTER.test(text.slice(place.end, place.end + 30));
}

/**
 * "the Sahel branch of al Qaeda", "al Qaeda's affiliate in Somalia": a place that says which branch of a group is
 * meant names where the group operates, not where the event happened.
 */
const BRANCH_AFTER = /^\s+(?:branch|affiliate|wing|franchise|offshoot)\b/i;
const BRANCH_BEFORE = /\b(?:branch|affiliate|wing|franchise|offshoot)\s+in\s+(?:the\s+)?$/i;

function namesBranch(text: string, place: Span): boolean {
  return BRANCH_AFTER.test(text.slice(place.end, place.end + 16)) || BRANCH_BEFORE.test(textBefore(text, place, 30));
}

/**
 * "a week after a bomb on Istanbul's busiest street", "days before the fall of Kabul": a phrase counted from
 * another event names that event, up to the next clause break; its places are that event's. A bare "since a
 * soldier was killed in X" may be the dated event itself, and is left alone.
 */
const OTHER_EVENT_BEFORE =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?)|hours|days|weeks|months|shortly|just|soon)\s+(?:after|before)\s+(?:a|an|the|its|their)\s+[^,;:.!?\u201c\u201d"]*$/i;

function inOtherEvent(text: string, place: Span): boolean {
  return OTHER_EVENT_BEFORE.test(textBefore(text, place, 100));
}

/** How finely `p` places the event: its kind's specificity, a named place above "the capital" of the same scale. */
function rank(p: PlaceMention): number {
  return (SPECIFICITY[p.place.kind] ?? 0) * 2 + (isFocusNoun(p) ? 0 : 1);
}

function inside(span: Span, excluded: readonly Span[]): boolean {
  return excluded.some((e) => span.start >= e.start && span.end <= e.end);
}

/**
 * The event's place among `places` (mentions in text order), ignoring those inside `excluded` spans (places
 * named inside the date expression, like "two days after Sirte's fall", belong to the anchor event), names
 * that are `actors` mentions too unless a locative preposition precedes them, and destinations of movement
 * ("fled into Turkey"), which are never the scene, and divisions that only locate the place before them ("near
 * Jilib, in the Middle Juba region": Jilib), and parts named after their city ("the Beirut district of Achrafieh": Beirut,
 * placeCityPart.ts). Where someone spoke ("speaking in Conakry", placeVenue.ts) and places
 * of another event ("a week after a bomb in Istanbul") count as landmarks. Origins ("withdrew from X") come only when no other place
 * is named; with `landmarks: false`, landmarks are never chosen (the caller then looks further before falling
 * back to them).
 */
export function choosePlace(
  text: string,
  places: readonly PlaceMention[],
  excluded: readonly Span[] = [],
  actors: readonly Span[] = [],
  landmarks = true,
): PlaceMention | null {
  const candidates = places.filter(
    (p, k) =>
      !inside(p, excluded) &&
      !namesParty(text, p) &&
      !namedAsPartOf(text, places[k - 1], p) &&
      !isActorName(text, p, actors) &&
      !isDestination(text, p) &&
      (!namesPartOfNext(text, p) || namedAsPartOf(text, p, places[k + 1])) &&
      !namesBranch(text, p),
  );
  if (candidates.length === 0) return null;
  const located = locators(text, candidates);
  const placed = new Set(located.values());
  const origins = candidates.filter((p) => isOrigin(text, p));
  // Where someone spoke, where the people come from ("men from Garm") and another event's places are kept as
  // landmarks: chosen only when nothing else is.
  const main = candidates.filter(
    (p) =>
      !located.has(p) &&
      (placed.has(p) ||
        (!isLandmark(text, p) &&
          !isVenue(text, p) &&
          !inOtherEvent(text, p) &&
          !isHomePlace(text, p) &&
          !namesOffice(text, p))) &&
      !origins.includes(p),
  );
  // Places near which the event was are looked for only when nothing else may be chosen.
  const near = (): PlaceMention[] => candidates.filter((p) => isNear(text, p) && p.place.kind !== 'country');
  const pool = main.length > 0 ? main : origins.length > 0 ? origins : landmarks ? candidates : near();
  if (pool.length === 0) return null;
  let best: PlaceMention | null = null;
  for (const p of pool) {
    if (best === null || rank(p) > rank(best)) best = p;
  }
  if (best === null) return null;
  // "landed inside Thailand near the border pass of X", "in Idlib province near Saraqeb": a town the event was
  // near is finer than the country or division it lies in, named before it in the same phrase ("advanced near X
  // and shelled the Y region" are two acts).
  if (best.place.kind !== 'city' && best.place.kind !== 'town') {
    const nearer = near().find(
      (p) =>
        rank(p) > rank(best) &&
        p.place.country === best.place.country &&
        p.start > best.end &&
        !PHRASE_BREAK.test(text.slice(best.end, p.start)),
    );
    if (nearer !== undefined) return nearer;
  }
  if (best.place.kind === 'country') {
    const countries = new Set(pool.filter((p) => p.place.kind === 'country').map((p) => p.place.name));
    if (countries.size >= 2) return null;
  }
  return best;
}
