/**
 * Actor mentions in a span of text: lexicon aliases ("Daesh", "the Pentagon", "U.S.-led coalition"), qualifiers
 * before a force noun ("Russian warplanes", "Iraqi and Syrian armies"), a capital acting as its state ("Kyiv
 * said"), acronyms the article defines ("(TDF)"), groups named by their form ("Kachin Independence Army"), and
 * generic references to the one group of their kind in focus ("the rebels").
 */
import { coordinatedSubject } from '../actors/coordinatedSubject.ts';
import { kindAdjectiveGroupAt } from '../actors/kindAdjectiveGroup.ts';
import { MAX_UNIT_MODIFIERS, unitModifierEnd } from '../actors/unitModifiers.ts';
import type { ActorMention, Span } from '../types.ts';
import { ACTOR_TAG, type CompiledActor, type CompiledLexicon } from './compileLexicon.ts';
import { definedAcronyms, type DefinedActor } from './definedAcronyms.ts';
import {
  actorInFocus,
  genericReferenceMatcher,
  kindsReferredTo,
  pairInFocus,
  pairReference,
  pooledReference,
  type KindedMention,
} from './genericReferences.ts';
import { namedGroupAt } from './namedGroups.ts';
import { titledLeaderAt } from './titledLeader.ts';
import {
  articleContext,
  articleContextOf,
  contextOf,
  scansFor,
  tokensFor,
  type ArticleContext,
  type ArticleSlot,
  type PlaceContext,
} from './placeContext.ts';
import type { ActorKind } from './schema.ts';
import { plainLetters, wordKey } from './spellingKey.ts';
import type { Token } from './tokens.ts';
import { matchAt, matchRange, type MatchEntry, type TrieMatch } from './trieMatcher.ts';

/**
 * Words after which a country name is the place, not the actor: prepositions ("refugees in Turkey") and points of
 * the compass ("southern Turkey").
 */
// prettier-ignore
const LOCATIVE = new Set([
  'in', 'into', 'inside', 'across', 'throughout', 'near', 'within', 'toward', 'towards', 'northern',
  'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'northeast', 'northwest', 'southeast', 'southwest',
]);
const CONJUNCTION = new Set(['and', 'or']);
/** Nouns after which "with" introduces a place: "the border with Niger". */
const BORDER_NOUNS = new Set(['border', 'borders', 'frontier', 'boundary']);
/** Possessive pronouns: "its troops" are the forces of someone named before, not of the place in focus. */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'whose'].map(wordKey));
/** The gap of a possessive between two words: "Syria's army", "Iraq’s forces". */
const POSSESSIVE_GAP = /^['\u2019\u02bc]s\s+$/u;
/**
 * Hyphened words after a qualifier that keep it naming the actor: "Kurdish-led fighters" are Kurdish forces
 * (unlike "-backed", a proxy suffix: "Iran-backed militias" are not Iran).
 */
const LEADER_SUFFIXES = new Set(['led', 'dominated', 'commanded']);

/** The token after "Kurdish-led" when the qualifier ending at `last` carries such a suffix, else null. */
function leaderSuffixAfter(text: string, tokens: readonly Token[], last: number): number | null {
  const next = tokens[last + 1];
  if (next === undefined || !/^[-\u2010\u2011]$/u.test(gapBefore(text, tokens, last + 1))) return null;
  return LEADER_SUFFIXES.has(plainLetters(text.slice(next.start, next.end))) ? last + 2 : null;
}

/** How many coordinated qualifiers may stand before the shared noun ("Russian, Iranian and Syrian forces"). */
const MAX_COORDINATED = 4;

function gapBefore(text: string, tokens: readonly Token[], k: number): string {
  const prev = tokens[k - 1];
  const t = tokens[k];
  return prev === undefined || t === undefined ? '' : text.slice(prev.end, t.start);
}

/**
 * Where the force noun that completes a qualifier ending at token `last` ends, or null when none follows: the
 * noun comes next, or after "and"/"or"/"," and further qualifiers. A qualifier followed directly by another one
 * ("Syrian Kurdish forces") modifies it and is no mention of its own.
 */
function forceNounAfter(lex: CompiledLexicon, text: string, tokens: readonly Token[], last: number): number | null {
  let k = leaderSuffixAfter(text, tokens, last) ?? last + 1;
  for (let hop = 0; hop <= MAX_COORDINATED; hop++) {
    // "Thai F-16 fighter jets", "Russian Su-25 jets": a model designation between the adjective and its noun.
    if (hop === 0 && /^\s+$/u.test(gapBefore(text, tokens, k))) k = designationEnd(text, tokens, k) ?? k;
    const t = tokens[k];
    if (t === undefined) return null;
    const gap = gapBefore(text, tokens, k);
    // "Syria's armed forces": a possessive binds a country to its forces like an adjective.
    const joined = t.joinsPrevious || (hop === 0 && POSSESSIVE_GAP.test(gap));
    if (joined && !gap.includes(',')) {
      const noun =
        matchAt(lex.forceNounMatcher, tokens, k, () => true) ??
        (hop === 0 ? nounAfterUnitModifiers(lex, text, tokens, k) : null);
      // A force noun belongs to the mention ("Russian warplanes"); an act noun does not ("Russian annexation").
      const forceNoun = noun?.entries.some((e) => e.target < lex.firstActNoun) === true;
      if (noun !== null) return hop === 0 && forceNoun ? noun.last : last;
    }
    let next = k;
    if (CONJUNCTION.has(plainLetters(text.slice(t.start, t.end)))) next = k + 1;
    else if (!/^\s*,\s*$/.test(gap)) return null;
    // "Comorian and African Union troops": the last conjunct is a name that holds the shared force noun itself.
    if (next > k && namesForcesWhole(lex, tokens, next)) return last;
    // "Kenyan and U.S. forces": a state's short name may stand among the adjectives.
    const q = matchAt(
      lex.actorMatcher,
      tokens,
      next,
      (e) => e.tag === ACTOR_TAG.qualifier || (e.tag === undefined && lex.actors[e.target]?.kind === 'state'),
    );
    if (q === null) return null;
    k = q.last + 1;
  }
  return null;
}

/**
 * Whether a plain alias of another actor starting at token k ends in a force noun of its own ("African Union
 * troops", "AU forces"), so that a qualifier coordinated with it shares the noun.
 */
function namesForcesWhole(lex: CompiledLexicon, tokens: readonly Token[], k: number): boolean {
  const named = matchAt(lex.actorMatcher, tokens, k, (e) => e.tag === undefined);
  if (named === null || named.last === k) return false;
  return matchAt(lex.forceNounMatcher, tokens, named.last, () => true)?.last === named.last;
}

/**
 * The force noun after unit modifiers that start at token k ("anti-terrorist police", "Sukhoi jets"), or null: a
 * state's forces still, whatever kind of unit or aircraft they are.
 */
function nounAfterUnitModifiers(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  k: number,
): TrieMatch | null {
  let at = k;
  for (let n = 0; n < MAX_UNIT_MODIFIERS; n++) {
    const next = unitModifierEnd(text, tokens, at);
    if (next === null) return null;
    at = designationEnd(text, tokens, next) ?? next;
    const noun = tokens[at]?.joinsPrevious === true ? matchAt(lex.forceNounMatcher, tokens, at, () => true) : null;
    if (noun !== null) return noun;
  }
  return null;
}

/** A model designation: a capitalised code of up to four letters, a hyphen and a number ("F-16", "BM-21", "MiG-29"). */
const DESIGNATION_CODE = /^\p{Lu}[\p{L}]{0,3}$/u;
const DESIGNATION_NUMBER = /^\d{1,3}\p{L}?$/u;

/** The token after a model designation that starts at token k ("F-16 fighter jets": "fighter"), else null. */
function designationEnd(text: string, tokens: readonly Token[], k: number): number | null {
  const code = tokens[k];
  const number = tokens[k + 1];
  if (code === undefined || number === undefined) return null;
  const hyphened = /^[-\u2010\u2011]$/u.test(gapBefore(text, tokens, k + 1));
  const codeText = text.slice(code.start, code.end);
  const numberText = text.slice(number.start, number.end);
  return hyphened && DESIGNATION_CODE.test(codeText) && DESIGNATION_NUMBER.test(numberText) ? k + 2 : null;
}

/** "US-backed forces", "Iran-backed militias", "London-based monitor": the name describes someone else. */
export function describesSomeoneElse(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  last: number,
): boolean {
  const next = tokens[last + 1];
  if (next === undefined) return false;
  // The abbreviation's own full stop may stand before the hyphen: "U.S.-backed".
  return /^\.?[-\u2010\u2011]$/u.test(gapBefore(text, tokens, last + 1)) && lex.proxySuffixKeys.has(next.key);
}

/** "the Sahel branch of al Qaeda", "an affiliate of the Islamic State": the group described is another one. */
const AFFILIATE_OF =
  /\b(?:branch|branches|affiliate|affiliates|offshoot|offshoots|wing|franchise|province)\s+of\s+(?:the\s+)?$/iu;
/** "al Qaeda's branch in the Sahel", "Islamic State's Central Africa Province". */
const AFFILIATE_AFTER =
  /^['\u2019]s\s+(?:[\p{L}-]+\s+){0,3}?(?:branch|branches|affiliate|affiliates|offshoot|offshoots|wing|franchise|province)\b/iu;

/**
 * Whether a group's name only says whom another group belongs to ("JNIM, al Qaeda's branch in the Sahel"): the
 * parent is no actor of what the sentence tells.
 */
function namesParentOnly(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  // The name's start, with an Arabic article that opens it ("branch of al Qaeda").
  const { start } = matchRange(text, tokens, { first, last, entries: [] }, text.length);
  const z = tokens[last] as Token;
  return (
    AFFILIATE_OF.test(text.slice(Math.max(0, start - 40), start)) || AFFILIATE_AFTER.test(text.slice(z.end, z.end + 60))
  );
}

/** Whether tokens first..last lie inside a longer match of `ranges` ("al-Asad" inside "Ain al-Asad air base"). */
export function insideLonger(ranges: readonly TrieMatch[], first: number, last: number): boolean {
  return ranges.some((r) => r.first <= first && last <= r.last && r.last - r.first > last - first);
}

/**
 * Whether the name at `first` is a place by its position: after "in", "into", "southern"…, after a place and a
 * comma ("Palmyra, Syria"), or coordinated with such a place ("airstrikes in Syria and Iraq", "fled into Chad
 * and Ethiopia": the second too).
 */
function isLocative(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  places: readonly TrieMatch[],
  first: number,
): boolean {
  // "the city of Palmyra, Syria": a country after a place and a comma says where the place is.
  const appositive = (p: TrieMatch): boolean =>
    p.last === first - 1 && p.entries.every((e) => lex.places[e.target]?.kind !== 'country');
  if (/^\s*,\s*$/u.test(gapBefore(text, tokens, first)) && places.some(appositive)) return true;
  let k = first - 1;
  if (tokens[k]?.article) k -= 1;
  const prev = tokens[k];
  if (prev === undefined) return false;
  const word = plainLetters(text.slice(prev.start, prev.end));
  if (LOCATIVE.has(word)) return true;
  // "near the border with Niger", "its frontier with Chad": the country is where the border runs.
  const noun = tokens[k - 1];
  if (word === 'with' && noun !== undefined && BORDER_NOUNS.has(plainLetters(text.slice(noun.start, noun.end))))
    return true;
  if (!CONJUNCTION.has(word)) return false;
  // The conjunct before: a place of the gazetteer, or a state's name (every country is a place).
  let before = places.find((p) => p.last === k - 1)?.first;
  for (let j = Math.max(0, k - 4); before === undefined && j < k; j++) {
    const m = matchAt(lex.actorMatcher, tokens, j, (e) => e.tag === ACTOR_TAG.placeName);
    if (m?.last === k - 1) before = j;
  }
  return before !== undefined && isLocative(lex, text, tokens, places, before);
}

function accepts(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  places: readonly TrieMatch[],
  nounAfter: (last: number) => number | null,
  e: MatchEntry,
  first: number,
  last: number,
): boolean {
  if (describesSomeoneElse(lex, text, tokens, last)) return false;
  if (insideLonger(places, first, last)) return false;
  if (e.tag === ACTOR_TAG.placeName && isLocative(lex, text, tokens, places, first)) return false;
  if (e.tag === ACTOR_TAG.qualifier) return nounAfter(last) !== null;
  if (e.tag === undefined && lex.actors[e.target]?.kind !== 'state' && namesParentOnly(text, tokens, first, last))
    return false;
  // "Sudan's army" names the state, "Sudan's east" and "Syria's civil war" do not: a possessive country is a
  // qualifier.
  if (e.tag === ACTOR_TAG.placeName && POSSESSIVE_GAP.test(gapBefore(text, tokens, last + 1)))
    return nounAfter(last) !== null;
  if (e.tag === ACTOR_TAG.capital)
    return (
      !isLocative(lex, text, tokens, places, first) &&
      (actsAsState(text, tokens, last) ||
        partyWith(text, tokens, first) ||
        coordinatedSubject(text, tokens, first, last, METONYM_VERBS))
    );
  return true;
}

/**
 * Verbs after which a capital stands for its state ("Kyiv said", "Moscow has denied", "Khartoum rejected"):
 * elsewhere ("fighting reached Khartoum", "Kyiv's mayor") it is the city.
 */
// prettier-ignore
const METONYM_VERBS = new Set([
  'said', 'says', 'say', 'denied', 'denies', 'deny', 'accused', 'accuses', 'announced', 'announces', 'rejected',
  'rejects', 'warned', 'warns', 'claimed', 'claims', 'insisted', 'insists', 'called', 'calls', 'demanded',
  'demands', 'responded', 'condemned', 'condemns', 'agreed', 'agrees', 'confirmed', 'confirms', 'signed',
  'ordered', 'orders', 'launched', 'launches', 'sent', 'sends', 'deployed', 'recalled', 'expelled', 'blamed',
  'blames', 'vowed', 'vows', 'threatened', 'threatens', 'has', 'had', 'have', 'will', 'would', 'wants',
  'sought', 'seeks', 'refused', 'refuses', 'retaliated', 'struck', 'backed', 'supports', 'supported',
  'declared', 'declares', 'imposed', 'imposes', 'recognised', 'recognized', 'protested', 'urged', 'urges',
  'appealed', 'proposed', 'offered', 'withdrew', 'suspended', 'severed', 'mobilised', 'mobilized', 'summoned',
  'welcomed', 'admitted', 'acknowledged', 'dismissed', 'replied', 'retorted', 'countered', 'charged', 'asked',
]);

/**
 * Nouns of dealings between parties: "a peace deal with Luanda", "talks with Moscow", "a truce with Bamako". The
 * capital after them and "with" is the other party, a state; "fighting in Luanda" and "a road to Luanda" stay the
 * city.
 */
// prettier-ignore
const DEALINGS = new Set([
  'deal', 'deals', 'agreement', 'agreements', 'accord', 'accords', 'truce', 'ceasefire', 'treaty', 'pact', 'talks',
  'negotiations', 'relations', 'dialogue', 'contacts', 'war',
]);

/** Whether the capital at token `first` follows "<dealings noun> with" ("signed a peace deal with Luanda"). */
function partyWith(text: string, tokens: readonly Token[], first: number): boolean {
  const w = tokens[first - 1];
  const noun = tokens[first - 2];
  return (
    w !== undefined &&
    noun !== undefined &&
    plainLetters(text.slice(w.start, w.end)) === 'with' &&
    /^\s+$/u.test(gapBefore(text, tokens, first - 1)) &&
    DEALINGS.has(plainLetters(text.slice(noun.start, noun.end)))
  );
}

function actsAsState(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return (
    next !== undefined &&
    /^\s+$/u.test(gapBefore(text, tokens, last + 1)) &&
    METONYM_VERBS.has(plainLetters(text.slice(next.start, next.end)))
  );
}

/** A dateline up to the bracket of its credit: "BEIRUT, Sept 20 (", "JERUSALEM/CAIRO, May 7 (". */
const DATELINE_BEFORE_CREDIT = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\p{M} .'\u2019/-]*,[^()\n]{1,60}\(\s*$/u;
/** The words of a credit before a name in it: "(Gulf of ", "(" (at most a few words, no bracket). */
const CREDIT_WORDS_BEFORE = /\(\s*[^()\n]{0,40}$/u;
/** What closes a dateline's credit after a name in it: more words, the bracket and a dash ("Wire) -", ") —"). */
const CREDIT_CLOSE = /^[^()\n]{0,40}\)\s*[-\u2013\u2014]/u;

/**
 * Whether a name is in the credit of a dateline ("BEIRUT, Sept 20 (LNA) - …", "LAGOS, Jan 16 (Gulf of Guinea Wire)
 * - …"): the agency that filed the story, not an actor in it, even when its words are an armed group's acronym (LNA,
 * the Libyan National Army) or a country's name.
 */
function isDatelineCredit(text: string, range: Span): boolean {
  if (!CREDIT_CLOSE.test(text.slice(range.end, range.end + 48))) return false;
  const before = text.slice(Math.max(0, range.start - 120), range.start);
  const words = CREDIT_WORDS_BEFORE.exec(before);
  return words !== null && DATELINE_BEFORE_CREDIT.test(before.slice(0, words.index + 1));
}

/** A clue in the sentence outweighs any number in the rest of the article. */
const SENTENCE_WEIGHT = 1000;

/**
 * Of `candidates`, the actor whose country the sentence points to most, else the article; null when neither
 * decides. The one route by which a phrase that names no one ("government forces", "President Mahinda
 * Rajapaksa") is read as the actor the text is about.
 */
function inFocus(
  candidates: Iterable<CompiledActor>,
  sentence: PlaceContext,
  article: PlaceContext,
): CompiledActor | null {
  const score = (country: string): number =>
    (sentence.get(country) ?? 0) * SENTENCE_WEIGHT + (article.get(country) ?? 0);
  const ranked = [...candidates]
    .filter((a) => a.country !== null)
    .map((a) => ({ a, s: score(a.country ?? '') }))
    .sort((x, y) => y.s - x.s);
  const [best, second] = ranked;
  if (best === undefined || best.s === 0 || (second !== undefined && second.s === best.s)) return null;
  return best.a;
}

/** The actor a context alias ("government forces") names: of the actors it may name, the one in focus. */
function byContext(
  lex: CompiledLexicon,
  entries: readonly MatchEntry[],
  sentence: PlaceContext,
  article: PlaceContext,
): CompiledActor | null {
  // One entry per actor: two of its aliases may match the same words ("al-Shabaab", "al-Shabab").
  const targets = new Set(entries.filter((e) => e.tag === ACTOR_TAG.contextual).map((e) => e.target));
  const actors = [...targets].map((target) => lex.actors[target]).filter((a): a is CompiledActor => a !== undefined);
  return inFocus(actors, sentence, article);
}

const STATES = new WeakMap<CompiledLexicon, readonly CompiledActor[]>();

/** The lexicon's states: whom a titled leader the lexicon lacks may stand for. */
function statesOf(lex: CompiledLexicon): readonly CompiledActor[] {
  let states = STATES.get(lex);
  if (states === undefined) {
    states = lex.actors.filter((a) => a.kind === 'state');
    STATES.set(lex, states);
  }
  return states;
}

/** A context alias of an actor that is no state ("al-Shabab", as Mozambique's insurgents are called there). */
function localGroupEntry(lex: CompiledLexicon, e: MatchEntry): boolean {
  return e.tag === ACTOR_TAG.contextual && lex.actors[e.target]?.kind !== 'state';
}

/** The country (or region) the context points to most; null on a tie or when none. */
function countryInFocus(context: PlaceContext): string | null {
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [country, s] of context) {
    if (s > bestScore) [best, bestScore, tie] = [country, s, false];
    else if (s === bestScore) tie = true;
  }
  return tie ? null : best;
}

/** Whether a group named by its form starts at a token in from..last and ends after `last`. */
function namesLonger(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  from: number,
  last: number,
): boolean {
  for (let k = from; k <= last; k++)
    if (tokens[k]?.capitalized === true && (namedGroupAt(lex, text, tokens, k)?.last ?? -1) > last) return true;
  return false;
}

/** What the article as a whole says about its actors: its named mentions and the acronyms it defines. */
interface ArticleActors {
  readonly named: readonly (KindedMention & { readonly end: number })[];
  readonly acronyms: ReadonlyMap<string, DefinedActor>;
}

/** A titled leader the lexicon lacks, read as a state: his surname alone names him again after `after`. */
interface TitledLeader {
  readonly state: CompiledActor;
  readonly after: number;
}

/**
 * The last token of a titled leader the lexicon lacks ("President Mahinda Rajapaksa"), who stands for the state in
 * focus; null when none starts at `first` or the lexicon knows the leader ("President Barack Obama" is read by the
 * lexicon, as the state it names).
 */
function unlistedLeaderAt(lex: CompiledLexicon, tokens: readonly Token[], first: number): number | null {
  const last = titledLeaderAt(tokens, first);
  if (last === null) return null;
  for (let k = first + 1; k <= last; k++) if (matchAt(lex.actorMatcher, tokens, k, () => true) !== null) return null;
  return last;
}

/** The state in focus, as for "the army": the one route by which a titled leader is read. */
function stateInFocus(lex: CompiledLexicon, sentence: PlaceContext, article: PlaceContext): CompiledActor | null {
  return inFocus(statesOf(lex), sentence, article);
}

/** Shortest surname read on its own: shorter keys are initials or particles. */
const MIN_SURNAME = 3;
/** Whether a text may introduce a titled leader at all: most sentences do not. */
const MAY_TITLE = /\b(?:President|Prime Minister|Premier|Chancellor|Minister|Secretary)\s+\p{Lu}/u;

/**
 * The titled leaders the lexicon lacks that the article introduces, by the spelling key of their surname, so
 * that the surname alone names the same state later ("President Daniel Noboa … Noboa declared"). A surname two
 * leaders of different states share names neither.
 */
function titledLeadersOf(lex: CompiledLexicon, doc: ArticleContext): ReadonlyMap<string, TitledLeader> {
  const found = new Map<string, TitledLeader | null>();
  if (!MAY_TITLE.test(doc.text)) return found as Map<string, TitledLeader>;
  for (const sentence of doc.document.sentences) {
    if (!MAY_TITLE.test(sentence.text)) continue;
    const tokens = doc.tokens(sentence);
    for (let i = 0; i < tokens.length; i++) {
      const last = unlistedLeaderAt(lex, tokens, i);
      const surname = last === null ? undefined : tokens[last];
      if (last === null || surname === undefined || surname.key.length < MIN_SURNAME) continue;
      const state = stateInFocus(lex, contextOf(lex, tokens, scansFor(lex, doc, tokens).places), doc.places());
      const known = found.get(surname.key);
      if (state !== null && known === undefined) found.set(surname.key, { state, after: surname.end });
      else if (state !== null && known != null && known.state !== state) found.set(surname.key, null);
      i = last;
    }
  }
  return new Map([...found].flatMap(([key, l]) => (l === null ? [] : [[key, l] as const])));
}

const TITLED_LEADERS: ArticleSlot<ReadonlyMap<string, TitledLeader>> = {
  what: 'the titled leaders the article introduces, by surname',
  compute: titledLeadersOf,
};

/** An acronym defined in brackets may only be there when the text holds "(" and a capital: most articles do not. */
const MAY_DEFINE = /\(\s*[A-Z][A-Z0-9]{1,7}\s*\)/;

/**
 * The article's named actors (lexicon names and named groups, without generic references) and its acronyms,
 * computed once per article through its context, and only when asked: a generic reference needs the first, and
 * the second needs a bracketed acronym in the text.
 */
function articleActorsOf(lex: CompiledLexicon, doc: ArticleContext, article: ArticleInput): ArticleActors {
  const all = doc.tokens({ start: 0, end: doc.text.length });
  const named = scan(lex, doc.text, all, { start: 0, end: doc.text.length }, article, null).map((m) => ({
    start: m.start,
    end: m.end,
    actor: m.actor,
    kind: m.kind ?? 'non-state',
  }));
  return { named, acronyms: MAY_DEFINE.test(doc.text) ? definedAcronyms(doc.text, named) : new Map() };
}

const ARTICLE_ACTORS: ArticleSlot<ArticleActors> = {
  what: 'the named actors and defined acronyms of the whole article',
  compute: (lex, doc) => articleActorsOf(lex, doc, doc),
};

const MAY_DEFINE_ACRONYMS: ArticleSlot<boolean> = {
  what: 'whether the article holds a bracketed acronym',
  compute: (_lex, doc) => MAY_DEFINE.test(doc.text),
};

type ArticleInput = string | ArticleContext | undefined;

/**
 * Actor mentions inside span, in text order, non-overlapping, with offsets into `text`. `article` (the whole
 * article text, or its `articleContext` to compute that context once per article) lets a context alias
 * ("government forces") be read when the sentence does not name the country. Acronyms the article defines
 * ("(RSF)") and generic references ("the rebels") are read against the whole of `text`.
 */
export function findActors(lex: CompiledLexicon, text: string, span: Span, article?: ArticleInput): ActorMention[] {
  const doc = typeof article === 'object' && article.text === text ? article : articleContext(lex, text);
  let actors: ArticleActors | null = null;
  // Kept with the article context when the caller passed one; else read for this call only.
  const articleActors = (): ArticleActors =>
    (actors ??= doc === article ? doc.once(ARTICLE_ACTORS) : articleActorsOf(lex, doc, article));
  const defined = doc.once(MAY_DEFINE_ACRONYMS) ? articleActors().acronyms : null;
  return scan(lex, text, tokensFor(text, span, article), span, article, { defined, articleActors });
}

/**
 * Bounds of the numeric (span, tag) key of scan's accept cache: token indexes below 2^21 (an article under the
 * size limit has fewer words), a code per tag. The key stays below 2^53.
 */
const TOKEN_LIMIT = 2 ** 21;
const TAG_LIST: readonly (string | undefined)[] = [undefined, ...Object.values(ACTOR_TAG)];
const TAG_CODES = 8;

function tagCode(tag: string | undefined): number {
  const code = TAG_LIST.indexOf(tag);
  // A tag this list does not know (none today) gets a code of its own past the known ones.
  return code >= 0 ? code : TAG_LIST.length;
}

interface ArticleReading {
  readonly defined: ReadonlyMap<string, DefinedActor> | null;
  readonly articleActors: () => ArticleActors;
}

/**
 * The mentions of `tokens` (the tokens of text[span]). Without `reading` (the article-level pass itself), defined
 * acronyms and generic references are not read.
 */
function scan(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  span: Span,
  article: ArticleInput,
  reading: ArticleReading | null,
): ActorMention[] {
  // Names inside a longer place name are part of it: "Ain al-Asad air base" holds no Assad.
  const { places } = scansFor(lex, article, tokens);
  let context: { sentence: PlaceContext; article: PlaceContext } | null = null;
  const readContext = (): { sentence: PlaceContext; article: PlaceContext } => ({
    sentence: contextOf(lex, tokens, places),
    article: articleContextOf(lex, article),
  });
  const out: ActorMention[] = [];
  // Where the force noun after a qualifier ends, by the qualifier's last token: asked for every qualifier entry of
  // a match and again for the chosen one, always with the same answer.
  const nounEnds = new Map<number, number | null>();
  const nounAfter = (last: number): number | null => {
    let end = nounEnds.get(last);
    if (end === undefined) {
      end = forceNounAfter(lex, text, tokens, last);
      nounEnds.set(last, end);
    }
    return end;
  };
  // accepts() reads an entry's tag only, and a context alias ("government forces") has an entry per state: one
  // answer per span and tag.
  // Keyed by a number, not a string made per call: this runs for every entry of every alias the scan meets.
  const accepted = new Map<number, boolean>();
  const accept = (e: MatchEntry, first: number, last: number): boolean => {
    const key = (first * TOKEN_LIMIT + last) * TAG_CODES + tagCode(e.tag);
    let ok = accepted.get(key);
    if (ok === undefined) {
      ok = accepts(lex, text, tokens, places, nounAfter, e, first, last);
      accepted.set(key, ok);
    }
    return ok;
  };
  const push = (first: number, last: number, actor: string, kind: ActorKind): void => {
    const range = matchRange(text, tokens, { first, last, entries: [] }, span.end);
    if (isDatelineCredit(text, range)) return;
    out.push({ ...range, text: text.slice(range.start, range.end), actor, kind });
  };
  /** "the rebels": the one group of that kind named before in the article, else nobody. */
  const generic = (first: number): number | null => {
    if (reading === null) return null;
    const g = matchAt(genericReferenceMatcher, tokens, first, () => true);
    if (g === null) return null;
    // "Hamas militants", "M23 rebels": the noun after a name is part of that mention, no second one.
    const previous = out[out.length - 1];
    if (previous !== undefined && /^\s+$/u.test(text.slice(previous.end, (tokens[first] as Token).start)))
      return g.last;
    const kinds = g.entries.flatMap((e) => kindsReferredTo(e.target));
    const at = (tokens[first] as Token).start;
    const pooled = g.entries.some((e) => pooledReference(e.target));
    if (g.entries.some((e) => pairReference(e.target))) {
      // "the two groups" names both: the first word stands for the first, the rest for the second, so that mentions
      // never overlap (every phrase of a pair has two words or more).
      const named = reading.articleActors().named;
      const pair = pairInFocus(named, at, kinds);
      const kindOf = (actor: string): ActorKind => named.find((m) => m.actor === actor)?.kind ?? 'non-state';
      if (pair !== null && g.last > first) {
        push(first, first, pair[0], kindOf(pair[0]));
        push(first + 1, g.last, pair[1], kindOf(pair[1]));
      }
      return g.last;
    }
    const actor = actorInFocus(reading.articleActors().named, at, kinds, pooled);
    const kind = actor === null ? undefined : reading.articleActors().named.find((m) => m.actor === actor)?.kind;
    if (actor !== null && kind !== undefined) push(first, g.last, actor, kind);
    return g.last;
  };
  /**
   * "President Mahinda Rajapaksa": the state in focus, as for "the army"; nobody when unclear. Later, his surname
   * alone ("Rajapaksa said") is the same leader (see ArticleActors.leaders).
   */
  const titledLeader = (first: number): number | null => {
    const t = tokens[first] as Token;
    const last = unlistedLeaderAt(lex, tokens, first);
    if (last === null) {
      // The surname of a leader introduced before, alone: "Noboa declared".
      if (reading === null || !t.capitalized || typeof article !== 'object') return null;
      const named = article.once(TITLED_LEADERS).get(t.key);
      if (named === undefined || t.start < named.after) return null;
      push(first, first, named.state.name, named.state.kind);
      return first;
    }
    context ??= readContext();
    const state = stateInFocus(lex, context.sentence, context.article);
    if (state !== null) push(first, last, state.name, state.kind);
    return last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // An acronym the article defined wins over the lexicon: the article says what it means here.
    const defined = reading?.defined?.get(t.letters);
    if (defined !== undefined && t.capitalized) {
      push(i, i, defined.actor, defined.kind);
      continue;
    }
    const m = matchAt(lex.actorMatcher, tokens, i, accept);
    if (m !== null && m.entries.some((e) => e.tag === ACTOR_TAG.notActor)) {
      i = m.last;
      continue;
    }
    // A group named by its form ("Kachin Independence Army"), unless the lexicon reads as much or more.
    const form = t.capitalized ? namedGroupAt(lex, text, tokens, i, m?.last ?? null) : null;
    if (form !== null && (m === null || form.last > m.last)) {
      if (form.state !== undefined) push(i, form.last, form.state.name, form.state.kind);
      else push(i, form.last, form.name, form.kind);
      i = form.last;
      continue;
    }
    // "South Ossetian separatist fighters": a known group worded with its kind ("South Ossetian separatists").
    const worded = m === null && t.capitalized ? kindAdjectiveGroupAt(lex, text, tokens, i) : null;
    if (worded !== null) {
      push(i, worded.last, worded.actor.name, worded.actor.kind);
      i = worded.last;
      continue;
    }
    if (m === null) {
      const leader = titledLeader(i);
      i = leader ?? generic(i) ?? i;
      continue;
    }
    // An alias beats a qualifier or context reading of the same words; among aliases the lexicon order decides.
    const entry =
      m.entries.find((e) => e.tag !== ACTOR_TAG.qualifier && e.tag !== ACTOR_TAG.contextual) ?? m.entries[0];
    if (entry === undefined) continue;
    let actor: CompiledActor | undefined = lex.actors[entry.target];
    // "al-Shabab" in a story about Mozambique: an alias that a group of the country the article is about also goes
    // by there (its context alias) names that group, not the one known by it elsewhere.

    if (entry.tag !== ACTOR_TAG.contextual && m.entries.some((e) => localGroupEntry(lex, e))) {
      context ??= {
        sentence: contextOf(lex, tokens, places),
        article: articleContextOf(lex, article),
      };
      const local = byContext(
        lex,
        m.entries.filter((e) => localGroupEntry(lex, e)),
        context.sentence,
        context.article,
      );
      const focus = context.article.size > 0 ? context.article : context.sentence;
      if (local !== null && local.country === countryInFocus(focus)) actor = local;
    }
    if (entry.tag === ACTOR_TAG.contextual) {
      // "the Army of the Men of the Naqshbandi Order": a name that starts inside the phrase and runs past it.
      if (namesLonger(lex, text, tokens, i + 1, m.last)) continue;
      // "U.S. military aircraft": right after a name, the phrase is that actor's forces, no other state's; "its
      // troops", "their soldiers": a possessive says whose they are (the reporter or the subject before).
      const previous = out[out.length - 1];
      const owner = tokens[i - 1];
      if (
        (previous !== undefined && /^\s+$/u.test(text.slice(previous.end, t.start))) ||
        (owner !== undefined && t.joinsPrevious && POSSESSIVE_PRONOUNS.has(owner.key))
      ) {
        i = m.last;
        continue;
      }
      context ??= {
        sentence: contextOf(lex, tokens, places),
        article: articleContextOf(lex, article),
      };
      actor = byContext(lex, m.entries, context.sentence, context.article) ?? undefined;
      // "rebels" in a text about no country the lexicon ties them to: the rebel group in focus, if one is.
      if (actor === undefined) {
        i = generic(i) ?? i;
        continue;
      }
    }
    if (actor === undefined) continue;
    const last = entry.tag === ACTOR_TAG.qualifier ? (nounAfter(m.last) ?? m.last) : m.last;
    push(i, last, actor.name, actor.kind);
    i = last;
  }
  return out;
}
