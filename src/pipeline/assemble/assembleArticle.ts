/**
 * Per article: sentences and date mentions in, event candidates out. Each dated clause of a sentence becomes
 * one candidate with its actors, place, type and title, read from the narrowest part of the sentence that
 * names them: the clause around the date, then the dated clause, then the rest of the sentence, then what
 * earlier sentences said when the clause refers back ("the city", "the strike").
 */
import type { Article, Location } from '../../model/index.ts';
import type { ActorMention, PlaceMention, ReferenceDate, Sentence, Span } from '../types.ts';
import { eventNounReferredTo, mentionsEventNoun, placeNounReferredTo, SETTLEMENT_NOUNS } from './anaphora.ts';
import type { EventCandidate } from './candidate.ts';
import { choosePlace } from './choosePlace.ts';
import { splitDatedClauses, type DatedClause } from './clauses.ts';
import { eventDateOf } from './eventDate.ts';
import type { Stages } from './stages.ts';
import { makeTitle } from './title.ts';

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
  readonly place: PlaceMention | null;
}

const SETTLEMENT_KINDS = new Set(['city', 'town', 'site']);

function within(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Canonical names in order of first mention, without repeats. */
function actorNames(mentions: readonly ActorMention[]): string[] {
  return [...new Set([...mentions].sort((a, b) => a.start - b.start).map((m) => m.actor))];
}

function toLocation(p: PlaceMention | null): Location | null {
  return p === null ? null : { name: p.place.name, lat: p.place.lat, lon: p.place.lon, country: p.place.country };
}

/** The first non-empty list among narrowing-to-widening choices. */
function firstNonEmpty<T>(...lists: ReadonlyArray<readonly T[]>): readonly T[] {
  return lists.find((l) => l.length > 0) ?? [];
}

export function assembleArticle(input: ArticleInput, stages: Stages): EventCandidate[] {
  const { article, reference, sentences } = input;
  const text = article.text;
  const mentions = stages.dates.findDateMentions(text, sentences, reference);
  const facts: SentenceFacts[] = [];
  /** Every place named so far, in text order: antecedents for "the city". */
  const placesSoFar: PlaceMention[] = [];
  const out: EventCandidate[] = [];

  for (const sentence of sentences) {
    const actors = stages.lexicon.findActors(text, sentence);
    const places = stages.lexicon.findPlaces(text, sentence);
    const dated = mentions.filter((m) => within(m, sentence));
    const clauses = dated.length === 0 ? [] : splitDatedClauses(text, sentence, dated);
    let sentencePlace: PlaceMention | null = choosePlace(text, places);
    const sentenceActors: string[] = actorNames(actors);

    for (const dc of clauses) {
      const candidate = readClause(text, article.id, sentence, dc, clauses, actors, places, facts, placesSoFar, stages);
      out.push(candidate.event);
      if (candidate.place !== null) sentencePlace = candidate.place;
      for (const a of candidate.event.actors) if (!sentenceActors.includes(a)) sentenceActors.push(a);
      // Later clauses of the same sentence may refer back to a place this clause inherited.
      if (candidate.place !== null && !places.includes(candidate.place)) placesSoFar.push(candidate.place);
    }
    placesSoFar.push(...places);
    facts.push({ sentence, actors: sentenceActors, place: sentencePlace });
  }
  return out;
}

function readClause(
  text: string,
  articleId: string,
  sentence: Sentence,
  dc: DatedClause,
  clauses: readonly DatedClause[],
  actors: readonly ActorMention[],
  places: readonly PlaceMention[],
  facts: readonly SentenceFacts[],
  placesSoFar: readonly PlaceMention[],
  stages: Stages,
): { event: EventCandidate; place: PlaceMention | null } {
  const { clause, local, mention } = dc;
  const inLocal = actors.filter((a) => within(a, local));
  const inClause = actors.filter((a) => within(a, clause));
  let names = actorNames(firstNonEmpty(inLocal, inClause, actors));

  // Places named inside any date expression belong to the anchor ("three days after Ramadi's capture").
  const dateSpans: readonly Span[] = clauses.map((c) => c.mention);
  const otherClauses = clauses.filter((c) => c !== dc).map((c) => c.clause);
  let place =
    choosePlace(text, places.filter((p) => within(p, local)), dateSpans) ??
    choosePlace(text, places.filter((p) => within(p, clause)), dateSpans);

  const clauseText = text.slice(clause.start, clause.end);
  const placeNoun = placeNounReferredTo(clauseText);
  if (place === null && placeNoun !== null) place = antecedentPlace(placeNoun, placesSoFar, places, clause);
  if (place === null) {
    // The rest of the sentence, outside the other dated clauses.
    place = choosePlace(text, places.filter((p) => !otherClauses.some((o) => overlaps(p, o))), dateSpans);
  }

  const eventNoun = eventNounReferredTo(text.slice(local.start, local.end)) ?? eventNounReferredTo(clauseText);
  if (eventNoun !== null) {
    const antecedent = [...facts].reverse().find((f) => mentionsEventNoun(f.sentence.text, eventNoun));
    if (antecedent !== undefined) {
      names = [...new Set([...names, ...antecedent.actors])];
      place ??= antecedent.place;
    }
  }

  const trigger =
    stages.lexicon.classifyEvent(text, local, inLocal) ?? stages.lexicon.classifyEvent(text, clause, inClause.length > 0 ? inClause : actors);
  const type = trigger?.type ?? 'other';
  const location = toLocation(place);
  const event: EventCandidate = {
    article: articleId,
    sentence,
    clause,
    mention,
    date: eventDateOf(mention),
    type,
    trigger,
    acled: trigger?.acled ?? null,
    actors: names,
    location,
    locationKind: place?.place.kind ?? null,
    title: makeTitle(type, names, location?.name ?? null, text.slice(local.start, local.end)),
  };
  return { event, place };
}

/**
 * The place "the city" refers to: the last one named before the clause (earlier in the sentence first), a
 * settlement when the noun names one.
 */
function antecedentPlace(
  noun: string,
  placesSoFar: readonly PlaceMention[],
  sentencePlaces: readonly PlaceMention[],
  clause: Span,
): PlaceMention | null {
  const before = [...placesSoFar, ...sentencePlaces.filter((p) => p.end <= clause.start)];
  const fits = (p: PlaceMention): boolean => !SETTLEMENT_NOUNS.has(noun) || SETTLEMENT_KINDS.has(p.place.kind);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const p = before[i] as PlaceMention;
    if (fits(p)) return p;
  }
  return null;
}

