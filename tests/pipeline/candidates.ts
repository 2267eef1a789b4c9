import type { EventCandidate } from '../../src/pipeline/assemble/candidate.ts';
import type { EventDate, EventType } from '../../src/model/index.ts';

let counter = 0;

/** A candidate with sensible defaults; each call gets its own sentence offsets unless given. */
export function candidate(
  over: Partial<EventCandidate> & { date: EventDate; article?: string; at?: number; type?: EventType },
): EventCandidate {
  counter += 1;
  const at = over.at ?? counter * 100;
  const sentenceText = over.sentence?.text ?? `Sentence number ${at} about the event.`;
  const sentence = over.sentence ?? { start: at, end: at + sentenceText.length, text: sentenceText };
  return {
    article: over.article ?? 'art',
    sentence,
    clause: over.clause ?? { start: sentence.start, end: sentence.end },
    reading: over.reading ?? over.clause ?? { start: sentence.start, end: sentence.end },
    reportedBy: over.reportedBy ?? null,
    mention: over.mention ?? {
      start: sentence.start,
      end: sentence.start + 4,
      text: 'date',
      value: { start: over.date.start, precision: over.date.precision },
      role: 'point',
      resolvedAgainst: 'published 2020-01-01',
      tags: [],
    },
    date: over.date,
    type: over.type ?? 'capture',
    trigger:
      over.trigger === undefined
        ? {
            start: sentence.start,
            end: sentence.start + 1,
            text: 'x',
            type: over.type ?? 'capture',
            acled: { eventType: 'E', subEventType: 'S' },
          }
        : over.trigger,
    acled: over.acled ?? null,
    agent: over.agent ?? null,
    actors: over.actors ?? ['ISIL'],
    location:
      over.location === undefined
        ? { name: 'Sirte', lat: 31, lon: 16, country: 'Libya', countryCode: 'LY', admin1: 'Surt' }
        : over.location,
    placePreposition: over.placePreposition ?? null,
    locationKind: over.locationKind ?? 'city',
    title: over.title ?? 'A title',
  };
}
