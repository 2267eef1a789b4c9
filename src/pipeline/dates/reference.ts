/**
 * The article's reference date as chrono needs it. chrono reads relative expressions against an instant in a
 * zone; we give it noon UTC of the published day with `timezone: 0`, so "yesterday" is the published calendar
 * day minus one whatever zone the machine runs in.
 */
import type { ParsingReference } from 'chrono-node';
import type { ReferenceDate } from '../types.ts';
import { type CalendarDay, noonUtcOf, parseCalendarDay } from './calendarDay.ts';

/** The published day of a reference; throws on a malformed one (the caller validated front matter). */
export function referenceDay(reference: ReferenceDate): CalendarDay {
  const day = parseCalendarDay(reference.date);
  if (!day) throw new Error(`reference date is not YYYY-MM-DD: ${reference.date}`);
  return day;
}

export function toChronoReference(day: CalendarDay): ParsingReference {
  return { instant: noonUtcOf(day), timezone: 0 };
}

/**
 * How the reference is named in `resolvedAgainst`: "published 2016-12-28", or "publication date inferred as
 * 2016-12-28" when the article gave none.
 */
export function describeReference(reference: ReferenceDate): string {
  return reference.basis === 'published'
    ? `published ${reference.date}`
    : `publication date inferred as ${reference.date}`;
}
