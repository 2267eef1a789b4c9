/**
 * Scores extracted events against gold events. Pure: events and gold in, figures and itemised lists out.
 *
 * Matching: an extracted event matches a gold event when one of its sources is in the gold event's article, the
 * source's sentence contains the gold quote (whitespace folded), and the date that source gives (its own `date`,
 * else the event's) equals the gold date at the gold precision (and the gold end, for a range). One extracted
 * event may match several gold events (a merged event has several sources); each gold event counts one match.
 *
 * Counting: precision = true positives / (true positives + false positives), over extracted events. An event is
 * a true positive when it matches a non-optional gold event; neutral when it matches only optional ones or
 * reports an optional event's sentence at all (optional events are neither rewarded nor penalised, whatever
 * date they get); a false positive when it matches none, or only gold events already matched by an earlier
 * event (a duplicate).
 * Recall = non-optional gold events matched / non-optional gold events: a date-correct recall, since matching
 * requires the date; `sentenceFound` also counts gold events whose sentence gave an event at another date.
 *
 * Facts, over found events: actors are right when every gold actor is among the event's actors (exactly right
 * when the sets are equal); the place is right when the location and the gold place name the same place (none
 * equals none); the type when it equals the gold type. Names are compared through a NameResolver (names.ts): two
 * names match when they stand for a common identity, so a gold file may write any alias the lexicon knows. An
 * event's facts are right when its actors are right (the lenient rule) and its place is right.
 */
import { EVENT_TYPES, type EventDate, type Source, type TimelineEvent } from '../../model/index.ts';
import { MAX_TITLE_LENGTH } from '../assemble/title.ts';
import { foldWhitespace, isGoldArticle, type GoldEvent, type GoldFile } from './gold.ts';
import { PLAIN_NAMES, sharesId, type NameResolver } from './names.ts';

export interface GoldOutcome {
  readonly gold: GoldEvent;
  /** The event that matched it, if any. */
  readonly event: TimelineEvent | null;
  /** When not matched but a source holds the quote: what date it gave instead. */
  readonly nearMiss: { readonly source: Source; readonly date: EventDate } | null;
  readonly actorsRight: boolean;
  readonly actorsExact: boolean;
  readonly placeRight: boolean;
  /** The event's type equals the gold type. */
  readonly typeRight: boolean;
  /** Actors right (every gold actor present) and place right. */
  readonly factsRight: boolean;
}

export type EventVerdict = 'true-positive' | 'optional' | 'duplicate' | 'false-positive';

export interface EventOutcome {
  readonly event: TimelineEvent;
  readonly verdict: EventVerdict;
}

export interface NeverViolation {
  readonly quote: string;
  readonly article: string;
  readonly event: TimelineEvent;
}

export interface Score {
  readonly golds: readonly GoldOutcome[];
  readonly events: readonly EventOutcome[];
  readonly never: readonly NeverViolation[];
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly precision: number;
  /** Date-correct recall: non-optional gold events matched (quote and date) / non-optional gold events. */
  readonly recall: number;
  /** Non-optional gold events whose sentence gave an event, at the gold date or not. */
  readonly sentenceFound: number;
  readonly f1: number;
  readonly missionFound: number;
  readonly missionTotal: number;
  /** Over found non-optional gold events. */
  readonly actorsRightRate: number;
  readonly actorsExactRate: number;
  readonly placeRightRate: number;
  readonly typeRightRate: number;
  /** Found events whose actors (lenient rule) and place are both right. */
  readonly factsRightRate: number;
  /** Extracted events titled by a bare type word ("Attack", "Ground attack") rather than who did what. */
  readonly bareTitles: number;
  /** Extracted events whose title is longer than MAX_TITLE_CHARS. */
  readonly longTitles: number;
}

/** A title says who did what in about 60 characters (issue 11), the limit the titles are built to. */
export const MAX_TITLE_CHARS = MAX_TITLE_LENGTH;

const TYPE_WORDS: ReadonlySet<string> = new Set(EVENT_TYPES.map((t) => t.replace('-', ' ')));

/** A title that names only the kind of event: one word, or an event type as a phrase ("Ground attack"). */
export function isBareTitle(title: string): boolean {
  const words = title
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return words.length <= 1 || TYPE_WORDS.has(words.join(' '));
}

function dateOf(event: TimelineEvent, source: Source): EventDate {
  return source.date ?? event.date;
}

export function dateMatches(date: EventDate, gold: GoldEvent): boolean {
  return date.start === gold.date && (date.end ?? null) === (gold.date_end ?? null);
}

function holdsQuote(source: Source, article: string, quote: string): boolean {
  return isGoldArticle(source.article, article) && foldWhitespace(source.sentence).includes(foldWhitespace(quote));
}

function matchingSource(event: TimelineEvent, gold: GoldEvent): Source | null {
  return (
    event.sources.find((s) => holdsQuote(s, gold.article, gold.quote) && dateMatches(dateOf(event, s), gold)) ?? null
  );
}

/** Every gold actor stands for one of the event's actors; `exact`: and every event actor for a gold one. */
function actorsMatch(gold: readonly string[], actors: readonly string[], names: NameResolver, exact: boolean): boolean {
  const same = (a: string, b: string): boolean => sharesId(names.actorIds(a), names.actorIds(b));
  const covered = gold.every((g) => actors.some((a) => same(g, a)));
  return exact ? covered && actors.every((a) => gold.some((g) => same(g, a))) : covered;
}

function placeMatches(gold: string | null, location: string | null, names: NameResolver): boolean {
  if (gold === null || location === null) return gold === location;
  return sharesId(names.placeIds(gold), names.placeIds(location));
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

export function scoreEvents(
  events: readonly TimelineEvent[],
  gold: GoldFile,
  names: NameResolver = PLAIN_NAMES,
): Score {
  const assigned = new Set<TimelineEvent>();
  const matchedAny = new Set<TimelineEvent>();
  const assignedToRequired = new Set<TimelineEvent>();
  const golds: GoldOutcome[] = gold.events.map((g) => {
    const matching = events.filter((e) => matchingSource(e, g) !== null);
    for (const e of matching) matchedAny.add(e);
    const event = matching[0] ?? null;
    if (event !== null) {
      assigned.add(event);
      if (g.optional !== true) assignedToRequired.add(event);
    }
    let nearMiss: GoldOutcome['nearMiss'] = null;
    if (event === null) {
      for (const e of events) {
        const s = e.sources.find((src) => holdsQuote(src, g.article, g.quote));
        if (s !== undefined) {
          nearMiss = { source: s, date: dateOf(e, s) };
          break;
        }
      }
    }
    const actors = event?.actors ?? [];
    const actorsRight = event !== null && actorsMatch(g.actors, actors, names, false);
    const placeRight = event !== null && placeMatches(g.location, event.location?.name ?? null, names);
    return {
      gold: g,
      event,
      nearMiss,
      actorsRight,
      actorsExact: event !== null && actorsMatch(g.actors, actors, names, true),
      placeRight,
      typeRight: event !== null && event.type === g.type,
      factsRight: actorsRight && placeRight,
    };
  });

  const outcomes: EventOutcome[] = events.map((event) => {
    if (assignedToRequired.has(event)) return { event, verdict: 'true-positive' };
    if (assigned.has(event)) return { event, verdict: 'optional' };
    // Matches a gold event another event already took: a duplicate, unless that gold event is optional.
    const matchesOnlyOptional = gold.events.every((g) => g.optional === true || matchingSource(event, g) === null);
    if (matchedAny.has(event)) return { event, verdict: matchesOnlyOptional ? 'optional' : 'duplicate' };
    const reportsOptional = gold.events.some(
      (g) => g.optional === true && event.sources.some((s) => holdsQuote(s, g.article, g.quote)),
    );
    return { event, verdict: reportsOptional ? 'optional' : 'false-positive' };
  });

  const never: NeverViolation[] = [];
  for (const n of gold.never) {
    for (const event of events) {
      if (event.sources.some((s) => holdsQuote(s, n.article, n.quote)))
        never.push({ quote: n.quote, article: n.article, event });
    }
  }

  const required = golds.filter((g) => g.gold.optional !== true);
  const found = required.filter((g) => g.event !== null);
  const tp = outcomes.filter((o) => o.verdict === 'true-positive').length;
  const fp = outcomes.filter((o) => o.verdict === 'false-positive' || o.verdict === 'duplicate').length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(found.length, required.length);
  const mission = golds.filter((g) => g.gold.mission === true);
  return {
    golds,
    events: outcomes,
    never,
    truePositives: tp,
    falsePositives: fp,
    precision,
    recall,
    sentenceFound: required.filter((g) => g.event !== null || g.nearMiss !== null).length,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    missionFound: mission.filter((g) => g.event !== null).length,
    missionTotal: mission.length,
    actorsRightRate: ratio(found.filter((g) => g.actorsRight).length, found.length),
    actorsExactRate: ratio(found.filter((g) => g.actorsExact).length, found.length),
    placeRightRate: ratio(found.filter((g) => g.placeRight).length, found.length),
    typeRightRate: ratio(found.filter((g) => g.typeRight).length, found.length),
    factsRightRate: ratio(found.filter((g) => g.factsRight).length, found.length),
    bareTitles: events.filter((e) => isBareTitle(e.title)).length,
    longTitles: events.filter((e) => e.title.length > MAX_TITLE_CHARS).length,
  };
}
