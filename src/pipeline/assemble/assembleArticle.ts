/**
 * Per article: sentences and date mentions in, event candidates out. Each dated clause of a sentence becomes
 * one candidate with its actors, place, type and title, read from the narrowest part of the sentence that
 * names them: the clause around the date, then the dated clause, then the rest of the sentence, then what
 * earlier sentences said when the clause refers back ("the city", "the strike", "the group").
 */
import type { Article, Location } from '../../model/index.ts';
import type {
  ActorMention,
  DateMention,
  EventTypeMatch,
  PlaceMention,
  ReferenceDate,
  Sentence,
  Span,
} from '../types.ts';
import { reporterAsTarget } from '../actors/reporterAsTarget.ts';
import { agentOf } from './agent.ts';
import {
  eventNounReferredTo,
  groupReference,
  kindsForGroupNoun,
  mentionsEventNoun,
  pronounSubject,
} from './anaphora.ts';
import type { EventCandidate } from './candidate.ts';
import { choosePlace, isDestination } from './choosePlace.ts';
import { inDescribingClause, placedByOwnWords } from './statementPlace.ts';
import { articleCity, cityOfPart } from './placeCityPart.ts';
import { whereAntecedent } from './placeRelative.ts';
import {
  antecedentPlace,
  facilityNounReferredTo,
  facilityPlace,
  placeNounReferredTo,
  SETTLEMENT_NOUNS,
} from './placeAnaphora.ts';
import { chooseTrigger } from './chooseTrigger.ts';
import { memoizeClassify } from './classifyMemo.ts';
import { clauseLayout, type ClauseLayout } from './clauseLayout.ts';
import { splitDatedClauses, type DatedClause } from './clauses.ts';
import { datelineOf } from './dateline.ts';
import { eventDateOf } from './eventDate.ts';
import {
  contentView,
  findReportFrame,
  isHypothetical,
  pronounAgent,
  reporterNames,
  type ReportFrame,
} from './reportedSpeech.ts';
import type { Stages } from './stages.ts';
import { prepositionBefore, titleFor } from './title.ts';
import { targetState } from './targetState.ts';
import { typedByVictims } from './victims.ts';

export interface ArticleInput {
  readonly article: Article;
  readonly reference: ReferenceDate;
  /** Sentences of the kept (non-boilerplate) text, in order. */
  readonly sentences: readonly Sentence[];
}

/** What an earlier sentence established, for back-references. */
interface SentenceFacts {
  readonly sentence: Sentence;
  readonly actors: readonly string[];
  /** Who the sentence is about: the agent of its first event that names one, else the first actor it names. */
  readonly subject: string | null;
  readonly place: PlaceMention | null;
  /** Every place the sentence names, for carrying the story's area to sentences that name none. */
  readonly named: readonly PlaceMention[];
}

/** What the article said before the clause being read. */
interface Discourse {
  readonly facts: readonly SentenceFacts[];
  readonly places: readonly PlaceMention[];
  readonly actors: readonly ActorMention[];
  /** Every actor the article names anywhere, before or after: who takes part in its story. */
  readonly parties: ReadonlySet<string>;
  /** The city the article names most: where a part of a city it names lies (placeCityPart.ts). */
  readonly city: () => PlaceMention | null;
}

/**
 * The discourse before one clause: the earlier sentences' names and those of its own sentence before it. The lists
 * are copied only for the rare clause that looks back (a copy per clause is quadratic); a class, so that making one
 * per clause costs no closures (an object literal with getters did, a tenth of the run-on article's own time in
 * assembleArticle).
 */
class DiscourseBefore implements Discourse {
  constructor(
    readonly facts: readonly SentenceFacts[],
    readonly parties: ReadonlySet<string>,
    readonly city: () => PlaceMention | null,
    private readonly placesSoFar: readonly PlaceMention[],
    private readonly actorsSoFar: readonly ActorMention[],
    private readonly sentencePlaces: readonly PlaceMention[],
    private readonly sentenceActors: readonly ActorMention[],
    private readonly clauseStart: number,
  ) {}

  get places(): readonly PlaceMention[] {
    return [...this.placesSoFar, ...this.sentencePlaces.filter((p) => p.end <= this.clauseStart)];
  }

  get actors(): readonly ActorMention[] {
    return [...this.actorsSoFar, ...this.sentenceActors.filter((a) => a.end <= this.clauseStart)];
  }
}

const SETTLEMENT_KINDS = new Set(['city', 'town', 'site']);

/**
 * The date mentions of a sentence. A date in the dateline ("BEIRUT, Dec 9 (Reuters) -") dates the report: it
 * dates the lead event only when the sentence gives no other date ("… captured the town on Monday" wins).
 */
function datedMentions(mentions: readonly DateMention[], sentence: Sentence): DateMention[] {
  const inSentence = mentions.filter((m) => within(m, sentence));
  const dateline = datelineOf(sentence);
  if (dateline === null) return inSentence;
  const outside = inSentence.filter((m) => !within(m, dateline));
  return outside.length > 0 ? outside : inSentence;
}

/** A clause that opens with a relative pronoun refers to the noun just before it. */
const RELATIVE_OPENER = /^[\s,]*(?:which|where|whom|that)\b/i;

/**
 * "Government forces retook Sirte in June and Derna in May": a clause with no verb of its own after "and" or
 * a comma shares the verb, the agent and the actors of the clause before it.
 */
const GAPPED_OPENER =
  /^[\s,;]*(?:and|or|then|as well as)?\s*(?:[\p{Lu}][\p{L}'\u2019-]*\s*){1,4}(?:in|on|by|since|during)?\s/u;

/**
 * "It seized Paletwa in January and took Buthidaung in May": a clause that opens with its verb after "and" (or a
 * comma) has the subject of the clause before.
 */
const SHARED_SUBJECT = /^[\s,;]*(?:and|then|but|before|after)?\s*(?:(?:later|then|also|again|subsequently)\s+)*$/i;

function shareSubject(text: string, previous: EventCandidate | undefined, current: EventCandidate): EventCandidate {
  if (previous?.agent == null || current.agent !== null || current.trigger === null) return current;
  if (previous.sentence.start !== current.sentence.start || current.trigger.start < current.reading.start)
    return current;
  if (!SHARED_SUBJECT.test(text.slice(current.reading.start, current.trigger.start))) return current;
  const agent = previous.agent;
  return retitled({ ...current, agent, actors: [agent, ...current.actors.filter((a) => a !== agent)] });
}

function shareGappedVerb(text: string, previous: EventCandidate | undefined, current: EventCandidate): EventCandidate {
  if (previous === undefined || previous.trigger === null || current.trigger !== null)
    return shareSubject(text, previous, current);
  if (previous.sentence.start !== current.sentence.start) return current;
  const clauseText = text.slice(current.clause.start, current.mention.start);
  if (!GAPPED_OPENER.test(clauseText) || /\b(?:is|are|was|were|has|have|had)\b/i.test(clauseText)) return current;
  const actors =
    current.actors.length > 0 && current.agent === null
      ? [...new Set([...previous.actors, ...current.actors])]
      : previous.actors;
  const shared = { ...current, type: previous.type, acled: previous.acled, agent: previous.agent, actors };
  // The verb stands in the clause before: the title says it by the type ("… retake Derna").
  return { ...shared, trigger: previous.trigger, title: titleFor({ ...shared, trigger: null }) };
}

function retitled(event: EventCandidate): EventCandidate {
  return { ...event, title: titleFor(event) };
}

function within(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * `mentions` with `extra` among them, in text order (a stable sort by start). Read for every clause: a sentence's
 * mentions are mostly in order already, and then are used as they are rather than copied and sorted per clause.
 */
function inTextOrder(mentions: readonly ActorMention[], extra: ActorMention | null): readonly ActorMention[] {
  let ordered = true;
  for (let i = 1; i < mentions.length && ordered; i++)
    ordered = (mentions[i - 1] as ActorMention).start <= (mentions[i] as ActorMention).start;
  if (extra === null && ordered) return mentions;
  const all = extra === null ? [...mentions] : [...mentions, extra];
  return all.sort((a, b) => a.start - b.start);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Canonical names in order of first mention, without repeats. */
function actorNames(mentions: readonly ActorMention[]): string[] {
  return [...new Set([...mentions].sort((a, b) => a.start - b.start).map((m) => m.actor))];
}

function toLocation(p: PlaceMention | null): Location | null {
  if (p === null) return null;
  const { name, lat, lon, country, countryCode, admin1 } = p.place;
  return { name, lat, lon, country, countryCode, admin1 };
}

export function assembleArticle(input: ArticleInput, stages: Stages): EventCandidate[] {
  const { article, reference, sentences } = input;
  const text = article.text;
  const mentions = stages.dates.findDateMentions(text, sentences, reference);
  // Each sentence's mentions in one pass over both sorted lists (filtering all mentions per sentence is
  // quadratic in a long article: issue 14).
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  let next = 0;
  const facts: SentenceFacts[] = [];
  const placesSoFar: PlaceMention[] = [];
  const actorsSoFar: ActorMention[] = [];
  const out: EventCandidate[] = [];

  // Read every sentence's names first: a clause may ask whether a state takes part anywhere in the story.
  const named = sentences.map((sentence) => ({
    actors: stages.lexicon.findActors(text, sentence),
    places: stages.lexicon.findPlaces(text, sentence),
  }));
  const parties: ReadonlySet<string> = new Set(named.flatMap((n) => n.actors.map((a) => a.actor)));
  let focusCity: PlaceMention | null | undefined;
  const city = (): PlaceMention | null => (focusCity ??= articleCity(named.map((n) => n.places)));

  for (const [index, sentence] of sentences.entries()) {
    const { actors, places } = named[index] as (typeof named)[number];
    while (next < byStart.length && (byStart[next] as DateMention).start < sentence.start) next += 1;
    let last = next;
    while (last < byStart.length && (byStart[last] as DateMention).start < sentence.end) last += 1;
    const dated = datedMentions(byStart.slice(next, last), sentence);
    const clauses = dated.length === 0 ? [] : splitDatedClauses(text, sentence, dated);
    const dates = sentenceDates(text, sentence, clauses);
    const layout = clauseLayout(clauses);
    // Where the last clause that found a place put it; the sentence's own choice is made only when none did (it
    // weighs every place of the sentence: for a run-on piece of many clauses, mostly work thrown away).
    let clausePlace: PlaceMention | null = null;
    const sentenceActors: string[] = actorNames(actors);
    let subject: string | null = null;

    // The clauses of a sentence ask the lexicon the same trigger questions again and again (classifyMemo.ts).
    const clauseStages: Stages =
      clauses.length === 0 ? stages : { ...stages, lexicon: memoizeClassify(stages.lexicon) };
    let previous: EventCandidate | undefined;
    for (const dc of clauses) {
      const discourse = new DiscourseBefore(
        facts,
        parties,
        city,
        placesSoFar,
        actorsSoFar,
        places,
        actors,
        dc.clause.start,
      );
      const read = readDatedClause(text, article.id, dc, layout, dates, actors, places, discourse, clauseStages);
      const event = shareGappedVerb(text, previous, read.event);
      previous = event;
      out.push(event);
      subject ??= event.agent;
      if (read.place !== null) clausePlace = read.place;
      for (const a of event.actors) if (!sentenceActors.includes(a)) sentenceActors.push(a);
      // Later clauses may refer back to a place this clause inherited.
      if (read.place !== null && !places.includes(read.place)) placesSoFar.push(read.place);
    }
    placesSoFar.push(...places);
    actorsSoFar.push(...actors);
    subject ??= sentenceSubject(text, sentence, actors, actorsSoFar, stages);
    const sentencePlace = clausePlace ?? choosePlace(text, places, [], actors);
    facts.push({ sentence, actors: sentenceActors, subject, place: sentencePlace, named: places });
  }
  return out;
}

/** The date expressions of a sentence, read once for all its clauses (a sentence may hold thousands). */
interface SentenceDates {
  readonly sentence: Sentence;
  /**
   * Places named inside any date expression belong to the anchor ("two days after Sirte's fall"); places in a
   * dateline are where the story was filed.
   */
  readonly spans: readonly Span[];
  /** Expressions counted from another event ("four days after the offensive"): their words name that event. */
  readonly anchored: readonly Span[];
  /** Who the sentence reports through, when it does ("…, the ministry said"): see reportedSpeech.ts. */
  readonly frame: ReportFrame | null;
}

function sentenceDates(text: string, sentence: Sentence, clauses: readonly DatedClause[]): SentenceDates {
  const all = clauses.flatMap((c) => c.mentions);
  const dateline = datelineOf(sentence);
  // A dateline ("BEIRUT, Dec 9 (Reuters) -") is no part of what the sentence reports.
  const body = dateline === null ? sentence : { start: dateline.end, end: sentence.end };
  return {
    sentence,
    spans: dateline === null ? all : [...all, dateline],
    anchored: all.filter((m) => m.tags.some((t) => t.startsWith('text-relative:'))),
    frame: all.length === 0 ? null : findReportFrame(text, body, all),
  };
}

/**
 * The parts of a dated clause that one reading looks at: the clause and its innermost part, the span a trigger is
 * chosen nearest to (the date, or where a reported clause starts when the date is the report's), and a trigger
 * decided beforehand (the reporting verb, when the saying is the event).
 */
interface ClauseView {
  readonly clause: Span;
  readonly local: Span;
  readonly anchor: Span;
  readonly trigger?: EventTypeMatch | null;
}

/**
 * Reads a dated clause, through its reporting frame when the sentence has one: the event is what was reported,
 * with the reported clause's own actors, and the reporter goes to `reportedBy`. When nothing that happened is
 * reported, the saying is the event only if it is news in itself (see `ReportingKind`); otherwise the candidate
 * keeps no trigger and the filter drops it as a report of nothing.
 */
function readDatedClause(
  text: string,
  articleId: string,
  dc: DatedClause,
  layout: ClauseLayout,
  dates: SentenceDates,
  actors: readonly ActorMention[],
  places: readonly PlaceMention[],
  discourse: Discourse,
  stages: Stages,
): { event: EventCandidate; place: PlaceMention | null } {
  const frame = dates.frame;
  const whole: ClauseView = { clause: dc.clause, local: dc.local, anchor: dc.mention };
  const read = (view: ClauseView, as: readonly ActorMention[], ps: readonly PlaceMention[]) =>
    readClause(text, articleId, dc, layout, dates, as, ps, discourse, stages, view);
  // A phrase after a frame in mid-sentence is the writer's again: its dates date what it says.
  if (frame === null || (frame.adjunct !== undefined && within(dc.mention, frame.adjunct)))
    return read(whole, actors, places);

  const byReporter = reporterActors(text, frame.reporter, actors, discourse, stages);
  const reportedBy = reporterNames(text, frame, byReporter);
  const view = contentView(frame, dc);
  // The saying may be an act in its own words, which the reported words only complete: "claimed the ambush" is
  // a claim of responsibility, "declared victory over ISIS in Mosul" is taking Mosul back. It is the dated
  // event when no clause break stands between it and the date.
  const actEnd = view?.clause.end ?? frame.cue.end;
  const act = stages.lexicon.classifyEvent(text, { start: frame.cue.start, end: actEnd }, byReporter);
  const datesAct = (a: Span): boolean =>
    a.end <= dc.mention.start && !/[,;:]/u.test(text.slice(a.end, dc.mention.start));
  if (act !== null && act.start === frame.cue.start && act.end > frame.cue.end && datesAct(act))
    return read({ ...whole, trigger: act }, actors, places);
  if (view !== null && !frame.nounObject) {
    // The reporter and the reporting verb are no part of what happened ("the defence ministry in Moscow said").
    const outside = (s: Span): boolean => !within(s, frame.reporter) && !overlaps(s, frame.cue);
    const reported = read(view, actors.filter(outside), places.filter(outside));
    const { trigger } = reported.event;
    if (trigger !== null && !isHypothetical(text, view.clause, trigger)) {
      const event = reported.event;
      // "The RSF said they had taken Wad Madani": the reported clause's pronoun subject is the reporter.
      const agent = event.agent ?? pronounAgent(text, view.clause, trigger, event, byReporter);
      const named = agent === null ? event.actors : [agent, ...event.actors.filter((a) => a !== agent)];
      // "Chad said Sudanese troops had shelled its border posts": the speaker is the side attacked.
      const hit = reporterAsTarget(text, view.clause, trigger, agent, actorNames(byReporter));
      const names = hit === null || named.includes(hit) ? named : [...named, hit];
      return { event: retitled({ ...event, agent, actors: names, reportedBy }), place: reported.place };
    }
  }
  // Nothing reported happened. The saying is the event when it is an act (an announcement, a declaration, an
  // order), when it announces an act to come ("said it would resume attacks": a threat), or when it states that
  // something is or was so ("confirmed that …", "said it had moved troops out"); not when it says nothing
  // ("the army said on Monday") or nothing that happens ("said it would consider the proposal").
  const content = view?.clause ?? null;
  const said = content !== null && content.end > content.start;
  const intent =
    said && isHypothetical(text, content, { start: Math.min(content.end, content.start + 60), end: content.end });
  const threat = said && intent && stages.lexicon.classifyEvent(text, content, []) !== null;
  if (frame.kind === 'act' || threat || (said && !intent)) {
    const cueTrigger = stages.lexicon.classifyEvent(text, frame.cue, byReporter);
    // Where the speaker is ("Lima said", "officials in Kinshasa said") is not where what is said applies.
    const unspoken = places.filter((p) => !within(p, frame.reporter));
    return read(cueTrigger === null ? whole : { ...whole, trigger: cueTrigger }, actors, unspoken);
  }
  const nothing = read({ ...whole, trigger: null }, [], []);
  return { event: { ...nothing.event, actors: [], agent: null, location: null, reportedBy }, place: null };
}

/**
 * The actors of a report's speaker: those named there, else the group a back-reference stands for ("The movement
 * said its fighters attacked …": the group named before, whose fighters they are).
 */
function reporterActors(
  text: string,
  reporter: Span,
  actors: readonly ActorMention[],
  discourse: Discourse,
  stages: Stages,
): readonly ActorMention[] {
  const named = actors.filter((a) => within(a, reporter));
  const kindOf = stages.lexicon.actorKind;
  const ref = named.length === 0 && kindOf !== undefined ? groupReference(text, reporter) : null;
  if (ref === null || kindOf === undefined) return named;
  const antecedent = groupAntecedent(ref.noun, discourse.actors, kindOf, discourse.facts);
  if (antecedent === undefined) return named;
  return [{ start: ref.start, end: ref.end, text: text.slice(ref.start, ref.end), actor: antecedent.actor }];
}

function readClause(
  text: string,
  articleId: string,
  dc: DatedClause,
  layout: ClauseLayout,
  dates: SentenceDates,
  sentenceActors: readonly ActorMention[],
  places: readonly PlaceMention[],
  discourse: Discourse,
  stages: Stages,
  view: ClauseView,
): { event: EventCandidate; place: PlaceMention | null } {
  const { clause, local, anchor } = view;
  const { mention } = dc;
  const clauseText = text.slice(clause.start, clause.end);

  // "the group", "the terrorist organization": the last non-state actor named before stands in for it.
  const groupRef = groupReference(text, clause);
  // Only when the clause names no group the noun could be itself: "the group's leader, Abu Bakr …" already says
  // whose, but "the group attacked Chadian troops" names only its target, a state.
  const kindOf = stages.lexicon.actorKind;
  let standIn: ActorMention | null = null;
  if (groupRef !== null && kindOf !== undefined && !namesGroupOfNoun(sentenceActors, clause, groupRef.noun, kindOf)) {
    const antecedent = groupAntecedent(groupRef.noun, discourse.actors, kindOf, discourse.facts);
    if (antecedent !== undefined)
      standIn = {
        start: groupRef.start,
        end: groupRef.end,
        text: text.slice(groupRef.start, groupRef.end),
        actor: antecedent.actor,
      };
  }
  const actors = inTextOrder(sentenceActors, standIn);

  const inLocal = actors.filter((a) => within(a, local));
  const inClause = actors.filter((a) => within(a, clause));
  const own = inLocal.length > 0 ? inLocal : inClause;

  const trigger =
    view.trigger !== undefined
      ? view.trigger
      : typedByVictims(
          text,
          chooseTrigger(stages.lexicon, text, local, anchor, inLocal) ??
            (local.start === clause.start && local.end === clause.end
              ? null
              : chooseTrigger(stages.lexicon, text, clause, anchor, inClause)),
          clause,
          stages.lexicon,
        );
  const agent =
    agentOf(text, trigger, own, clause, trigger?.type === 'statement') ??
    (view.trigger === undefined ? pronounAntecedent(text, dates.sentence, trigger, discourse.facts) : null);
  // The clause's own actors; when it names none but by back-reference, the sentence's too (its other clauses
  // share the protagonists: "While the army retook X, the group seized it back"). A relative clause with no event
  // word borrows none: in "The movement, which formed last year, said its fighters attacked Russian positions" it
  // describes the movement, and would otherwise pass for a second event done by the other clause's actors.
  const named = own.filter((a) => a.start !== groupRef?.start);
  const beforeDate = text.slice(clause.start, mention.start);
  const describesItsNoun = trigger === null && RELATIVE_OPENER.test(beforeDate.slice(beforeDate.lastIndexOf(',') + 1));
  let names = actorNames(named.length > 0 || describesItsNoun ? own : [...own, ...actors]);
  if (agent !== null) names = [agent, ...names.filter((n) => n !== agent)];

  const { sentence, spans: dateSpans, anchored } = dates;
  const ownWordsOnly = trigger !== null && placedByOwnWords(trigger);
  // "The MEF, which says it fights for settlers driven off Guadalcanal, declared war …": a relative clause that
  // describes the speaker is none of the statement's words.
  const ownPlace = (p: PlaceMention): boolean => !ownWordsOnly || !inDescribingClause(text, clause, mention, p);
  const inVerbPhrase = (p: PlaceMention): boolean => trigger === null || !afterNextVerb(text, trigger, p);
  const inLocalPlaces = places.filter((p) => within(p, local) && ownPlace(p) && inVerbPhrase(p));
  const inClausePlaces = places.filter((p) => within(p, clause) && ownPlace(p));
  const restOfSentence = layout.outsideOthers(dc, places);
  let place =
    whereAntecedent(text, clause, mention, inClausePlaces) ??
    choosePlace(text, inLocalPlaces, dateSpans, actors, false) ??
    choosePlace(text, inClausePlaces, dateSpans, actors, false);
  // "stormed the camp": where the camp named before is, else where the story is (placeAnaphora.ts). Before
  // "the city", which in the same clause mostly locates the facility ("the airport on the city's outskirts").
  const facilityNoun = place === null ? facilityNounReferredTo(clauseText) : null;
  if (facilityNoun !== null)
    place =
      facilityPlace(facilityNoun, discourse.facts) ??
      establishedPlace(text, sentence, discourse.facts, (_text, fact) => fact.place);
  const placeNoun = placeNounReferredTo(clauseText);
  if (place === null && placeNoun !== null) place = antecedentPlace(placeNoun, discourse.places, text);
  // "seized the bridges into the city centre, … leave the country": the town "the city" refers back to is finer
  // than the country the clause names.
  else if (place?.place.kind === 'country' && placeNoun !== null && SETTLEMENT_NOUNS.has(placeNoun))
    place = antecedentPlace(placeNoun, discourse.places, text) ?? place;
  // "Derna, which the militants seized in 2014": a relative clause is about the place right before it.
  if (place === null && RELATIVE_OPENER.test(clauseText)) {
    place = places.find((p) => p.end <= clause.start && clause.start - p.end <= 3) ?? null;
  }
  // A statement, an ultimatum or a claim is placed where what it declares applies, which only its own words
  // say: the rest of the sentence, the event it speaks of ("claimed the attack") and the story's place are
  // another event's (statementPlace.ts).
  // The rest of the sentence, outside the other dated clauses.
  if (!ownWordsOnly) place ??= choosePlace(text, restOfSentence, dateSpans, actors, false);

  // "The strike, which took place on Friday": the strike reported earlier, with its actors and place.
  // Words inside an expression dated from another event name that event ("four days after the offensive"),
  // not this one; a plain date stays ("Friday's strike" refers back to the strike).
  const eventNoun =
    eventNounReferredTo(blankSpans(text, local, anchored)) ??
    (sameSpan(local, clause) ? null : eventNounReferredTo(blankSpans(text, clause, anchored)));
  if (eventNoun !== null) {
    const antecedent = discourse.facts.findLast((f) => mentionsEventNoun(f.sentence.text, eventNoun));
    if (antecedent !== undefined) {
      names = [...new Set([...names, ...antecedent.actors])];
      if (!ownWordsOnly) place ??= antecedent.place;
    }
  }
  // Last resort: a landmark or destination named in the clause ("retreated towards the border").
  place ??=
    choosePlace(text, inClausePlaces, dateSpans, actors) ??
    (ownWordsOnly ? null : choosePlace(text, restOfSentence, dateSpans, actors));
  // A clause that names only where movers went ("the deal let the fighters move into Turkey") happened where
  // the story already was: the paragraph's place, else the article's.
  if (place === null && [...inClausePlaces, ...restOfSentence].some((p) => isDestination(text, p)))
    place = establishedPlace(text, sentence, discourse.facts);
  // "the Maré complex", "the Rocinha favela": a part of a city is reported at the city.
  if (place !== null) place = cityOfPart(text, place, places, discourse.city) ?? place;

  // "Indian warplanes struck sites in Pakistan": the state whose places a state attacks is the other side.
  const attacked = targetState(trigger, agent, names, inClausePlaces, clause, kindOf, discourse.parties);
  if (attacked !== null) names = [...names, attacked];

  const type = trigger?.type ?? 'other';
  const location = toLocation(place);
  // Only a place named in this sentence has a preposition worth repeating.
  const placePreposition = place !== null && within(place, sentence) ? prepositionBefore(text, place.start) : null;
  const event: EventCandidate = {
    article: articleId,
    sentence,
    clause: dc.clause,
    reading: clause,
    reportedBy: null,
    mention,
    date: eventDateOf(mention),
    type,
    trigger,
    acled: trigger?.acled ?? null,
    agent,
    actors: names,
    location,
    placePreposition,
    locationKind: place?.place.kind ?? null,
    title: '',
  };
  return { event: retitled(event), place };
}

/** ", and repelled", " and seized": a coordinated verb phrase opens (a past-tense verb after "and"). */
const NEXT_VERB = /\band\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|ought|ook|ew|ent)\b/u;

/**
 * "shot down two jets over the Cenepa valley and repelled an assault on the border post of Tiwintza": a place after
 * the next coordinated verb is that verb's, not the trigger's.
 */
function afterNextVerb(text: string, trigger: Span, p: Span): boolean {
  return p.start > trigger.end && NEXT_VERB.test(text.slice(trigger.end, p.start));
}

/** Whether the clause names an actor of a kind the group noun may stand for ("the militants": a jihadist group). */
function namesGroupOfNoun(
  actors: readonly ActorMention[],
  clause: Span,
  noun: string,
  kindOf: (actor: string) => string | undefined,
): boolean {
  const kinds = kindsForGroupNoun(noun);
  return actors.some((a) => within(a, clause) && kinds.includes(a.kind ?? kindOf(a.actor) ?? ''));
}

/**
 * The group a noun refers back to: among the groups named before of the kind the noun fits best ("the militants"
 * after ISIS and Kurdish forces: ISIS), the subject of the sentence before ("Boko Haram and its offshoot ISWAP
 * have attacked … In 2020, the group attacked …": that sentence was about Boko Haram), else the last one named.
 */
function groupAntecedent(
  noun: string,
  named: readonly ActorMention[],
  kindOf: (actor: string) => string | undefined,
  facts: readonly SentenceFacts[] = [],
): ActorMention | undefined {
  const before = [...named].reverse();
  const last = kindsForGroupNoun(noun)
    .map((kind) => before.find((a) => (a.kind ?? kindOf(a.actor)) === kind))
    .find((a) => a !== undefined);
  if (last === undefined) return undefined;
  const kind = last.kind ?? kindOf(last.actor);
  const subject = facts[facts.length - 1]?.subject ?? null;
  const asSubject = before.find((a) => a.actor === subject && (a.kind ?? kindOf(a.actor)) === kind);
  return asSubject ?? last;
}

/** How far into a sentence its subject may start: a few words ("The Russian defence ministry"). */
const SUBJECT_HEAD = 30;

/**
 * Who a sentence is about when none of its events names an agent: the actor, or the group referred back to ("The
 * group has swept through Rakhine"), that opens it; null when the sentence opens with something else.
 */
function sentenceSubject(
  text: string,
  sentence: Sentence,
  actors: readonly ActorMention[],
  before: readonly ActorMention[],
  stages: Stages,
): string | null {
  const start = datelineOf(sentence)?.end ?? sentence.start;
  const head = { start, end: Math.min(sentence.end, start + SUBJECT_HEAD) };
  const first = actors.find((a) => a.start >= start);
  if (first !== undefined && first.start < head.end) return first.actor;
  const ref = groupReference(text, head);
  if (ref === null || ref.start - start > 4 || stages.lexicon.actorKind === undefined) return null;
  return groupAntecedent(ref.noun, before, stages.lexicon.actorKind)?.actor ?? null;
}

/**
 * "The Arakan Army said it had captured Maungdaw. It seized Paletwa in January": a sentence that opens with a
 * pronoun subject ("It", "They", "Its fighters") continues the sentence before, and the pronoun stands for who
 * that sentence was about. Only a sentence-initial pronoun and only the sentence right before: further back, or
 * inside a sentence, a reader needs more than position to know whom it means.
 */
function pronounAntecedent(
  text: string,
  sentence: Sentence,
  trigger: Span | null,
  facts: readonly SentenceFacts[],
): string | null {
  if (trigger === null || trigger.start < sentence.start) return null;
  const dateline = datelineOf(sentence);
  const start = dateline === null ? sentence.start : dateline.end;
  if (trigger.start < start || !pronounSubject(text.slice(start, trigger.start))) return null;
  return facts[facts.length - 1]?.subject ?? null;
}

/** text[span] with the characters of `blanks` inside it replaced by spaces (offsets kept). */
function blankSpans(text: string, span: Span, blanks: readonly Span[]): string {
  let out = text.slice(span.start, span.end);
  for (const b of blanks) {
    const start = Math.max(b.start, span.start) - span.start;
    const end = Math.min(b.end, span.end) - span.start;
    if (end > start) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/** Where each blank line of the last text asked about ends, in order: read once, not per clause (issue 14). */
let paragraphBreaks: { readonly text: string; readonly ends: readonly number[] } | null = null;

/** Where the paragraph holding `at` starts: after the last blank line before it. */
function paragraphStart(text: string, at: number): number {
  if (paragraphBreaks?.text !== text)
    paragraphBreaks = { text, ends: [...text.matchAll(/\n[ \t]*\r?\n/g)].map((m) => m.index + m[0].length) };
  const { ends } = paragraphBreaks;
  // The last blank line that ends at or before `at` (one that runs past it is not before it).
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : (ends[lo - 1] as number);
}

/**
 * The place the story is at before `sentence`: where the last earlier sentence of the same paragraph was placed,
 * else where most earlier sentences of the article were placed (the first named on a tie); null when none was.
 * The place is carried at the level the text supports (see `carriedPlace`), or as it was (`carry`) for a thing
 * at that very spot ("the camp").
 */
function establishedPlace(
  text: string,
  sentence: Sentence,
  facts: readonly SentenceFacts[],
  carry: (text: string, fact: SentenceFacts & { place: PlaceMention }) => PlaceMention = carriedPlace,
): PlaceMention | null {
  const start = paragraphStart(text, sentence.start);
  const placed = facts.filter((f): f is SentenceFacts & { place: PlaceMention } => f.place !== null);
  const inParagraph = placed.filter((f) => f.sentence.start >= start);
  const last = inParagraph[inParagraph.length - 1];
  if (last !== undefined) return carry(text, last);
  const counts = new Map<string, { fact: SentenceFacts & { place: PlaceMention }; n: number }>();
  for (const f of placed) {
    const c = counts.get(f.place.place.name);
    if (c === undefined) counts.set(f.place.place.name, { fact: f, n: 1 });
    else c.n += 1;
  }
  let best: { fact: SentenceFacts & { place: PlaceMention }; n: number } | null = null;
  for (const c of counts.values()) if (best === null || c.n > best.n) best = c;
  return best === null ? null : carry(text, best.fact);
}

/**
 * A sentence that names no place of its own is only known to be in the area the story is in, not at the very
 * spot an earlier sentence named. So when that sentence placed a town inside a region or province it names right
 * after it ("the Qara area in the Qalamoun region", "Hit, a town in Anbar province"), the region is carried, as a
 * date is never made finer than the text states. A country is never carried in place of a town: it says too
 * little to place an event.
 */
function carriedPlace(text: string, fact: SentenceFacts & { place: PlaceMention }): PlaceMention {
  const town = fact.place;
  if (!SETTLEMENT_KINDS.has(town.place.kind)) return town;
  const area = fact.named.find(
    (p) =>
      (p.place.kind === 'region' || p.place.kind === 'province') &&
      p.place.country === town.place.country &&
      p.start >= town.end &&
      p.start - town.end <= 60 &&
      CONTAINED_IN.test(text.slice(town.end, p.start)),
  );
  return area ?? town;
}

/** What stands between a town and the area it lies in: "area in Syria's", ", a town in", ", the capital of". */
const CONTAINED_IN = /^[^.;:!?()]*\b(?:in|of)\b[^.;:!?()]*$/;
