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

/** Drafts in event order, each with its unique id (a repeat of the same first source gets `-2`, `-3`…). */
export function addressDrafts(drafts: readonly EventDraft[]): AddressedDraft[] {
  const ordered = drafts
    .map((draft): Ordered => {
      const sources = orderSources(draft.sources);
      return { draft, sources, id: clauseId(sources[0] as EventCandidate) };
    })
    .sort(compareOrdered);
  const ids = uniqueIds(ordered.map((o) => o.id));
  return ordered.map((o, i) => ({ id: ids[i] as string, draft: o.draft, corrected: [] }));
}

function eventOf(a: AddressedDraft, sources: readonly EventCandidate[]): TimelineEvent {
  const d = a.draft;
  return {
    id: a.id,
    date: d.date,
    type: d.type,
    title: d.title,
    actors: [...d.actors],
    location: d.location,
    sources: sources.map((s) => sourceOf(s, d.date)),
    ...(d.dateConflict ? { dateConflict: true } : {}),
    ...(d.acled === null ? {} : { acled: { eventType: d.acled.eventType, subEventType: d.acled.subEventType } }),
    ...(a.corrected.length === 0 ? {} : { corrected: a.corrected.map((c) => ({ ...c })) }),
  };
}

/** Addressed drafts → events, sorted again (a correction may have moved a date); ids kept, made unique. */
export function eventsOf(addressed: readonly AddressedDraft[]): TimelineEvent[] {
  const ordered = addressed
    .map((a) => ({ a, o: { draft: a.draft, sources: orderSources(a.draft.sources), id: a.id } }))
    .sort((x, y) => compareOrdered(x.o, y.o));
  const ids = uniqueIds(ordered.map((x) => x.a.id));
  return ordered.map((x, i) => eventOf({ ...x.a, id: ids[i] as string }, x.o.sources));
}

/** Events sorted by date (start, then end), then by first source; ids unique. */
export function toTimelineEvents(drafts: readonly EventDraft[]): TimelineEvent[] {
  return eventsOf(addressDrafts(drafts));
}
