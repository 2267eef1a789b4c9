/**
 * Readings a careful reader gives a trigger word from the words around it, before or after the type is chosen:
 * - a trigger in scare quotes ('the country had been "liberated"') is someone's word, not the reporter's account;
 * - taking ground in an infinitive of purpose ("launched an assault to retake the region") is an aim, not an act;
 * - seizing a thing ("seized a passenger train", "seizing rifles and explosives") is no taking of ground;
 * - a siege of a building ("the siege of the Westgate shopping mall") is an armed assault on it, not a siege of a
 *   town (ACLED: Armed clash);
 * - rockets, missiles or bombs fired by aircraft ("army helicopters fired rockets") are an air strike, and so is
 *   any attack whose doer is an aircraft: "Thai jets bombed …", "helicopter gunships fired on …", "drones hit …",
 *   "the convoy was struck by warplanes".
 *
 * The word lists are English, not data an analyst extends.
 */
import type { Token } from './tokens.ts';

const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

/** Whether text[start, end) stands alone inside quotation marks: "liberated", “total peace”. */
export function inScareQuotes(text: string, start: number, end: number): boolean {
  return OPENING_QUOTES.has(text[start - 1] ?? '') && CLOSING_QUOTES.has(text[end] ?? '');
}

function wordAt(text: string, tokens: readonly Token[], k: number): string {
  const t = tokens[k];
  return t === undefined ? '' : t.plain;
}

/** Words before "to" after which the infinitive did happen: "managed to retake", "went on to capture". */
const ACCOMPLISHED = new Set(['managed', 'able', 'on']);

/** Whether the trigger at token `first` is an infinitive of purpose or intent: "to retake", "in a bid to seize". */
export function isAim(text: string, tokens: readonly Token[], first: number): boolean {
  return wordAt(text, tokens, first - 1) === 'to' && !ACCOMPLISHED.has(wordAt(text, tokens, first - 2));
}

/** Things that are seized or captured without taking ground. */
// prettier-ignore
const THINGS = new Set([
  'weapons', 'weapon', 'arms', 'ammunition', 'rifles', 'rifle', 'guns', 'explosives', 'drugs', 'cocaine',
  'heroin', 'cash', 'money', 'documents', 'equipment', 'vehicles', 'vehicle', 'train', 'trains', 'bus', 'buses',
  'ship', 'ships', 'vessel', 'vessels', 'tanker', 'tankers', 'boat', 'boats', 'plane', 'airliner', 'truck',
  'trucks', 'cargo', 'shipment', 'consignment',
]);
/** Nouns after a thing that make it the name of a place: "an arms depot", "a weapons factory", "the bus station". */
// prettier-ignore
const PLACE_AFTER_THING = new Set([
  'depot', 'depots', 'factory', 'factories', 'store', 'stores', 'warehouse', 'warehouses', 'cache', 'station',
  'stations', 'terminal', 'yard', 'plant', 'route', 'routes', 'road',
]);
/** How many words may stand between the verb and the thing: "seized a passenger train", "seized large amounts". */
const THING_WINDOW = 4;

/** Whether the object of the seizing verb ending at token `last` is a thing, not ground ("seized 40 rifles"). */
export function seizesThing(text: string, tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + THING_WINDOW && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    if (/[,;:.()]/u.test(text.slice(prev.end, t.start)) || t.capitalized) return false;
    const word = wordAt(text, tokens, k);
    if (THINGS.has(word)) return !PLACE_AFTER_THING.has(wordAt(text, tokens, k + 1));
  }
  return false;
}

/** Buildings a siege of which is an assault on the people inside. */
// prettier-ignore
const BUILDINGS = new Set([
  'hotel', 'mall', 'school', 'university', 'college', 'hospital', 'theatre', 'theater', 'church', 'mosque',
  'embassy', 'restaurant', 'parliament', 'prison', 'jail', 'office', 'offices', 'building', 'supermarket',
  'cafe', 'bank', 'residence', 'compound',
]);
/** How far after "siege" its building may stand: "the siege of the Westgate shopping mall". */
const BUILDING_WINDOW = 5;

/** Whether the siege trigger ending at token `last` is one of a building ("a siege at a hotel"). */
export function besiegesBuilding(text: string, tokens: readonly Token[], last: number): boolean {
  const preposition = wordAt(text, tokens, last + 1);
  if (preposition !== 'of' && preposition !== 'at' && preposition !== 'on') return false;
  for (let k = last + 2; k <= last + 1 + BUILDING_WINDOW && k < tokens.length; k++) {
    const prev = tokens[k - 1] as Token;
    if (/[,;:.()]/u.test(text.slice(prev.end, (tokens[k] as Token).start))) return false;
    if (BUILDINGS.has(wordAt(text, tokens, k))) return true;
  }
  return false;
}

/** Aircraft that fire rockets, missiles and bombs from the air. */
// prettier-ignore
const AIRCRAFT = new Set([
  'helicopter', 'helicopters', 'gunship', 'gunships', 'warplane', 'warplanes', 'jet', 'jets', 'aircraft',
  'bomber', 'bombers', 'drone', 'drones', 'planes',
]);
/** Words between the aircraft and its weapon: "helicopters fired rockets", "drones dropped two bombs". */
const AIRCRAFT_WINDOW = 3;
const NOT_SUBJECT = new Set(['at', 'on', 'against', 'toward', 'towards', 'by', 'with', 'from', 'down']);

/** Whether aircraft are the subject right before the bombing trigger at token `first` ("jets fired missiles"). */
export function firedFromAir(text: string, tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - AIRCRAFT_WINDOW); k--) {
    const t = tokens[k + 1] as Token;
    if (/[,;:.()]/u.test(text.slice((tokens[k] as Token).end, t.start))) return false;
    const word = wordAt(text, tokens, k);
    if (NOT_SUBJECT.has(word)) return false;
    if (AIRCRAFT.has(word)) return true;
  }
  return false;
}

/**
 * Verbs of attack that make their aircraft subject's act an air strike: "jets hit", "gunships fired on",
 * "warplanes killed". Past forms only: a present form after an aircraft is mostly a compound noun ("a drone
 * strike", "a helicopter attack"), which the trigger lexicon reads on its own.
 */
// prettier-ignore
const AIR_ATTACK_VERBS = new Set([
  'hit', 'struck', 'bombed', 'attacked', 'targeted', 'pounded', 'strafed', 'destroyed', 'shelled', 'rocketed',
  'raided', 'hammered', 'blasted', 'killed', 'wiped',
]);
/** "Fired" is an attack only with its target: "fired on retreating rebels", "fired at the convoy". */
const FIRED = new Set(['fired', 'opened']);
const FIRED_AT = new Set(['on', 'at', 'upon', 'fire']);
/** Words that may stand between an aircraft subject and its verb: "jets also hit", "drones had reportedly struck". */
// prettier-ignore
const SUBJECT_ADVERBS = new Set([
  'also', 'reportedly', 'allegedly', 'then', 'again', 'repeatedly', 'later', 'had', 'have', 'has', 'twice',
  'first', 'subsequently', 'apparently', 'been', 'was', 'were', 'is', 'are',
]);
/** Auxiliaries of the progressive: "jets were striking", "jets had been bombing". */
const PROGRESSIVE_AUX = new Set(['been', 'was', 'were', 'is', 'are']);
/** Attack verbs in -ing, read only after a progressive auxiliary ("a drone striking" alone may be a noun phrase). */
// prettier-ignore
const AIR_ATTACK_ING = new Set([
  'striking', 'bombing', 'hitting', 'attacking', 'pounding', 'targeting', 'shelling', 'strafing', 'raiding',
  'bombarding', 'hammering', 'rocketing',
]);
/** Verbs of attempt before "to": the attempt is told as the attack. */
const TRIED = new Set(['tried', 'attempted', 'sought']);
/** Base forms of attack verbs after "tried to". */
const AIR_ATTACK_BASE = new Set(['bomb', 'strike', 'hit', 'attack', 'destroy', 'target', 'shell', 'raid']);
/** Auxiliaries of a passive whose "by" names the aircraft: "the convoy was struck by warplanes". */
const PASSIVE_BE = new Set(['was', 'were', 'been', 'is', 'are', 'being']);
/** Words that may stand between "by" and the aircraft: "by Russian warplanes", "by two army helicopters". */
const PASSIVE_WINDOW = 3;

/** The index of the last token of an attack verb starting at token k, or -1. */
function attackVerbAt(text: string, tokens: readonly Token[], k: number): number {
  const word = wordAt(text, tokens, k);
  if (AIR_ATTACK_VERBS.has(word)) return k;
  return FIRED.has(word) && FIRED_AT.has(wordAt(text, tokens, k + 1)) ? k + 1 : -1;
}

/** Whether nothing but spaces separates tokens k and k + 1 (no comma or clause break). */
function joined(text: string, tokens: readonly Token[], k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  return a !== undefined && b !== undefined && !/[,;:.()]/u.test(text.slice(a.end, b.start));
}

/**
 * An attack told with an aircraft as its doer, read from token `i`: the subject ("Air force helicopters struck a
 * column …", "Jets also hit YPG positions") or the agent of a passive verb at `i` ("was bombed by Russian
 * jets"). Returns the tokens of the verb (the trigger, as titles read it) and the token after the words that tell
 * the attack, or null. An aircraft after a preposition is no doer ("rebels fired at army helicopters").
 */
export function aircraftAttackAt(
  text: string,
  tokens: readonly Token[],
  i: number,
): { readonly first: number; readonly last: number; readonly after: number } | null {
  const word = wordAt(text, tokens, i);
  if (AIRCRAFT.has(word)) {
    if (NOT_SUBJECT.has(wordAt(text, tokens, i - 1))) return null;
    let k = i + 1;
    while (AIRCRAFT.has(wordAt(text, tokens, k)) && joined(text, tokens, k - 1)) k++;
    while (SUBJECT_ADVERBS.has(wordAt(text, tokens, k)) && joined(text, tokens, k - 1)) k++;
    if (!joined(text, tokens, k - 1)) return null;
    // "Jets had been striking …", "jets were bombing …": the progressive, after its auxiliary only.
    const aux = PROGRESSIVE_AUX.has(wordAt(text, tokens, k - 1));
    if (aux && AIR_ATTACK_ING.has(wordAt(text, tokens, k))) return { first: k, last: k, after: k + 1 };
    // "Jets tried to bomb the bridge": an attack attempted is an attack made.
    if (TRIED.has(wordAt(text, tokens, k)) && wordAt(text, tokens, k + 1) === 'to' && joined(text, tokens, k)) {
      const verb = k + 2;
      if (AIR_ATTACK_BASE.has(wordAt(text, tokens, verb))) return { first: k, last: verb, after: verb + 1 };
    }
    const last = attackVerbAt(text, tokens, k);
    return last < 0 ? null : { first: k, last, after: last + 1 };
  }
  // The passive: "was struck by warplanes", "were hit by two drones".
  if (!PASSIVE_BE.has(wordAt(text, tokens, i - 1))) return null;
  const verbLast = attackVerbAt(text, tokens, i);
  if (verbLast < 0 || wordAt(text, tokens, verbLast + 1) !== 'by' || !joined(text, tokens, verbLast)) return null;
  for (let k = verbLast + 2; k <= verbLast + 2 + PASSIVE_WINDOW && k < tokens.length; k++) {
    if (!joined(text, tokens, k - 1)) return null;
    if (AIRCRAFT.has(wordAt(text, tokens, k))) return { first: i, last: verbLast, after: k + 1 };
  }
  return null;
}

/** Words that may stand between a verb and the head of its object: determiners, counts, modifiers. */
const OBJECT_WINDOW = 5;
/** Stops the object: a clause break or a preposition after which the words are no longer the object. */
// prettier-ignore
const OBJECT_STOP = new Set([
  'in', 'at', 'on', 'near', 'over', 'from', 'with', 'as', 'after', 'during', 'by', 'and', 'off', 'outside', 'inside',
  'along', 'across', 'into', 'to', 'towards', 'toward',
]);

/** The words of the object after token `last` (the verb's last token), up to a break: at most OBJECT_WINDOW. */
function objectWords(text: string, tokens: readonly Token[], last: number): string[] {
  const out: string[] = [];
  for (let k = last + 1; k <= last + OBJECT_WINDOW && k < tokens.length; k++) {
    if (!joined(text, tokens, k - 1)) break;
    const word = wordAt(text, tokens, k);
    if (OBJECT_STOP.has(word)) break;
    out.push(word);
  }
  return out;
}

/** Aircraft with a crew: shooting one down is an attack on it, not the interception of a weapon. */
// prettier-ignore
const MANNED_AIRCRAFT = new Set([
  'plane', 'planes', 'aircraft', 'airliner', 'airliners', 'helicopter', 'helicopters', 'jet', 'jets', 'fighter',
  'fighters', 'bomber', 'bombers', 'warplane', 'warplanes', 'gunship', 'gunships', 'airplane', 'transport',
]);
/** Weapons and crewless craft: their shooting down stays an interception. */
const UNMANNED = new Set(['drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'uav', 'uavs', 'shell']);

/**
 * Whether the shooting down ending at token `last` brings down an aircraft with a crew ("shot down a passenger
 * plane", "downed an army helicopter"), not a drone or a missile ("shot down 12 drones"): the first is an attack
 * on the aircraft and its crew, the second the interception of a weapon (ACLED: Disrupted weapons use).
 */
export function downsMannedAircraft(text: string, tokens: readonly Token[], last: number): boolean {
  const object = objectWords(text, tokens, last);
  return object.some((w) => MANNED_AIRCRAFT.has(w)) && !object.some((w) => UNMANNED.has(w));
}

/** People who are captured: taking them is an arrest or an abduction, not the taking of ground. */
// prettier-ignore
const PEOPLE = new Set([
  'commander', 'commanders', 'leader', 'leaders', 'chief', 'chiefs', 'general', 'generals', 'officer', 'officers',
  'soldier', 'soldiers', 'fighter', 'fighters', 'militant', 'militants', 'rebel', 'rebels', 'insurgents',
  'guerrillas', 'suspect', 'suspects', 'men', 'women', 'children', 'civilians', 'hostages', 'prisoners',
  'members', 'member', 'journalist', 'journalists', 'workers', 'worker', 'spokesman', 'founder', 'deputy',
  'mercenaries', 'militiamen', 'policemen', 'troops', 'pilot', 'pilots', 'crew', 'people', 'colonel', 'son',
  'engineers', 'employees', 'staff', 'villagers', 'passengers', 'students', 'schoolgirls', 'schoolchildren',
  'girls', 'boys', 'nationals', 'foreigners', 'expatriates', 'officials', 'diplomats', 'missionaries', 'priests',
  'nuns', 'doctors', 'nurses', 'teachers', 'farmers', 'fishermen', 'traders', 'businessmen', 'contractors',
  'residents', 'hostage', 'interpreter', 'governor', 'minister', 'mayor', 'him', 'her', 'them',
]);

/** A plural in -ists names people: "four Japanese geologists", "two tourists", "activists". */
function namesPeople(word: string): boolean {
  return PEOPLE.has(word) || (word.length > 5 && word.endsWith('ists'));
}
/** Verbs of seizing whose object may be people as well as ground. */
// prettier-ignore
const CAPTURING = new Set([
  'captured', 'capture', 'captures', 'capturing', 'seized', 'seize', 'seizes', 'seizing', 'overran', 'overrun',
]);
/** Roles an appositive gives a person: "captured Ali Musa, the founder of …". */
const ROLE =
  /^,\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:founder|leader|head|commander|chief|spokesman|spokeswoman|deputy|son|brother|wife|general|colonel|emir|president|minister)\b/iu;

/**
 * Whether the capturing verb from token `first` to `last` takes people, not ground: its object ("captured two
 * rebel commanders", "captured Ali Musa, the founder of …") or, in a passive, its subject ("two of his
 * commanders were captured").
 */
export function capturesPeople(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  // Only verbs that take what they seize: "declared victory over the militants" takes no militants.
  if (first !== last || !CAPTURING.has(wordAt(text, tokens, last))) return false;
  const object = objectWords(text, tokens, last);
  // The people are the head of the object: the last word of it, or one a phrase of its own follows ("rebels
  // of the …"); "the rebels' stronghold" has another head.
  const head = object.findIndex(namesPeople);
  const next = object[head + 1];
  const ends = next === undefined || next === 'of' || next === 'who';
  if (head >= 0 && ends && !object.slice(0, head).some((w) => THINGS.has(w))) return true;
  const named = tokens[last + 1];
  if (named?.capitalized === true) {
    let k = last + 1;
    while (tokens[k + 1]?.capitalized === true && joined(text, tokens, k)) k++;
    const end = tokens[k];
    if (end !== undefined && ROLE.test(text.slice(end.end, end.end + 80))) return true;
  }
  // The passive's subject ends right before its auxiliary: "two of his commanders were captured".
  return PASSIVE_BE.has(wordAt(text, tokens, first - 1)) && PEOPLE.has(wordAt(text, tokens, first - 2));
}

/** Verbs and nouns of breaking a deal: "broke a ceasefire", "in violation of the truce". */
// prettier-ignore
const BREAKING = new Set([
  'broke', 'broken', 'breaking', 'breaks', 'violated', 'violating', 'violates', 'violation', 'violations',
  'breach', 'breached', 'breaching', 'breaches',
]);
/** Verbs of a deal or talks coming to nothing: "peace talks collapsed", "the truce broke down". */
const COLLAPSING = new Set(['collapsed', 'collapse', 'collapses', 'collapsing', 'failed', 'faltered']);
/** How far the breaking verb may stand before the deal: "broke an 18-month Russian-brokered ceasefire". */
const DEAL_WINDOW = 4;

/** Whether the agreement word at token `first` is a deal broken ("breaking an 18-month ceasefire"). */
export function agreementBroken(text: string, tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - DEAL_WINDOW); k--) {
    if (!joined(text, tokens, k)) return false;
    if (BREAKING.has(wordAt(text, tokens, k))) return true;
  }
  return false;
}

/** Whether the agreement word ending at token `last` is a deal or talks that came to nothing ("talks collapsed"). */
export function agreementCollapsed(text: string, tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + DEAL_WINDOW && k < tokens.length; k++) {
    if (!joined(text, tokens, k - 1)) return false;
    const word = wordAt(text, tokens, k);
    if (
      COLLAPSING.has(word) ||
      ((word === 'broke' || word === 'fell') && /^(?:down|apart)$/.test(wordAt(text, tokens, k + 1)))
    )
      return true;
  }
  return false;
}

/** Verbs of overrunning: of a town they tell ground taken, of a post an assault on it. */
const OVERRUNNING = new Set(['overran', 'overrun', 'overruns', 'overrunning']);
/** Military positions: held troops, not ground of their own. */
// prettier-ignore
const POSITIONS = new Set([
  'post', 'posts', 'position', 'positions', 'outpost', 'outposts', 'checkpoint', 'checkpoints', 'trench', 'trenches',
]);

/**
 * "Overran a police post at Tenaru", "overran army positions at its entrances", "three observation posts had been
 * overrun": overrunning a military position is an assault on the men holding it (ACLED: an armed clash), not the
 * taking of a town or region; "overran the town" stays taking ground. The position is the head of the object, or
 * the passive's subject.
 */
export function overrunsPosition(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  if (first !== last || !OVERRUNNING.has(wordAt(text, tokens, last))) return false;
  const object = objectWords(text, tokens, last);
  if (object.length > 0 && POSITIONS.has(object[object.length - 1] ?? '')) return true;
  let k = first - 1;
  while (k >= 0 && ['had', 'have', 'has', 'been', 'was', 'were', 'being'].includes(wordAt(text, tokens, k))) k--;
  return k < first - 1 && POSITIONS.has(wordAt(text, tokens, k));
}
