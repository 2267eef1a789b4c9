/**
 * Armed groups the lexicon lacks, recognised from the form of their name as a reader of wire copy does: a run of
 * capitalised words ending in a group noun ("Kachin Independence Army", "Darfur Joint Protection Force", "Army of
 * the Men of the Naqshbandi Order"), or a name before a fighters' noun ("Fulani militants", "Zintan rebels"). They
 * are kept as actors under the name the text uses.
 *
 * False friends stay out: a name made only of generic words ("Air Forces", "Security Forces", "the Salvation
 * Army"), a title ("Minister of Armed Forces"), and a state's own forces ("Kenya Defence Forces", "Afghan National
 * Army", "Armed Forces of the Philippines"), which are that state.
 *
 * Hand-written: no library recognises armed-group names; the word lists below are English, not data.
 */
import type { CompiledActor, CompiledLexicon } from './compileLexicon.ts';
import { ACTOR_TAG } from './compileLexicon.ts';
import type { ActorKind } from './schema.ts';
import { wordKey } from './spellingKey.ts';
import type { Token } from './tokens.ts';
import { matchAt } from './trieMatcher.ts';

/**
 * The word lists below are English words; tokens are compared by their spelling keys (tokens.ts), so the lists
 * are keyed the same way once, and no token's text is sliced or folded again.
 */
function keys(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(wordKey));
}

function keyed<T>(entries: readonly (readonly [string, T])[]): ReadonlyMap<string, T> {
  return new Map(entries.map(([w, v]) => [wordKey(w), v]));
}

/** Nouns that end a group's name, with the kind they suggest when no word of the name says more. */
// prettier-ignore
const HEADS: ReadonlyMap<string, ActorKind> = keyed([
  ['front', 'rebel'], ['army', 'rebel'], ['armies', 'rebel'], ['forces', 'rebel'], ['force', 'rebel'],
  ['movement', 'rebel'], ['alliance', 'coalition'], ['brigades', 'militia'], ['brigade', 'militia'],
  ['battalion', 'militia'], ['battalions', 'militia'], ['militia', 'militia'], ['militias', 'militia'],
  ['legion', 'militia'],
]);

/** Nouns for fighters after a name: "Zintan rebels", "Fulani militants". */
// prettier-ignore
const FIGHTER_NOUNS: ReadonlyMap<string, ActorKind> = keyed([
  ['rebels', 'rebel'], ['guerrillas', 'rebel'], ['insurgents', 'rebel'], ['separatists', 'separatist'],
  ['militants', 'non-state'], ['jihadists', 'jihadist'], ['militiamen', 'militia'], ['militias', 'militia'],
  ['gunmen', 'militia'],
]);

/**
 * Nouns for the members of a group, which a capital (a sentence's, a headline's) does not make the start of its
 * name: "Rebels of the Ogaden National Liberation Front" are that front's rebels, the front is the actor.
 */
// prettier-ignore
const MEMBER_NOUNS = keys([
  'rebels', 'guerrillas', 'insurgents', 'separatists', 'militants', 'jihadists', 'militiamen', 'gunmen', 'fighters',
  'members', 'soldiers', 'troops', 'commanders', 'leaders', 'supporters', 'loyalists', 'followers',
]);

/** Words that may join the capitalised words of a name: "Army of the Men of …", "Justice and Equality Movement". */
const CONNECTORS = keys(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'wal']);

/** After a group noun, these carry the name on: "Army of Islam", "Forces for the Defence of Democracy". */
const OF_FOR = keys(['of', 'for']);

/** Words that say the group fights a cause: a name of generic words with one of them is still a name. */
// prettier-ignore
const CAUSE_WORDS = keys([
  'liberation', 'revolutionary', 'resistance', 'independence', 'freedom', 'salvation', 'patriotic', 'islamic',
  'jihad', 'mujahideen', 'mujahidin', 'restoration', 'justice', 'unity',
]);
const JIHADIST_WORDS = keys(['islamic', 'jihad', 'mujahideen', 'mujahidin', 'ansar', 'jaish', 'jaysh', 'katiba']);

/** Words that name no group on their own: "Air Forces", "Special Forces", "National Army". */
// prettier-ignore
const GENERIC = keys([
  'air', 'armed', 'security', 'special', 'ground', 'land', 'naval', 'navy', 'federal', 'national', 'defence',
  'defense', 'border', 'joint', 'coalition', 'government', 'regular', 'allied', 'foreign', 'rebel', 'popular',
  'people', 'peoples', 'self', 'rapid', 'reaction', 'support', 'marine', 'republican', 'royal', 'democratic',
  'united', 'state', 'military', 'new', 'free', 'local', 'regional', 'interim', 'transitional', 'international',
  'multinational', 'peacekeeping', 'african', 'arab', 'european', 'western', 'eastern', 'northern', 'southern',
  'central', 'civil', 'civilian', 'home', 'territorial', 'reserve', 'volunteer', 'volunteers', 'presidential',
  'guard', 'guards', 'police', 'task', 'quick', 'response', 'mobile', 'strike', 'elite', 'command', 'operations',
  'intervention', 'protection', 'emergency', 'stabilization', 'stabilisation', 'mission', 'red', 'white', 'black',
  'green', 'blue', 'grand', 'great', 'combined', 'expeditionary', 'auxiliary', 'tactical', 'counter', 'terrorism',
  'unit', 'units', 'group', 'first', 'second', 'third', 'islamist', 'sunni', 'shia', 'shiite', 'christian',
  'muslim', 'tribal', 'ethnic', 'communist', 'maoist', 'opposition', 'unidentified', 'unknown', 'suspected',
  'armored', 'armoured', 'mechanized', 'mechanised', 'infantry', 'airborne', 'rangers', 'commando', 'commandos',
  'separatist', 'secessionist', 'jihadist', 'militant', 'insurgent', 'guerrilla', 'hooded', 'masked', 'criminal',
  'front', 'army', 'armies', 'forces', 'force', 'movement', 'alliance', 'brigades', 'brigade', 'battalion',
  'battalions', 'militia', 'militias', 'legion', 'liberation', 'revolutionary', 'resistance', 'independence',
  'freedom', 'salvation', 'patriotic', 'islamic', 'jihad', 'mujahideen', 'mujahidin', 'restoration', 'justice',
  'unity',
]);

/**
 * Words that never stand in an armed group's name: function words, titles and offices ("Minister of Armed
 * Forces"), calendar words a sentence may open with, and nouns of institutions that merely contain a head
 * ("Army Museum", "Forces Day").
 */
// prettier-ignore
const NOT_IN_NAME = keys([
  'a', 'an', 'as', 'at', 'in', 'on', 'by', 'to', 'from', 'with', 'after', 'before', 'when', 'while', 'if', 'but',
  'or', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'both', 'all', 'some', 'many', 'several',
  'two', 'three', 'four', 'five', 'dozens', 'hundreds', 'thousands', 'other', 'former', 'pro', 'anti', 'ex', 'he',
  'she', 'they', 'we', 'it', 'i', 'you', 'is', 'are', 'was', 'were', 'why', 'how', 'what', 'who', 'where',
  'which', 'will', 'can', 'not', 'no', 'yes', 'meanwhile', 'however', 'also', 'later', 'earlier', 'then', 'last',
  'minister', 'ministry', 'secretary', 'chief', 'commander', 'general', 'colonel', 'major', 'captain',
  'lieutenant', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'department', 'office', 'headquarters',
  'staff', 'college', 'academy', 'university', 'school', 'museum', 'day', 'hospital', 'club', 'team', 'league',
  'association', 'foundation', 'institute', 'centre', 'center', 'committee', 'council', 'union', 'party',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** What the form rule found at a token: a group under the name the text uses, or a state's own forces. */
export type NamedGroup =
  | { readonly last: number; readonly name: string; readonly kind: ActorKind; readonly state?: undefined }
  | { readonly last: number; readonly state: CompiledActor };

const AND = wordKey('and');
const THE = wordKey('the');
/** An acronym as written: two or more capitals ("LURD", "KIA"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Whether the "and" at token k joins two names rather than two words of one: after a group noun or an acronym
 * ("Kachin Independence Army and Arakan Army", "LURD and MODEL") or before "the" ("… and the Movement for
 * Democracy in Liberia"). "Justice and Equality Movement" joins words of one name.
 */
function coordinatesNames(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return isHead(before) || (before !== undefined && ACRONYM.test(before.letters)) || tokens[k + 1]?.key === THE;
}

/**
 * The longest run of tokens from `first` that may make a name: capitalised words and connectors between them, up
 * to an "and" that joins two names.
 */
function nameRun(text: string, tokens: readonly Token[], first: number): number {
  let end = first;
  for (let k = first + 1; k < tokens.length && k - first < 12; k++) {
    const t = tokens[k] as Token;
    if (!t.joinsPrevious) break;
    const word = t.key;
    if (NOT_IN_NAME.has(word)) break;
    if (word === AND && coordinatesNames(tokens, k)) break;
    if (t.capitalized) end = k;
    else if (!t.article && !CONNECTORS.has(word)) break;
  }
  return end;
}

/** The state whose name or adjective starts at token k ("Kenya", "Afghan", "South Sudanese"), if any. */
function stateAt(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  k: number,
): { last: number; actor: CompiledActor } | null {
  const m = matchAt(
    lex.actorMatcher,
    tokens,
    k,
    (e) =>
      lex.actors[e.target]?.kind === 'state' &&
      (e.tag === undefined || e.tag === ACTOR_TAG.placeName || e.tag === ACTOR_TAG.qualifier),
  );
  const actor = m === null ? undefined : lex.actors[m.entries[0]?.target ?? -1];
  return m === null || actor === undefined ? null : { last: m.last, actor };
}

/** Whether token k is a state's name in the possessive ("Somalia's"). */
function statePossessiveAt(lex: CompiledLexicon, text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !/^['\u2019\u02bc]s\b/u.test(text.slice(t.end, t.end + 3))) return false;
  for (let j = Math.max(0, k - 2); j <= k; j++) if (stateAt(lex, tokens, j)?.last === k) return true;
  return false;
}

interface Words {
  readonly state: CompiledActor | null;
  readonly cause: boolean;
  readonly jihadist: boolean;
  readonly distinctive: number;
  readonly count: number;
}

/** The words of tokens first..last by what they say about the name, or null when one may not stand in a name. */
function wordsOf(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): Words | null {
  let state: CompiledActor | null = null;
  let cause = false;
  let jihadist = false;
  let distinctive = 0;
  let count = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.article || !t.capitalized) continue;
    const s = stateAt(lex, tokens, k);
    if (s !== null && s.last <= last) {
      state ??= s.actor;
      count += s.last - k + 1;
      k = s.last;
      continue;
    }
    const word = t.key;
    if (NOT_IN_NAME.has(word)) return null;
    count += 1;
    if (CAUSE_WORDS.has(word)) cause = true;
    if (JIHADIST_WORDS.has(word)) jihadist = true;
    if (!GENERIC.has(word) && !/\d/.test(word)) distinctive += 1;
  }
  return { state, cause, jihadist, distinctive, count };
}

function isHead(t: Token | undefined): boolean {
  return t !== undefined && t.capitalized && HEADS.has(t.key);
}

/**
 * A group named by its form starting at token `first`, or null. `lexiconLast`: where a lexicon name starting at
 * `first` ends, if one does. `sentenceStart`: the token that opens the sentence, whose capital says nothing about
 * a name.
 */
export function namedGroupAt(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  first: number,
  lexiconLast: number | null = null,
  sentenceStart = 0,
): NamedGroup | null {
  const head = tokens[first];
  if (head === undefined || !head.capitalized || head.key === '') return null;
  const firstWord = head.key;
  if (NOT_IN_NAME.has(firstWord) || CONNECTORS.has(firstWord)) return null;
  // "Fighters of the Kokang Liberation Front": a sentence's first word before "of" is a noun, not a name's start;
  // so is a noun for a group's members wherever it stands ("HONIARA (Wire) - Militants of the Malaita Eagle Force").
  const connected = CONNECTORS.has(tokens[first + 1]?.key ?? '') && tokens[first + 1]?.capitalized === false;
  if (connected && (first === sentenceStart || MEMBER_NOUNS.has(firstWord))) return null;
  const runEnd = nameRun(text, tokens, first);
  // The name ends at its last group noun, or runs on through "of …"/"for …" after it ("Army of Islam").
  let end = -1;
  for (let k = runEnd; k >= first; k--) {
    if (!isHead(tokens[k])) continue;
    const next = tokens[k + 1];
    const nextWord = next === undefined ? '' : next.key;
    // "Forces of Somalia's Puntland region": a state's possessive at the run's end owns what follows it, so the
    // name does not run on to it ("the Army of Islam's fighters" still does).
    const runsOn = k < runEnd && OF_FOR.has(nextWord) && !statePossessiveAt(lex, text, tokens, runEnd);
    end = runsOn ? runEnd : k;
    break;
  }
  if (end >= first) {
    const words = wordsOf(lex, text, tokens, first, end);
    if (words === null) return null;
    // A lexicon name with generic words after it is that actor ("United Nations Interim Force").
    if (lexiconLast !== null && (wordsOf(lex, text, tokens, lexiconLast + 1, end)?.distinctive ?? 0) === 0) return null;
    const headWord = (tokens[end] as Token).key;
    // "Kenya Defence Forces", "Afghan National Army": a state's name and generic words are its forces.
    // "Sudan's Rapid Support Forces", "Somalia's Puntland Security Force": a state that opens the run only says
    // where a group the lexicon knows is from; that group is the mention, read from its own first word.
    if (stateAt(lex, tokens, first) !== null && groupNamedInside(lex, tokens, first, end)) return null;
    if (words.state !== null && !words.cause && words.distinctive === 0) return { last: end, state: words.state };
    // A name needs a word of its own ("Kachin"), or a cause and a second word ("National Liberation Front");
    // the first word of a sentence is capitalised whatever it is.
    const own = words.distinctive - (first === sentenceStart && words.distinctive > 0 ? 1 : 0);
    if (own === 0 && !(words.cause && words.count >= 3)) return null;
    const kind: ActorKind = words.jihadist ? 'jihadist' : words.cause ? 'rebel' : (HEADS.get(headWord) ?? 'rebel');
    return { last: end, name: nameText(text, tokens, first, end), kind };
  }
  // "Zintan rebels": one to three words of a name, then a fighters' noun ("ISIS militants" are ISIS).
  if (lexiconLast !== null) return null;
  for (let k = first; k <= Math.min(runEnd, first + 2); k++) {
    const noun = tokens[k + 1];
    if (noun === undefined || !noun.joinsPrevious || noun.capitalized) continue;
    const kind = FIGHTER_NOUNS.get(noun.key);
    if (kind === undefined) continue;
    const words = wordsOf(lex, text, tokens, first, k);
    // A state's adjective before "rebels" ("Congolese rebels") says where they fight, not who they are.
    if (words === null || words.state !== null || words.distinctive < words.count) return null;
    if (first === sentenceStart && words.count === 1) return null;
    return { last: k + 1, name: nameText(text, tokens, first, k + 1), kind };
  }
  return null;
}

/** Whether a lexicon name of an actor that is no state starts after `first` and ends at `end`. */
function groupNamedInside(lex: CompiledLexicon, tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first + 1; k <= end; k++) {
    const m = matchAt(lex.actorMatcher, tokens, k, (e) => {
      const actor = lex.actors[e.target];
      return actor !== undefined && actor.kind !== 'state' && e.tag !== ACTOR_TAG.contextual;
    });
    if (m?.last === end) return true;
  }
  return false;
}

/** The name as written, with an article that opens it ("al-Mahdi Army"). */
function nameText(text: string, tokens: readonly Token[], first: number, last: number): string {
  const before = tokens[first - 1];
  const start =
    before?.article === true && (tokens[first] as Token).joinsPrevious ? before.start : (tokens[first] as Token).start;
  return text.slice(start, (tokens[last] as Token).end).replace(/\s+/g, ' ');
}
