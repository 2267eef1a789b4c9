import type { EventDate, EventType, Location } from '../../model/index.ts';
import type { AcledType, DateMention, EventTypeMatch, Sentence, Span } from '../types.ts';

/**
 * One dated clause of one sentence, read as an event: what assembly produces and the refiners filter and merge.
 * It keeps the spans it came from, so a refiner can explain itself and the source panel can show the sentence.
 */
export interface EventCandidate {
  /** Article id. */
  readonly article: string;
  readonly sentence: Sentence;
  /** The dated clause of the sentence this event was read from. */
  readonly clause: Span;
  /** The date expression the event's date comes from. */
  readonly mention: DateMention;
  readonly date: EventDate;
  readonly type: EventType;
  /** The trigger word that decided the type, or null when none was found (type 'other'). */
  readonly trigger: EventTypeMatch | null;
  readonly acled: AcledType | null;
  /** The actor that did it, when the clause says so (see agent.ts); then also first in `actors`. */
  readonly agent: string | null;
  /** Canonical actor names: the agent first, then in order of first mention. */
  readonly actors: readonly string[];
  readonly location: Location | null;
  /** The preposition the text puts before the place ("near", "from"), for the title; null when inherited. */
  readonly placePreposition: string | null;
  /** Kind of the chosen place (city, region, …), used when merging. */
  readonly locationKind: string | null;
  readonly title: string;
  /**
   * Who said it, when the sentence reports the event through someone ("…, the ministry said"): their canonical
   * actor names, else their words as written. Null when the sentence reports through no one.
   */
  readonly reportedBy: readonly string[] | null;
  /** The stretch of the sentence the event was read from: the clause, or the reported clause inside it. */
  readonly reading: Span;
}

/** An event on its way through the refiners: one or more candidates that report it. */
export interface EventDraft {
  readonly date: EventDate;
  readonly type: EventType;
  readonly title: string;
  readonly actors: readonly string[];
  readonly location: Location | null;
  readonly acled: AcledType | null;
  /** At least one; the first is the one the event's fields were taken from. */
  readonly sources: readonly EventCandidate[];
  /** True when the sources give incompatible dates. */
  readonly dateConflict: boolean;
}

export function draftOf(c: EventCandidate): EventDraft {
  return {
    date: c.date,
    type: c.type,
    title: c.title,
    actors: c.actors,
    location: c.location,
    acled: c.acled,
    sources: [c],
    dateConflict: false,
  };
}
