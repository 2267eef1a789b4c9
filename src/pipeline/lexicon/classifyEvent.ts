/**
 * The event type of a clause from its trigger words (data/lexicon/eventTypes.json), with the ACLED pair.
 *
 * Which trigger decides, when a clause has several:
 * - a reporting verb that comes before every event trigger is the main verb ("officials confirmed that …",
 *   "announced ongoing airstrikes"): statement. A reporting verb after the event ("…, officials said") does not;
 *   nor do verbs that introduce the act they report ("accused Russian jets of downing a drone"): the act wins;
 *   attribution ("according to a statement from …") is never the type.
 * - an attack whose doer is an aircraft ("jets also hit …", "was bombed by drones") is an airstrike and wins
 *   over every trigger but taking ground: the participles and nouns beside it say what was hit or when;
 * - otherwise the group listed first in eventTypes.json wins (taking ground before airstrikes that backed it:
 *   "backed by airstrikes, Iraqi forces retook …"), and between triggers of one group the earlier one.
 *
 * Taking ground becomes capture or recapture by who takes it (ACLED: "Government regains territory" vs
 * "Non-state actor overtakes territory"): the agent is the actor after "by"/"to" in a passive ("seized by
 * ISIS", "fell to Iraqi forces", "lost Aleppo to government forces"), else the subject: the nearest actor or
 * generic agent ("the militants") before the trigger that does not stand after a preposition ("supported by
 * Hezbollah fighters, the Syrian army retook …" → the Syrian army).
 * A state in its own country (the country the clause, else the article, points to), or forces it sanctions
 * (kind government) → recapture; a non-state group → capture, even when it takes ground back; a state abroad or a
 * coalition → by the verb (retook → recapture, seized → capture); no agent → by the verb.
 */
import type { ActorMention, EventTypeMatch, Span } from '../types.ts';
import type { EventType } from '../../model/index.ts';
import { placeAt, type CompiledLexicon, type CompiledTriggerGroup } from './compileLexicon.ts';
import { gazetteerMatchAt } from './gazetteer.ts';
import { isCommonWord, namesPerson } from './placeReading.ts';
import { NON_STATE_KINDS, type ActorKind } from './schema.ts';
import { countriesNamed, tokensFor, type ArticleContext, type PlaceContext } from './placeContext.ts';
import { tokenize, type Token } from './tokens.ts';
import {
  agreementBroken,
  agreementCollapsed,
  aircraftAttackAt,
  besiegesBuilding,
  capturesPeople,
  downsMannedAircraft,
  firedFromAir,
  inScareQuotes,
  isAim,
  overrunsPosition,
  seizesThing,
} from './triggerReadings.ts';
import { matchAt, scanTokens, type TrieMatch } from './trieMatcher.ts';

interface Found {
  readonly group: number;
  readonly start: number;
  readonly end: number;
  /** Token index just after the trigger. */
  readonly after: number;
  /** An attack whose doer is an aircraft ("jets bombed", "struck by drones"): the clause's own act. */
  readonly aircraft?: boolean;
}

/** Words that open the agent of a passive: "seized by ISIS", "fell to Kurdish forces". */
const PASSIVE_AGENT = new Set(['by', 'to']);
/** Auxiliaries that make the trigger after them passive: "was recaptured", "had been driven out". */
const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
/** How far after a passive trigger its "by" may stand ("were driven out of Kobane in January 2015 by the YPG"). */
const PASSIVE_WINDOW = 8;
/**
 * An actor after one of these is no subject: "supported by Hezbollah fighters, the army retook …", "after the
 * regime's defeat, ISIS seized …".
 */
// prettier-ignore
const PREPOSITIONS = new Set([
  'by', 'with', 'from', 'of', 'against', 'after', 'before', 'over', 'for', 'near', 'alongside', 'despite',
  'to', 'in', 'on', 'at', 'into', 'toward', 'towards', 'under', 'behind', 'beside', 'besides', 'than', 'like',
  'via', 'amid', 'among', 'between', 'without', 'including',
]);
/**
 * Words of a title before a named person, skipped on the way to the preposition they may follow: "fighters loyal
 * to former president Denis Sassou Nguesso took …" — the named man stands after "to", no subject.
 */
// prettier-ignore
const TITLE_WORDS = new Set([
  'former', 'late', 'ousted', 'deposed', 'exiled', 'then', 'president', 'prime', 'minister', 'general', 'leader',
  'commander', 'colonel', 'warlord', 'king', 'emir', 'sheikh',
]);
/** Possessives that give a generic agent an owner: "its troops" are the forces of whoever "it" is. */
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our']);
/** Words that may stand between a preposition and its actor ("backed by the U.S.-led coalition"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'allied', 'fellow', 'some', 'other']);

/**
 * Forms of "take" that mean taking ground when their object is a place: "the rebels took Goma"; and of "enter",
 * which with a named place as its object is taking it ("rebels entered Kindu"), as "entered the town" is.
 */
const TAKE = new Set(['took', 'take', 'takes', 'taken', 'taking', 'entered', 'enter', 'enters', 'entering']);
/** Nouns for a place that can be taken: "took the airport", "took a village near …". */
// prettier-ignore
const PLACE_NOUNS = new Set([
  'town', 'towns', 'city', 'village', 'villages', 'airport', 'airbase', 'base', 'port', 'capital', 'district',
  'province', 'region', 'bridge', 'crossing', 'dam', 'garrison', 'outpost', 'checkpoint', 'stronghold', 'hill',
  'harbour', 'harbor', 'refinery', 'oilfield', 'camp', 'barracks', 'headquarters', 'settlement', 'settlements',
]);
/** What may stand between "took" and its place: "took the town", "took a key village". */
const OBJECT_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'key',
  'strategic',
  'nearby',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'border',
  'main',
  'military',
]);

/** A place named at token j: a lexicon place, or a world place that is no country, common word or person. */
function placeNamedAt(lex: CompiledLexicon, tokens: readonly Token[], j: number): number | null {
  const t = tokens[j];
  if (t === undefined || !t.capitalized) return null;
  const curated = matchAt(lex.placeMatcher, tokens, j, () => true);
  const g = lex.gazetteer;
  const world = curated === null && g.size > 0 ? gazetteerMatchAt(g, tokens, j) : null;
  const last = curated?.last ?? world?.last;
  const targets = curated?.entries.map((e) => e.target) ?? world?.targets ?? [];
  if (last === undefined || (world !== null && (isCommonWord(g, tokens, j, last) || namesPerson(g, tokens, j, last))))
    return null;
  const kinds = targets.map((x) => placeAt(lex, x)?.kind);
  return kinds.length > 0 && kinds.every((k) => k !== undefined && k !== 'country') ? last : null;
}

/**
 * "The rebels took Goma", "they took the airport of Tal Afar": a bare form of "take" is taking ground when its
 * object is a place (not a country: "it took Ukraine months"), and not a possessive ("took Kyiv's offer").
 */
function bareTake(lex: CompiledLexicon, text: string, tokens: readonly Token[], i: number): Found | null {
  const verb = tokens[i];
  if (verb === undefined || !TAKE.has(wordOf(text, verb)) || wordOf(text, tokens[i - 1]) === 'it') return null;
  const group = lex.triggerGroups.findIndex((g) => g.territory === 'take');
  let j = i + 1;
  while (j < tokens.length && OBJECT_DETERMINERS.has(wordOf(text, tokens[j]))) j++;
  const head = tokens[j];
  if (group < 0 || head === undefined || /[,;:.]/u.test(text.slice(verb.end, head.start))) return null;
  const noun = PLACE_NOUNS.has(wordOf(text, head));
  const last = noun ? j : placeNamedAt(lex, tokens, j);
  const end = last === null ? undefined : tokens[last];
  if (last === null || end === undefined || /^['’]s\b/u.test(text.slice(end.end))) return null;
  // "Entered the Republic of Congo": a name followed by "of" and a capital is a word of a longer name (a
  // country's); "took the town of Kurgan-Tyube" is a place noun and its name.
  if (!noun && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end.end))) return null;
  return { group, start: verb.start, end: verb.end, after: i + 1 };
}

/** "Jets also hit …", "was bombed by Russian warplanes": an air strike told by its aircraft (triggerReadings.ts). */
function aircraftAttack(lex: CompiledLexicon, text: string, tokens: readonly Token[], i: number): Found | null {
  const span = aircraftAttackAt(text, tokens, i);
  const group = lex.triggerGroups.findIndex((g) => g.type === 'airstrike');
  const first = span === null ? undefined : tokens[span.first];
  const last = span === null ? undefined : tokens[span.last];
  if (span === null || first === undefined || last === undefined || group < 0) return null;
  return { group, start: first.start, end: last.end, after: span.after, aircraft: true };
}

function findTriggers(lex: CompiledLexicon, text: string, tokens: readonly Token[]): Found[] {
  const out: Found[] = [];
  const aims = new Set<Found>();
  for (let i = 0; i < tokens.length; i++) {
    const head = matchAt(lex.triggerMatcher, tokens, i, () => true);
    if (head !== null && inProperName(lex, text, tokens, head)) {
      i = head.last;
      continue;
    }
    // The aircraft reading goes first: "helicopter gunships" alone is a trigger, "helicopter gunships fired on
    // retreating rebels" tells the act, which the later "retreating" must not override.
    const found =
      aircraftAttack(lex, text, tokens, i) ??
      (head === null ? null : triggerAt(lex, tokens, head)) ??
      bareTake(lex, text, tokens, i);
    if (found === null) continue;
    i = found.after - 1;
    if (notTheAct(lex, text, tokens, i, found)) continue;
    out.push(found);
    const first = tokens.findIndex((t) => t.start === found.start);
    if (lex.triggerGroups[found.group]?.territory !== null && isAim(text, tokens, first)) aims.add(found);
  }
  // "Launched an assault on the town to retake the region": the aim gives way to the act it is the aim of; alone
  // ("teamed with allied militias to drive ISIS out of Dhuluiya"), or before ground taken by someone else
  // ("moved to recapture villages seized by ISIS"), it is what the clause reports.
  const acts = out.filter((f) => {
    const g = lex.triggerGroups[f.group];
    return g !== undefined && g.territory === null && g.type !== 'statement' && !g.attribution;
  });
  return acts.length > 0 ? out.filter((f) => !aims.has(f)) : out;
}

/**
 * "Raided the creeks in search of the hostages", "struck Gaza in retaliation for the bombing": a noun after a phrase
 * of aim or cause names what the act was for or answered, not the act.
 */
const AIM_OR_CAUSE_BEFORE =
  /\b(?:in\s+search\s+of|to\s+(?:free|rescue|release|find|avenge|stop|prevent|halt)|(?:for|to\s+secure|to\s+win)\s+the\s+release\s+of|in\s+(?:retaliation|revenge|reprisal)\s+for|in\s+response\s+to)\s+(?:(?:the|a|an|its|their|his|her|those|these|[\d,]+)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * "The National Liberation Army, which says it is fighting for …, took control of …": a saying in a relative aside
 * describes the group; the clause's act is its main verb.
 */
const RELATIVE_ASIDE_BEFORE = /,\s*(?:which|who)\s+(?:(?:also|has|have|had|often|repeatedly)\s+)?$/iu;

/**
 * Whether a trigger does not tell its act: a word in scare quotes ('"liberated"'), or the seizing of a thing
 * ("seized a passenger train") rather than of ground.
 */
function notTheAct(lex: CompiledLexicon, text: string, tokens: readonly Token[], last: number, f: Found): boolean {
  if (inScareQuotes(text, f.start, f.end)) return true;
  const before = text.slice(Math.max(0, f.start - 60), f.start);
  if (AIM_OR_CAUSE_BEFORE.test(before)) return true;
  const type = lex.triggerGroups[f.group]?.type;
  if (type === 'statement' && RELATIVE_ASIDE_BEFORE.test(before)) return true;
  // "The self-proclaimed republic", "a Russian-brokered truce": a saying or a deal in a hyphenated adjective only
  // describes its noun. "Broke a ceasefire": a deal broken is no agreement made.
  if ((type === 'statement' || type === 'agreement') && /[-\u2010\u2011]$/u.test(text.slice(0, f.start))) return true;
  const first = tokens.findIndex((t) => t.start === f.start);
  if (type === 'agreement' && agreementBroken(text, tokens, first)) return true;
  return lex.triggerGroups[f.group]?.territory !== null && seizesThing(text, tokens, last);
}

/** What may stand right before the first word of a sentence: its start, sentence punctuation, a quote, a dash. */
const SENTENCE_OPENING = /(?:^|[.!?:;"\u201C\u2018'(\u2013\u2014-]|\n)\s*$/u;

/**
 * "The Front for the Liberation of the Enclave of Cabinda", "the Kosovo Liberation Army", "Operation Storm": a
 * trigger written in lower case in the lexicon but capitalised inside a sentence is a word of a name, not an act.
 * A capital at a sentence's start says nothing; triggers listed with a capital ("IED", "Tomahawk missiles") keep it.
 */
function inProperName(lex: CompiledLexicon, text: string, tokens: readonly Token[], head: TrieMatch): boolean {
  const first = tokens[head.first];
  if (first === undefined || !first.capitalized) return false;
  const listedLower = head.entries.every((e) => /^\p{Ll}/u.test(lex.triggers[e.target]?.phrase ?? ''));
  return listedLower && !SENTENCE_OPENING.test(text.slice(Math.max(0, first.start - 12), first.start));
}

/** The first trigger of the match that holds: a plain phrase, or a head whose tail follows in time. */
function triggerAt(lex: CompiledLexicon, tokens: readonly Token[], head: TrieMatch): Found | null {
  const first = tokens[head.first];
  const headLast = tokens[head.last];
  if (first === undefined || headLast === undefined) return null;
  for (const e of head.entries) {
    const trigger = lex.triggers[e.target];
    if (trigger === undefined) continue;
    if (!trigger.gapped) return { group: trigger.group, start: first.start, end: headLast.end, after: head.last + 1 };
    for (let k = head.last + 1; k <= head.last + 1 + trigger.maxGap && k < tokens.length; k++) {
      const tail = matchAt(lex.triggerTailMatcher, tokens, k, (t) => t.target === e.target);
      const tailLast = tail === null ? undefined : tokens[tail.last];
      if (tail !== null && tailLast !== undefined)
        return { group: trigger.group, start: first.start, end: tailLast.end, after: tail.last + 1 };
    }
  }
  return null;
}

interface Agent {
  readonly start: number;
  readonly end: number;
  readonly kind: ActorKind;
  /** The canonical name, for a lexicon actor; null for a generic agent ("the militants"). */
  readonly actor?: string;
  /** A generic agent owned by someone the clause does not name ("its troops"): whose forces is unknown. */
  readonly owned?: boolean;
}

function agentsIn(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): Agent[] {
  const out: Agent[] = [];
  for (const a of actors) {
    const kind = a.kind ?? lex.actorByName.get(a.actor)?.kind;
    if (kind !== undefined) out.push({ start: a.start, end: a.end, kind, actor: a.actor });
  }
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(lex.agentMatcher, tokens, i, () => true);
    const first = tokens[i];
    const last = m === null ? undefined : tokens[m.last];
    const kind = m === null ? undefined : lex.agentKinds[m.entries[0]?.target ?? -1];
    if (m === null || first === undefined || last === undefined || kind === undefined) continue;
    // A lexicon actor covering the same words ("Kurdish fighters") or standing just before them ("Hezbollah
    // fighters") says more than the generic noun.
    const covered = out.some(
      (a) =>
        (a.start < last.end && first.start < a.end) ||
        (a.end <= first.start && /^\s*$/u.test(text.slice(a.end, first.start))),
    );
    const owner = wordOf(text, tokens[i - 1]);
    if (!covered) out.push({ start: first.start, end: last.end, kind, owned: OWNERS.has(owner) });
    i = m.last;
  }
  return out.sort((a, b) => a.start - b.start);
}

function wordOf(text: string, t: Token | undefined): string {
  return t === undefined ? '' : t.plain;
}

/** The agent that starts right after token k, allowing for "the" and the like. */
function agentAfter(text: string, tokens: readonly Token[], k: number, agents: readonly Agent[]): Agent | null {
  let j = k + 1;
  while (DETERMINERS.has(wordOf(text, tokens[j]))) j++;
  const t = tokens[j];
  return t === undefined ? null : (agents.find((a) => a.start <= t.start && t.start < a.end) ?? null);
}

/**
 * The agent of a passive or of a trigger that names its agent after it: "fell to ISIS", "lost Aleppo to
 * government forces", "territory seized by ISIS", "were driven out of Kobane … by the YPG".
 */
function passiveAgent(text: string, tokens: readonly Token[], found: Found, agents: readonly Agent[]): Agent | null {
  const last = found.after - 1;
  if (PASSIVE_AGENT.has(wordOf(text, tokens[last]))) return agentAfter(text, tokens, last, agents);
  if (PASSIVE_AGENT.has(wordOf(text, tokens[found.after]))) return agentAfter(text, tokens, found.after, agents);
  const first = tokens.findIndex((t) => t.start === found.start);
  const passive = [1, 2].some((d) => BE.has(wordOf(text, tokens[first - d])));
  if (!passive) return null;
  for (let k = found.after; k < Math.min(tokens.length, found.after + PASSIVE_WINDOW); k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (t === undefined || prev === undefined || /[,;:]/u.test(text.slice(prev.end, t.start))) break;
    if (wordOf(text, t) === 'by') return agentAfter(text, tokens, k, agents);
  }
  return null;
}

/** The subject: the nearest agent before the trigger that does not stand in a prepositional phrase. */
function subjectBefore(text: string, tokens: readonly Token[], found: Found, agents: readonly Agent[]): Agent | null {
  const before = agents.filter((a) => a.end <= found.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i];
    if (a === undefined) continue;
    let k = tokens.findIndex((t) => t.end > a.start) - 1;
    while (
      k >= 0 &&
      (tokens[k]?.article === true ||
        DETERMINERS.has(wordOf(text, tokens[k])) ||
        TITLE_WORDS.has(wordOf(text, tokens[k])))
    )
      k--;
    if (!PREPOSITIONS.has(wordOf(text, tokens[k]))) return leadingConjunct(text, before.slice(0, i), a);
  }
  return null;
}

/** Sides of the state: in a subject they are coordinated into, they lead the act. */
const STATE_KINDS = new Set<ActorKind>(['state', 'government']);

/**
 * "Government troops and Khmer Rouge defectors captured …": in a coordinated subject, the state's forces (named
 * before "and") lead an act their auxiliaries join; the subject is theirs, whatever stands nearest the verb.
 */
function leadingConjunct(text: string, earlier: readonly Agent[], nearest: Agent): Agent {
  if (STATE_KINDS.has(nearest.kind)) return nearest;
  const prev = earlier[earlier.length - 1];
  if (prev === undefined || !STATE_KINDS.has(prev.kind)) return nearest;
  return /^\s*(?:,\s*)?(?:and|along\s+with|together\s+with)\s+(?:the\s+)?$/iu.test(text.slice(prev.end, nearest.start))
    ? prev
    : nearest;
}

function territoryType(group: CompiledTriggerGroup, agent: Agent | null, atHome: boolean): EventType {
  const byVerb: EventType = group.territory === 'retake' ? 'recapture' : 'capture';
  // "Its troops captured …": someone's forces, maybe abroad; the verb says more than a guess.
  if (agent === null || agent.owned === true) return byVerb;
  // A state taking ground in its own country is a government regaining territory ("Ukrainian forces took
  // Kherson", "Ethiopian troops captured Lalibela"), and so where no place says otherwise (states mostly fight
  // at home); abroad ("Russian forces captured Avdiivka" in a text about Ukraine) it is read by the verb.
  if (agent.kind === 'government' || (agent.kind === 'state' && atHome)) return 'recapture';
  if (NON_STATE_KINDS.has(agent.kind)) return 'capture';
  return byVerb;
}

/**
 * Whether a state takes ground at home: in a country the clause names most places in (ties included), else the
 * article, else (no place says) yes: states mostly fight at home. Only place names count: "Russian" in "the
 * Russian annexation of Crimea" says who acted, not where. A state's row names its own country (states.json). The
 * article is `text` itself: its context, when the caller keeps one, only saves the scan, so the type never
 * depends on whether a context was passed.
 */
function atHome(
  lex: CompiledLexicon,
  state: string | undefined,
  text: string,
  tokens: readonly Token[],
  article: ArticleContext | undefined,
): boolean {
  // "Seized the crossing between the Gaza Strip and Egypt": among the states named, is this one the most named?
  const verdict = (counts: ReadonlyMap<string, number>): boolean | null => {
    let most = 0;
    for (const [name, c] of counts) if (lex.actorByName.get(name)?.kind === 'state') most = Math.max(most, c);
    return most === 0 ? null : state !== undefined && counts.get(state) === most;
  };
  const inArticle = (): PlaceContext =>
    article !== undefined && article.text === text
      ? article.countries()
      : countriesNamed(lex, tokenize(text, { start: 0, end: text.length }));
  return verdict(clauseCountries(lex, text, tokens)) ?? verdict(inArticle()) ?? true;
}

/**
 * A possessive whose noun is no place: "Israel's war cabinet", "Russia's defence ministry" name who acted; in
 * "Ukraine's Donetsk region" or "Iraq's northern Nineveh province" the name stays a place.
 */
const OWNER_NOT_PLACE =
  /^['’]s\s+(?!(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|restive|border)\b)\p{Ll}/u;

/** countriesNamed over the clause, without a name in the possessive of something that is no place. */
function clauseCountries(lex: CompiledLexicon, text: string, tokens: readonly Token[]): PlaceContext {
  const counts = new Map<string, number>();
  for (const m of scanTokens(lex.placeMatcher, tokens, () => true)) {
    const targets = new Set(m.entries.map((e) => e.target));
    const country = targets.size === 1 ? lex.places[m.entries[0]?.target ?? -1]?.country : undefined;
    // A sea names no country.
    const end = tokens[m.last]?.end ?? 0;
    if (country !== undefined && country !== null && !OWNER_NOT_PLACE.test(text.slice(end, end + 40)))
      counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

function choose(lex: CompiledLexicon, all: readonly Found[]): Found | null {
  const found = all.filter((f) => lex.triggerGroups[f.group]?.attribution !== true);
  const isStatement = (f: Found): boolean => lex.triggerGroups[f.group]?.type === 'statement';
  const first = found[0];
  if (first === undefined) return null;
  const events = found.filter((f) => !isStatement(f));
  const group = lex.triggerGroups[first.group];
  if (isStatement(first) && (group?.defersToContent !== true || events.length === 0)) return first;
  const pool = events.length > 0 ? events : found;
  // An attack whose doer is an aircraft is the clause's act: the nouns and participles around it ("a column
  // withdrawing from …", "as the fighting spread") say what was hit or when. Taking ground still comes first
  // ("troops retook the town after jets pounded it").
  const air = pool.find((f) => f.aircraft === true);
  if (air !== undefined && !pool.some((f) => lex.triggerGroups[f.group]?.territory !== null)) return air;
  return [...pool].sort((a, b) => a.group - b.group || a.start - b.start)[0] ?? null;
}

/**
 * The event type of the clause `text[span]`, or null when no trigger is found (the caller's 'other').
 * `actors` are the actor mentions of the clause (findActors), used to tell capture from recapture. `text` is the
 * whole article; `article`, its context when the caller keeps one, lends its tokens and scans (same result).
 */
export function classifyEvent(
  lex: CompiledLexicon,
  text: string,
  span: Span,
  actors: readonly ActorMention[],
  article?: ArticleContext,
): EventTypeMatch | null {
  const tokens = tokensFor(text, span, article);
  const found = choose(lex, findTriggers(lex, text, tokens));
  if (found === null) return null;
  const group = lex.triggerGroups[found.group];
  if (group === undefined) return null;
  let type = group.type;
  let acled = group.acled;
  const first = tokens.findIndex((t) => t.start === found.start);
  if (
    (type === 'siege' && besiegesBuilding(text, tokens, found.after - 1)) ||
    (type === 'bombing' && firedFromAir(text, tokens, first))
  ) {
    type = type === 'siege' ? 'ground-attack' : 'airstrike';
    acled = lex.acledByType[type] ?? acled;
  }
  if (group.territory !== null) {
    const inSpan = actors.filter((a) => a.start >= span.start && a.end <= span.end);
    const agents = agentsIn(lex, text, tokens, inSpan);
    const agent = passiveAgent(text, tokens, found, agents) ?? subjectBefore(text, tokens, found, agents);
    const home = agent?.kind === 'state' && atHome(lex, agent.actor, text, tokens, article);
    type = territoryType(group, agent, home);
    if (overrunsPosition(text, tokens, first, found.after - 1)) type = 'ground-attack';
    if (type !== group.type) acled = lex.acledByType[type] ?? acled;
  }
  // Talks or a truce that collapsed, taking people (an arrest or an abduction) and bringing down a crewed aircraft
  // (an attack on it, not the interception of a weapon) are 'other' (see triggerReadings.ts).
  if (
    (type === 'agreement' && agreementCollapsed(text, tokens, found.after - 1)) ||
    (group.territory !== null && capturesPeople(text, tokens, first, found.after - 1)) ||
    (group.acled?.subEventType === 'Disrupted weapons use' && downsMannedAircraft(text, tokens, found.after - 1))
  ) {
    type = 'other';
    acled = lex.acledByType.other ?? acled;
  }
  const match = { start: found.start, end: found.end, text: text.slice(found.start, found.end), type, acled };
  return found.aircraft === true ? { ...match, byAircraft: true } : match;
}
