/** Drafts → events.json events: sources in a fixed order, each source's own date when it differs, stable ids. */
import type { EventDate, Source, TimelineEvent } from '../../model/index.ts';
import { eventId, uniqueIds } from '../ids.ts';
import type { EventCandidate, EventDraft } from './candidate.ts';

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

function orderSources(sources: readonly EventCandidate[]): EventCandidate[] {
  return [...sources].sort(
    (a, b) =>
      byCodeUnits(a.article, b.article) || a.sentence.start - b.sentence.start || a.clause.start - b.clause.start,
  );
}

/** Events sorted by date (start, then end), then by first source; ids unique. */
export function toTimelineEvents(drafts: readonly EventDraft[]): TimelineEvent[] {
  const events = drafts.map((d): TimelineEvent => {
    const sources = orderSources(d.sources);
    const first = sources[0] as EventCandidate;
    return {
      id: eventId({
        article: first.article,
        sentenceStart: first.sentence.start,
        sentenceEnd: first.sentence.end,
        clauseStart: first.clause.start,
        date: first.date,
      }),
      date: d.date,
      type: d.type,
      title: d.title,
      actors: [...d.actors],
      location: d.location,
      sources: sources.map((s) => sourceOf(s, d.date)),
      ...(d.dateConflict ? { dateConflict: true } : {}),
      ...(d.acled === null ? {} : { acled: { eventType: d.acled.eventType, subEventType: d.acled.subEventType } }),
    };
  });
  events.sort(
    (a, b) =>
      byCodeUnits(a.date.start, b.date.start) ||
      byCodeUnits(a.date.end ?? '', b.date.end ?? '') ||
      byCodeUnits(a.sources[0]?.article ?? '', b.sources[0]?.article ?? '') ||
      (a.sources[0]?.start ?? 0) - (b.sources[0]?.start ?? 0) ||
      byCodeUnits(a.id, b.id),
  );
  const ids = uniqueIds(events.map((e) => e.id));
  return events.map((e, i) => ({ ...e, id: ids[i] as string }));
}
