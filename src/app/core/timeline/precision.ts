/**
 * What stretch of time an event honestly covers: a day is a point, a month or a year a span over all of it, a
 * range runs from its first to its last unit, "since X" runs from X to the date the article was published (or is
 * left open when that is unknown), and "by X" ends at X with an open start. All instants are UTC milliseconds.
 */
import { dateStringSpan, type EventDate, type Precision } from '../../../model/index.ts';

export interface TimeExtent {
  /** First instant covered. */
  readonly start: number;
  /** Instant just after the last one covered. */
  readonly end: number;
  /** 'point' only for a single day with no qualifier; everything else is drawn as a span. */
  readonly shape: 'point' | 'span';
  /** The unit the date is known to: drawn less opaque the coarser it is. */
  readonly certainty: Precision;
  /** 'by X': the true start lies somewhere before X. */
  readonly openStart: boolean;
  /** 'since X' with no later date known: the state may still hold. */
  readonly openEnd: boolean;
}

/** `published` is the earliest publication date among the event's sources (YYYY-MM-DD) or null. */
export function eventExtent(date: EventDate, published: string | null): TimeExtent {
  // A single date's span gives both ends: one calendar computation instead of two (they are the index build's
  // costliest step per distinct date, a few thousand of them for 100,000 events).
  const first = dateStringSpan(date.start);
  const start = first[0];
  let end = date.end === undefined || date.end === date.start ? first[1] : dateStringSpan(date.end)[1];
  let openEnd = false;
  if (date.qualifier === 'since') {
    const until = published === null ? null : dateStringSpan(published)[1];
    if (until !== null && until > end) end = until;
    else openEnd = true;
  }
  const single = date.end === undefined || date.end === date.start;
  const shape = single && date.precision === 'day' && date.qualifier === undefined ? 'point' : 'span';
  return { start, end, shape, certainty: date.precision, openStart: date.qualifier === 'by', openEnd };
}
