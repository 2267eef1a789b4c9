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
  'first', 'subsequently', 'apparently',
]);
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
