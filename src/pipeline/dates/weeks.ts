/**
 * Weeks and weekends as day ranges (weeks run Monday to Sunday, ISO 8601):
 * - "this week": Monday of the publication week through the publication day (news reports what has happened so
 *   far); in a future-tense clause ("will meet this week") the publication day through Sunday;
 * - "last week": Monday through Sunday of the week before; "next week": of the week after;
 * - "the weekend", "last weekend", "over the weekend": the latest Saturday–Sunday that started before the
 *   publication day; in a future-tense clause the first one starting on or after it, and "next weekend" the
 *   first one starting after it.
 * The range is stated in days, so the precision is 'day' with an end date.
 */
import type { Tense } from './tense.ts';
import { type CalendarDay, addCalendarDays, weekdayOf } from './calendarDay.ts';

export interface DayRange {
  readonly start: CalendarDay;
  readonly end: CalendarDay;
}

function mondayOf(day: CalendarDay): CalendarDay {
  return addCalendarDays(day, -((weekdayOf(day) + 6) % 7));
}

export function weekRange(modifier: 'this' | 'last' | 'next', tense: Tense, ref: CalendarDay): DayRange {
  const monday = mondayOf(ref);
  if (modifier === 'last') return { start: addCalendarDays(monday, -7), end: addCalendarDays(monday, -1) };
  if (modifier === 'next') return { start: addCalendarDays(monday, 7), end: addCalendarDays(monday, 13) };
  return tense === 'future' ? { start: ref, end: addCalendarDays(monday, 6) } : { start: monday, end: ref };
}

export function weekendRange(modifier: 'this' | 'last' | 'next', tense: Tense, ref: CalendarDay): DayRange {
  const toSaturday = (6 - weekdayOf(ref) + 7) % 7; // 0 when ref is a Saturday
  const forward = modifier === 'next' || (modifier !== 'last' && tense === 'future');
  const saturday = forward
    ? addCalendarDays(ref, modifier === 'next' && toSaturday === 0 ? 7 : toSaturday)
    : addCalendarDays(ref, toSaturday === 0 ? -7 : toSaturday - 7);
  return { start: saturday, end: addCalendarDays(saturday, 1) };
}
