/** Drafts → events.json events: sources in a fixed order, each source's own date when it differs, stable ids. */
import type { CorrectionRecord, EventDate, Source, TimelineEvent } from '../../model/index.ts';
import { eventId, uniqueIds } from '../ids.ts';
import type { EventCandidate, EventDraft } from './candidate.ts';

/**
 * A draft with the id its event gets, and what the analyst's corrections changed on it. The id is given here,
 * before the corrections run, so that a correction can name the event the way events.json names it.
 */
export interface AddressedDraft {
  readonly id: string;
  readonly draft: EventDraft;
  readonly corrected: readonly CorrectionRecord[];
  /** The draft's sources in event order (see addressedDraft): a draft with other sources needs a new one. */
  readonly sources: readonly EventCandidate[];
}

function sameDate(a: EventDate, b: EventDate): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision && a.qualifier === b.qualifier;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sourceOf(c: EventCandidate, eventDate: EventDate): Source {
  return {
    article: c.article,
    sentence: c.sentence.text,
    start: c.sentence.start,
    end: c.sentence.end,
    dateText: c.mention.text,
    resolvedAgainst: c.mention.resolvedAgainst,
    ...(sameDate(c.date, eventDate) ? {} : { date: c.date }),
    ...(c.reportedBy === null || c.reportedBy.length === 0 ? {} : { reportedBy: [...c.reportedBy] }),
  };
}

export function orderSources(sources: readonly EventCandidate[]): EventCandidate[] {
  return [...sources].sort(
    (a, b) =>
      byCodeUnits(a.article, b.article) || a.sentence.start - b.sentence.start || a.clause.start - b.clause.start,
  );
}

/**
 * The id of one source's reading: its article, sentence, clause and date, and nothing of other articles. An
 * event's id is the clause id of its first source; each source keeps its own, so an event stays addressable by
 * any of them when another article's report of it sorts first.
 */
export function clauseId(c: EventCandidate): string {
  return eventId({
    article: c.article,
    sentenceStart: c.sentence.start,
    sentenceEnd: c.sentence.end,
    clauseStart: c.clause.start,
    date: c.date,
  });
}

interface Ordered {
  readonly draft: EventDraft;
  readonly sources: readonly EventCandidate[];
  readonly id: string;
}

/** Events sorted by date (start, then end), then by first source, then id. */
function compareOrdered(a: Ordered, b: Ordered): number {
  const fa = a.sources[0] as EventCandidate;
  const fb = b.sources[0] as EventCandidate;
  return (
    byCodeUnits(a.draft.date.start, b.draft.date.start) ||
    byCodeUnits(a.draft.date.end ?? '', b.draft.date.end ?? '') ||
    byCodeUnits(fa.article, fb.article) ||
    fa.sentence.start - fb.sentence.start ||
    byCodeUnits(a.id, b.id)
  );
}

const NO_CORRECTIONS: readonly CorrectionRecord[] = Object.freeze([]);

/** A draft with its id and corrections, and its sources put in order once. */
export function addressedDraft(
  id: string,
  draft: EventDraft,
  corrected: readonly CorrectionRecord[] = NO_CORRECTIONS,
): AddressedDraft {
  return { id, draft, corrected, sources: orderSources(draft.sources) };
}

/** Drafts in event order, each with its unique id (a repeat of the same first source gets `-2`, `-3`…). */
export function addressDrafts(drafts: readonly EventDraft[]): AddressedDraft[] {
  const ordered = drafts
    .map((draft): AddressedDraft => {
      const sources = orderSources(draft.sources);
      return { id: clauseId(sources[0] as EventCandidate), draft, corrected: NO_CORRECTIONS, sources };
    })
    .sort(compareOrdered);
  const ids = uniqueIds(ordered.map((o) => o.id));
  // Only a repeat of the same first source changes its id: the other objects are kept as they are.
  return ordered.map((o, i) => (o.id === ids[i] ? o : { ...o, id: ids[i] as string }));
}

function eventOf(a: AddressedDraft): TimelineEvent {
  const d = a.draft;
  return {
    id: a.id,
    date: d.date,
    type: d.type,
    title: d.title,
    actors: [...d.actors],
    location: d.location,
    sources: a.sources.map((s) => sourceOf(s, d.date)),
    ...(d.dateConflict ? { dateConflict: true } : {}),
    ...(d.acled === null ? {} : { acled: { eventType: d.acled.eventType, subEventType: d.acled.subEventType } }),
    ...(a.corrected.length === 0 ? {} : { corrected: a.corrected.map((c) => ({ ...c })) }),
  };
}

/** Addressed drafts → events, sorted again (a correction may have moved a date); ids kept, made unique. */
export function eventsOf(addressed: readonly AddressedDraft[]): TimelineEvent[] {
  const ordered = [...addressed].sort(compareOrdered);
  const ids = uniqueIds(ordered.map((a) => a.id));
  return ordered.map((a, i) => eventOf({ ...a, id: ids[i] as string }));
}

/** Events sorted by date (start, then end), then by first source; ids unique. */
export function toTimelineEvents(drafts: readonly EventDraft[]): TimelineEvent[] {
  // addressDrafts gives event order and unique ids already.
  return addressDrafts(drafts).map(eventOf);
}
