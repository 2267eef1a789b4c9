/**
 * The one place titles are made: a headline that says who did what, where, taken from the clause the event was
 * read from. "RSF takes Wad Madani" from "the RSF said they had taken control of Wad Madani", "Airstrike kills 12
 * people in Idlib", "Junta announces nationwide ceasefire".
 *
 * A headline is subject + verb in the present tense + object + place:
 * - subject: the agent (a canonical actor name) or, when the clause names no known actor, the words that stand
 *   as its subject ("Gunmen", "Armed men"), or the trigger noun when it is the subject ("An airstrike killed …");
 * - verb: the trigger verb as written, in headline present tense ("had taken control of" → "takes"); a trigger
 *   noun after a verb that carries it ("launched an offensive", "conducted a drone strike") takes that verb;
 * - object: the words after the verb up to the next preposition, comma or date ("60 Kurdish villages",
 *   "Avdiivka"), or the chosen place when it stands there;
 * - place: " in/near/outside … <place>" when the object does not already name it.
 * At most about 60 characters: the place goes first, then words at the end of the object, never leaving a
 * dangling "of" or "the". When a part is missing the title falls back on the type ("Capture of Kismayo",
 * "AFRICOM airstrike near Jilib", "Siege of Baidoa") and, with nothing known, on the clause's first words; it is
 * never a bare type word. Nothing is invented: every word is the text's or an extracted field's.
 */
import lemmatizer from 'wink-lemmatizer';
import type { EventType } from '../../model/index.ts';
import type { Sentence, Span } from '../types.ts';
import type { EventCandidate } from './candidate.ts';

/** About how long a title may be; a headline over it is shortened (place first, then object words). */
export const MAX_TITLE_LENGTH = 60;
const MAX_EXCERPT_WORDS = 9;
const MAX_OBJECT_WORDS = 6;
const MAX_SUBJECT_WORDS = 4;

/** Prepositions a title may repeat before the place; anything else reads as "in". */
const KEPT_PREPOSITIONS = new Set(['near', 'around', 'outside', 'towards', 'toward', 'from', 'into', 'on']);

/** Actor names that are grammatically plural ("Kurdish forces", "Houthi rebels", "Taliban") take a plural verb. */
const PLURAL_HEAD =
  /\b(?:forces|fighters|troops|militants|rebels|units|militias|groups|soldiers|insurgents|jihadists|extremists|brigades|guards|gunmen|men|separatists|paramilitaries|officials|authorities|residents|police|taliban|clashes|strikes|airstrikes|raids|attacks)$/i;
/** Peoples and movements named in the plural: "Houthis", "Alawis". Case matters: "ISIS" is no plural. */
const PLURAL_NAME = /\b\p{Lu}\p{Ll}+is$/u;

export interface PlaceRef {
  readonly name: string;
  /** The preposition before the place in the text ("near", "from", "towards"…), when there is one. */
  readonly preposition: string | null;
}

/** What a title is made from: the event's extracted fields and the stretch of the sentence it was read from. */
export interface TitleInput {
  readonly type: EventType;
  /** The actor the clause says did it, when known. */
  readonly agent: string | null;
  /** Canonical actor names, the agent first. */
  readonly actors: readonly string[];
  readonly place: PlaceRef | null;
  readonly sentence: Sentence;
  /** The clause (or reported clause) the event was read from, in article offsets. */
  readonly reading: Span;
  /** The trigger word or phrase, in article offsets; null when none was found. */
  readonly trigger: Span | null;
  /** The date expression, in article offsets: its words are never part of the object. */
  readonly date: Span | null;
  /**
   * Who reported the clause, as written, when it is no known actor: a reported "it" or "they" is the reporter
   * ("Government forces said they had repelled…" → "Government forces repel…").
   */
  readonly reporter?: string | null;
}

function both(actors: readonly string[]): string {
  const [a, b] = actors;
  return b === undefined ? (a ?? '') : `${a} and ${b}`;
}

function isPlural(subject: string): boolean {
  return PLURAL_HEAD.test(subject) || PLURAL_NAME.test(subject);
}

/** A subject taken from the text ("Shells", "Armed men") is plural by its last word's form too. */
function isPluralPhrase(subject: string): boolean {
  // The head noun's form: wink-lemmatizer reduces a plural it knows ("Clashes", "Shells"), not a name ("Hamas").
  // A capitalised head after other words is a name ("United States"), not a plural.
  const words = subject.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && /^\p{Lu}/u.test(last)) return isPlural(subject);
  const head = last.toLowerCase();
  return isPlural(subject) || (/^\p{Ll}+s$/u.test(head) && lemmatizer.noun(head) !== head);
}

/**
 * wink-lemmatizer's base of a verb form, remembered: a title asks it for the trigger word and the words around it,
 * and the same few verbs come back clause after clause (a run-on article has 30,000 clauses).
 * A pure function of the word, so the memo cannot change a title; it is emptied when it grows past a bound.
 */
const VERB_BASE = new Map<string, string>();
const VERB_BASE_LIMIT = 10_000;

function verbBase(word: string): string {
  let base = VERB_BASE.get(word);
  if (base === undefined) {
    base = lemmatizer.verb(word);
    if (VERB_BASE.size >= VERB_BASE_LIMIT) VERB_BASE.clear();
    VERB_BASE.set(word, base);
  }
  return base;
}

function verb(agent: string, singular: string, plural: string): string {
  return isPlural(agent) ? plural : singular;
}

/** Discourse markers that open a clause without saying anything about the event. */
const OPENER =
  /^(?:for (?:instance|example)|however|meanwhile|in fact|indeed|but|and|also|still|moreover|furthermore|in addition|separately|again)\s*,\s*/i;

/** The clause's first words, for events without a type; quotes, an opening "However," and a trailing comma are trimmed. */
export function excerptTitle(clause: string): string {
  const words = clause
    .replace(/^[\s"'\u201C\u2018,;:]+/, '')
    .replace(OPENER, '')
    .replace(/^that\s+/i, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  // At most nine words and about 60 characters, never ending on a function word ("the independence of a…").
  let kept = words.slice(0, MAX_EXCERPT_WORDS);
  const cut = (): boolean => kept.length < words.length;
  const text = (): string => kept.join(' ').replace(/[\s,;:"'\u201D\u2019.]+$/, '');
  const tooLong = (): boolean => text().length + (cut() ? 1 : 0) > MAX_TITLE_LENGTH;
  while (kept.length > 1 && (tooLong() || (cut() && FUNCTION_WORD.test(kept[kept.length - 1] ?? ''))))
    kept = kept.slice(0, -1);
  const head = text();
  const title = cut() ? `${head}\u2026` : head;
  return title === '' ? 'Event' : capitalised(title);
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The third person present of a base form: take → takes, push → pushes, occupy → occupies. */
export function thirdPerson(base: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/**
 * A past or participle verb form ("took", "seized", "overran"), not a noun or a present form: wink-lemmatizer
 * knows the base of English verbs; a word it cannot reduce, or one ending in -s or -ing, is no past form.
 */
function baseOfPast(word: string): string | null {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w) || /(?:s|ing)$/.test(w)) return null;
  const base = verbBase(w);
  // Auxiliaries ("had", "been", "were") carry no event.
  return base !== w && !AUXILIARY_BASE.has(base) ? base : null;
}

/** Words that follow a verb (its object's determiner or count, a particle, a preposition), not a noun it modifies. */
const VERB_FOLLOWER =
  /^(?:the|a|an|its|their|his|her|some|several|more|at|about|over|up|out|down|off|back|in|on|into|from|to|with|against|across|through|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens|scores|many|nearly|almost|around)$/;

const AUXILIARY_BASE = new Set(['be', 'have', 'do', 'get', 'go', 'become', 'seem']);

/** Particles that stay with the verb in a headline ("takes over", "shoots down", "speaks with", "calls on"). */
const PARTICLE = new Set(['over', 'out', 'back', 'down', 'up', 'off', 'into', 'away', 'with', 'to', 'on']);
/** Words after a verb that belong to the verb phrase, not its object ("took control of Bakhmut"). */
const VERB_FILLER =
  /^(?:\s*(?:full|total|complete|partial)?\s*control\s+(?:of|over)\b|\s*(?:the\s+)?hold\s+of\b|\s*(?:of|over)\b)/i;

/** Auxiliaries and adverbs between a subject and its verb ("had reportedly taken"). */
const AUX =
  /\b(?:had|has|have|was|were|is|are|been|being|be|reportedly|also|allegedly|finally|now|later|then|again|already|recently|apparently|\p{Ll}+ly)\s*$/iu;
const BE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|some|several|another)\s+/i;
/** Where an object (or a subject, read backwards) stops. */
const OBJECT_STOP =
  /^(?:in|on|at|near|from|to|into|after|before|during|since|by|with|for|as|amid|outside|around|towards?|across|over|under|through|against|between|along|and|but|while|which|who|where|when|that|killing|leaving|forcing|prompting|according|said|says|despite|following|until|without|inside|within|behind|beyond|about)$/i;
const FUNCTION_WORD =
  /^(?:of|the|a|an|and|or|to|in|on|at|for|with|by|from|its|their|his|her|'s|about|some|nearly|around|almost|more|than|least|over|up)$/i;
/** Verbs that carry a trigger noun as their object ("launched an offensive", "carried out a strike"). */
const LIGHT_VERB =
  /\b(launched|conducted|mounted|staged|waged|began|started|carried\s+out|resumed|intensified|ordered|announced|declared|signed|agreed|imposed|broke|lifted|laid|claimed|reached|brokered)\s+(?:(?:a|an|the|its|their|new|fresh|major|large-scale|massive|successful|series\s+of|wave\s+of)\s+){0,3}(?:[\p{L}-]+\s+){0,2}$/iu;

interface Words {
  readonly text: string;
  /** Offsets of each word in the article. */
  readonly words: readonly Span[];
}

function wordsIn(input: TitleInput, span: Span): Words {
  const { sentence } = input;
  const text = sentence.text.slice(span.start - sentence.start, span.end - sentence.start);
  const words: Span[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019&/-]*/gu)) {
    const start = span.start + (m.index ?? 0);
    words.push({ start, end: start + m[0].length });
  }
  return { text, words };
}

function slice(input: TitleInput, span: Span): string {
  return input.sentence.text.slice(span.start - input.sentence.start, span.end - input.sentence.start);
}

/** Words of a phrase without a leading determiner or a trailing function word, or '' when nothing is left. */
function tidy(phrase: string): string {
  let words = phrase
    .trim()
    .replace(DETERMINER, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  while (words.length > 0 && FUNCTION_WORD.test(words[words.length - 1] ?? '')) words = words.slice(0, -1);
  return words.join(' ');
}

/** Where a reported or stated clause ("confirmed that America and Russia are collaborating, …") stops. */
const CLAUSE_STOP =
  /^(?:as|while|because|after|before|when|since|although|though|which|who|where|amid|despite|according|following|until|killing|leaving)$/i;
const MAX_CLAUSE_WORDS = 7;
/** Words a cut phrase must not end on: a number, or what counts it. */
const CUT_NUMBER = /^(?:[\d.,]+|about|some|nearly|around|almost|over|more|than|at|least|up|to)$/i;

/**
 * The object of a verb that ends at `from`: the words up to the next stop word, comma or date; "the strategic town
 * of Bakhmut" is said "Bakhmut". A "that" clause is kept as a clause, up to its first subordinate part. Empty
 * when the verb takes none ("fled", "withdrew from …").
 */
function objectAfter(input: TitleInput, from: number, reports = false): string {
  const { date, reading } = input;
  let start = from;
  let end = reading.end;
  if (date !== null && date.start >= from && date.start < end) {
    // A date right after the verb ("announced on Thursday a nationwide ceasefire") is stepped over.
    if (/^\s*(?:(?:late|early)\s+)?(?:on|in|at|for)?\s*$/i.test(slice(input, { start: from, end: date.start })))
      start = date.end;
    else end = date.start;
  }
  if (end <= start) return '';
  let stretch = slice(input, { start, end }).replace(/^['\u2019]s\b/, '');
  // "claimed responsibility for the bombing": what is claimed follows "for".
  if (input.trigger !== null && /responsibility$/i.test(slice(input, input.trigger)))
    stretch = stretch.replace(/^\s*for\b/i, '');
  const filler = VERB_FILLER.exec(stretch);
  if (filler !== null) stretch = stretch.slice(filler[0].length);
  // A comma inside a number ("1,000 square km") ends nothing.
  stretch = stretch.split(/,(?!\d)|[;:()"\u201C\u201D\u2013\u2014]|\s[-\u2013]\s/)[0] ?? '';
  const that = /^\s*that\s+/i.exec(stretch);
  if (that !== null) stretch = stretch.slice(that[0].length);
  // What a reporting verb takes is a clause, with or without "that"; its auxiliaries go, as in a headline
  // ("said it had moved troops" → "says it moved troops").
  const clause = that !== null || reports;
  if (clause) stretch = stretch.replace(/\b(?:had|has|have)\s+(?!been\b)/gi, '');
  const stop = clause ? CLAUSE_STOP : OBJECT_STOP;
  const limit = clause ? MAX_CLAUSE_WORDS : MAX_OBJECT_WORDS;
  const kept: string[] = [];
  for (const w of stretch.trim().split(/\s+/)) {
    if (w === '' || stop.test(w)) break;
    kept.push(w);
    // A clause is cut (and shortened further to fit); a noun phrase that long is no object.
    if (kept.length > limit) {
      if (!clause) return '';
      kept.pop();
      // Never end a cut clause on a number or its quantifier ("controlled about 1,000").
      while (kept.length > 0 && CUT_NUMBER.test(kept[kept.length - 1] ?? '')) kept.pop();
      break;
    }
  }
  const object = tidy(kept.join(' '))
    .replace(
      /^(?:[\p{Ll}-]+\s+){0,3}?(?:town|city|village|villages|district|region|province|capital|area|base|airport|port|camp|state|county|oblast)\s+of\s+(?=\p{Lu})/u,
      '',
    )
    .replace(/[.]+$/, '');
  return /\p{L}|\d/u.test(object) ? object : '';
}

/** "the city", "the historic town": an object that only refers back to a place; the title names the place. */
const PLACE_ANAPHOR_OBJECT =
  /^(?:[\p{Ll}-]+\s+){0,3}(?:city|town|village|area|region|province|capital|enclave|stronghold|district|country)$/u;

function objectOrPlace(object: string, place: PlaceRef | null): string {
  return place !== null && PLACE_ANAPHOR_OBJECT.test(object) ? place.name : object;
}

/**
 * The subject before a verb at `at`: the words after the last comma or clause word, without auxiliaries and a
 * determiner ("An airstrike" → "Airstrike", "Unidentified gunmen"); '' for a pronoun or a phrase that is too long.
 */
function subjectBefore(input: TitleInput, at: number): string {
  const before = slice(input, { start: input.reading.start, end: at }).replace(AUX, '').replace(AUX, '');
  const parts = before.split(/[,;:()"\u201C\u201D\u2013\u2014]/);
  let words = (parts[parts.length - 1] ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  let stop = -1;
  words.forEach((w, i) => {
    if (OBJECT_STOP.test(w) || /^(?:that|it|they|he|she|we|who|which|whose|whom)$/i.test(w)) stop = i;
  });
  if (stop >= 0) {
    if (/^(?:it|they|we)$/i.test(words[stop] ?? '') && stop === words.length - 1) return reporterSubject(input);
    if (/^(?:it|they|he|she|we|who|which|whose|whom)$/i.test(words[stop] ?? '')) return '';
    words = words.slice(stop + 1);
  }
  const phrase = tidy(words.join(' '));
  const n = phrase === '' ? 0 : phrase.split(/\s+/).length;
  return n === 0 || n > MAX_SUBJECT_WORDS || /^\d/.test(phrase) ? '' : capitalised(phrase);
}

/** Reporters that are people or papers, never the doer of what they report ("officials said they …"). */
const SPEAKER =
  /\b(?:spokes(?:man|woman|person)|officials?|minister|ministry|commander|sources?|witness(?:es)?|residents?|analysts?|monitor|observatory|statement|report|media|agency|police|governor|mayor|president|presidency|office)$/i;

/**
 * The noun a participle after it describes ("the refinery seized by …" → "refinery", "territory seized by …"):
 * the words after a determiner, or else the one word right before; '' when that is no plain noun.
 */
function nounBefore(input: TitleInput, at: number): string {
  const before = input.sentence.text.slice(0, at - input.sentence.start);
  const m =
    /\b(?:the|a|an|its|their|his|her)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*$/iu.exec(before) ??
    /(?:^|\s)(\p{Ll}[\p{L}-]*)\s*$/u.exec(before);
  const phrase = (m?.[1] ?? '').trim();
  return phrase.split(/\s+/).some((w) => OBJECT_STOP.test(w)) ? '' : phrase;
}

/** The reporter's head noun phrase, for a reported "it" or "they"; '' when it is a speaker or too long. */
function reporterSubject(input: TitleInput): string {
  const head = tidy((input.reporter ?? '').split(/[,(]/)[0] ?? '');
  const n = head === '' ? 0 : head.split(/\s+/).length;
  return n === 0 || n > MAX_SUBJECT_WORDS || SPEAKER.test(head) ? '' : capitalised(head);
}

/** The place phrase a title ends with, unless the object already names the place. */
function placePhrase(place: PlaceRef | null, object: string, allowFrom: boolean): string {
  if (place === null || object.includes(place.name)) return '';
  const p = place.preposition;
  const prep = p !== null && KEPT_PREPOSITIONS.has(p) && (p !== 'from' || allowFrom) ? p : 'in';
  return ` ${prep} ${place.name}`;
}

/** Shortens a headline to the limit: the place first, then object words from the end. */
function fitted(head: string, object: string, place: string): string | null {
  const whole = `${head}${object === '' ? '' : ` ${object}`}`;
  if (whole.length + place.length <= MAX_TITLE_LENGTH) return `${whole}${place}`;
  if (whole.length <= MAX_TITLE_LENGTH) return whole;
  let words = object.split(/\s+/);
  while (words.length > 1) {
    words = words.slice(0, -1);
    // A shortened object never ends on a bare number or its quantifier ("controlled about 1,000").
    while (words.length > 1 && CUT_NUMBER.test(words[words.length - 1] ?? '')) words = words.slice(0, -1);
    const shorter = tidy(words.join(' '));
    if (shorter !== '' && `${head} ${shorter}`.length <= MAX_TITLE_LENGTH) return `${head} ${shorter}`;
  }
  return null;
}

/**
 * The headline read from the text: subject, the trigger's verb in the present, object, place. Null when the text
 * gives no verb for the trigger or no subject for it.
 */
function headline(input: TitleInput): string | null {
  const { trigger, agent, place, type } = input;
  if (trigger === null) return null;
  const triggerWords = wordsIn(input, trigger).words;
  const first = triggerWords[0];
  if (first === undefined) return null;
  const lead = slice(input, { start: Math.max(input.reading.start, trigger.start - 40), end: trigger.start });
  const base = baseOfPast(slice(input, first));
  // A trigger that is a past verb and not a noun ("the liberated city") nor gapped ("drove ISIS militants out").
  const afterDeterminer = /\b(?:the|a|an|its|their|his|her|this|that)\s+$|['\u2019]s\s+$/i.test(lead);
  // Phrases of three words and more hold their object or a fixed idiom ("drove ISIS militants out", "fell into the
  // hands of"): the type says them better.
  const gapped = triggerWords.length >= 3;
  if (base !== null && !afterDeterminer && !gapped) {
    if (BE_BEFORE.test(lead) || /\bto$/i.test(slice(input, trigger))) return null; // passive: told by type
    const rest = triggerWords.slice(1).map((w) => slice(input, w).toLowerCase());
    const particle = rest.length > 0 && PARTICLE.has(rest[0] ?? '') ? ` ${rest[0]}` : '';
    const subject = agent ?? subjectBefore(input, trigger.start);
    if (subject === '') return null;
    const plural = agent === null ? isPluralPhrase(subject) : isPlural(subject);
    let object = objectOrPlace(objectAfter(input, trigger.end, REPORTING.test(base)), place);
    // "territory seized by ISIS": a participle with its agent after it takes the noun before it as its object.
    if (
      object === '' &&
      agent !== null &&
      /^\s+by\b/i.test(slice(input, { start: trigger.end, end: input.reading.end }))
    )
      object = nounBefore(input, trigger.start);
    // "Kunduz, which the Taliban seized in 2015": ground taken with no object in the clause is the place.
    if (object === '' && place !== null && (type === 'capture' || type === 'recapture')) object = place.name;
    // What was stated is the news: a statement without it says nothing ("United States confirms"); the clause's
    // main verb may say it ("Ethiopian troops entered Mekelle…, the prime minister said").
    if (object === '' && type === 'statement') return null;
    const verbForm = (plural ? base : thirdPerson(base)) + particle;
    return fitted(`${subject} ${verbForm}`, object, placePhrase(place, object, type === 'withdrawal'));
  }
  // A trigger noun carried by a verb: "launched an offensive", "conducted a successful drone strike".
  const light = LIGHT_VERB.exec(lead);
  const lightBase = light === null ? null : baseOfPast((light[1] ?? '').split(/\s+/)[0] ?? '');
  // A name inside the noun phrase is whose the noun is ("broke a three-year Daesh siege"), and may be the agent
  // found for it: then the verb's subject is someone else.
  const namedInside = light !== null && /\s\p{Lu}/u.test(light[0].slice((light[1] ?? '').length));
  if (light !== null && lightBase !== null && agent !== null && !namedInside) {
    const particle = /\s+out$/i.test(light[1] ?? '') ? ' out' : '';
    // The regex opens with the verb: what follows it in the match leads up to the trigger noun.
    const nounPhrase = `${light[0].slice((light[1] ?? '').length)}${slice(input, trigger)}`;
    const object = tidy(nounPhrase.replace(/^\s*(?:a\s+)?(?:series|wave)\s+of\s+/i, ''));
    const verbForm = (isPlural(agent) ? lightBase : thirdPerson(lightBase)) + particle;
    return fitted(`${agent} ${verbForm}`, object, placePhrase(place, object, false));
  }
  // A trigger noun that is the subject of the next verb: "An airstrike killed 12 people", "A car bomb exploded".
  const afterTrigger = slice(input, { start: trigger.end, end: input.reading.end });
  const next = /^\s+(?:(?:had|have|has|reportedly|also)\s+)*([a-z]+)\b/.exec(afterTrigger);
  const nextBase = next === null ? null : baseOfPast(next[1] ?? '');
  if (next !== null && nextBase !== null) {
    const subject = subjectBefore(input, trigger.end);
    if (subject === '') return null;
    const object = objectAfter(input, trigger.end + next[0].length);
    const verbForm = isPluralPhrase(subject) ? nextBase : thirdPerson(nextBase);
    return fitted(`${subject} ${verbForm}`, object, placePhrase(place, object, false));
  }
  return null;
}

/** Verbs that report rather than act: a headline built on them says nothing ("Officials say"). */
const REPORTING = /^(?:say|tell|report|state|add|note|claim|confirm|announce|declare|insist|reveal|warn|accuse)$/;

/**
 * "Soldiers killed 11 rebels in a clash near Beni": when the trigger is a noun that gives no headline, the
 * clause's own main verb does: the first past verb with a subject right before it.
 */
function mainVerbHeadline(input: TitleInput): string | null {
  const { agent, place, type } = input;
  for (const w of wordsIn(input, input.reading).words.slice(0, 30)) {
    const word = slice(input, w);
    const base = baseOfPast(word);
    // A participle before a bare noun is an adjective ("armoured vehicles", "displaced families"); a verb is
    // followed by its object's determiner or number, a particle, a preposition or a name.
    const next = /^\s+(\S+)/.exec(slice(input, { start: w.end, end: input.reading.end }))?.[1] ?? '';
    if (/^\p{Ll}/u.test(next) && !VERB_FOLLOWER.test(next)) continue;
    const lead = slice(input, { start: Math.max(input.reading.start, w.start - 40), end: w.start });
    if (base === null || REPORTING.test(base) || BE_BEFORE.test(lead) || /\b(?:the|a|an|its|their)\s+$/i.test(lead))
      continue;
    const said = subjectBefore(input, w.start);
    if (said === '') continue;
    const subject = agent ?? said;
    const plural = agent === null ? isPluralPhrase(subject) : isPlural(subject);
    const object = objectOrPlace(objectAfter(input, w.end), place);
    // A main verb without an object says too little to stand for the event ("Conflict grows out").
    if (object === '') continue;
    return fitted(
      `${subject} ${plural ? base : thirdPerson(base)}`,
      object,
      placePhrase(place, object, type === 'withdrawal'),
    );
  }
  return null;
}

/** The title from the type, agent, actors and place when the text gives no headline. */
function byType(input: TitleInput): string | null {
  const { type, agent, actors, place } = input;
  const at = placePhrase(place, '', type === 'withdrawal');
  // Without a known place, what the verb took is named as the text names it ("Capture of 60 Kurdish villages").
  const taken = input.trigger !== null && (type === 'capture' || type === 'recapture' || type === 'siege');
  const noun = input.trigger === null ? '' : tidy(slice(input, input.trigger)).toLowerCase();
  // A trigger that holds what was taken ("entered the town") leaves nothing after it to name; after a victory
  // "over" comes who lost, not what was taken.
  const holdsObject =
    PLACE_ANAPHOR_OBJECT.test(noun.split(/\s+/).pop() ?? '') ||
    (input.trigger !== null && /\bover$/i.test(slice(input, input.trigger)));
  const name = place?.name ?? ((taken && !holdsObject && objectAfter(input, input.trigger?.end ?? 0)) || null);
  switch (type) {
    case 'capture':
      return agent && name
        ? `${agent} ${verb(agent, 'captures', 'capture')} ${name}`
        : agent
          ? `Capture by ${agent}`
          : name
            ? `Capture of ${name}`
            : null;
    case 'recapture':
      return agent && name
        ? `${agent} ${verb(agent, 'retakes', 'retake')} ${name}`
        : agent
          ? `Recapture by ${agent}`
          : name
            ? `Recapture of ${name}`
            : null;
    case 'airstrike':
      return agent ? `${agent} airstrike${at}` : name ? `Airstrike${at}` : null;
    case 'ground-attack':
      return agent
        ? `${agent} ${/^(?:offensive|assault|raid|ambush|incursion|invasion|counteroffensive)$/.test(noun) ? noun : 'attack'}${at}`
        : name
          ? `Fighting${at}`
          : null;
    case 'bombing':
      return agent ? `${agent} bombing${at}` : name ? `Bombing${at}` : null;
    case 'killing':
      return agent ? `Killings by ${agent}${at}` : name ? `Killings${at}` : null;
    case 'siege':
      // "broke the siege" and "laid siege" share the type: name no side.
      return name ? `Siege of ${name}` : null;
    case 'withdrawal': {
      const from = place?.preposition === 'from' || place?.preposition === 'of';
      if (agent && name)
        return from ? `${agent} ${verb(agent, 'withdraws', 'withdraw')} from ${name}` : `${agent} withdrawal${at}`;
      return agent ? `${agent} withdrawal` : name ? `Withdrawal${at}` : null;
    }
    case 'agreement':
      return actors.length >= 2
        ? `Agreement between ${both(actors)}`
        : actors.length === 1
          ? `${actors[0]} agreement`
          : name
            ? `Agreement${at}`
            : null;
    case 'statement':
      return null;
    case 'incident':
      return actors.length > 0 ? `Incident involving ${both(actors)}${at}` : name ? `Incident${at}` : null;
    case 'other':
      return null;
  }
}

/**
 * The event's title. The headline read from the text when it gives subject and verb; else the type's phrase
 * with what is known ("Capture of Kismayo"); else a headline on the clause's main verb ("Soldiers kill 11
 * rebels", when the trigger was the noun "clash"); else the clause's first words.
 */
export function makeTitle(input: TitleInput): string {
  // An event of type 'other' has a headline only from a trigger of its own (an abduction, an arrest, a protest).
  const fromText = input.type === 'other' && input.trigger === null ? null : headline(input);
  if (fromText !== null) return capitalised(fromText);
  const typed = byType(input);
  if (typed !== null && typed.length <= MAX_TITLE_LENGTH) return capitalised(typed);
  const fromMainVerb = mainVerbHeadline(input);
  return fromMainVerb !== null ? capitalised(fromMainVerb) : excerptTitle(slice(input, input.reading));
}

/** The preposition right before a place mention ("out of Sirte" gives "of"), lower-cased, or null. */
export function prepositionBefore(text: string, start: number): string | null {
  const m =
    /\b(in|near|from|of|towards?|into|around|outside|on|at|across|over|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.exec(
      text.slice(Math.max(0, start - 40), start),
    );
  return m === null ? null : (m[1] ?? '').toLowerCase();
}

/** The fields of a candidate event a title is made from. */
export type Titled = Pick<
  EventCandidate,
  | 'type'
  | 'agent'
  | 'actors'
  | 'location'
  | 'placePreposition'
  | 'sentence'
  | 'reading'
  | 'trigger'
  | 'mention'
  | 'reportedBy'
>;

/** The title of a candidate event (or of a merged one, given its merged actors and place). */
export function titleFor(c: Titled): string {
  return makeTitle({
    type: c.type,
    agent: c.agent,
    actors: c.actors,
    place: c.location === null ? null : { name: c.location.name, preposition: c.placePreposition },
    sentence: c.sentence,
    reading: c.reading,
    trigger: c.trigger,
    date: c.mention,
    reporter: c.agent === null ? (c.reportedBy?.[0] ?? null) : null,
  });
}
