/**
 * The year of a date written without one, and the day of a bare weekday, as a careful news reader decides them
 * from the publication date and the tense of the clause (chrono's own forward/backward defaults are not used).
 *
 * Bare month (optionally with a day), written in a story published on R:
 * - past tense (or no tense cue: news reports what happened): the latest such date on or before R —
 *   "had retaken … in March" written Dec 2016 → 2016-03, written Feb 2017 → 2016-03;
 * - future tense: the first such date on or after R — "will vote in March" written Dec 2016 → 2017-03;
 * - present tense: the nearer of the two ("the talks are in March"), the past one on a tie.
 *
 * Bare weekday: backwards by default, the publication weekday itself included ("on Friday" in a Friday story is
 * that Friday, as AP style names today by its weekday); future tense moves forwards, again including the day
 * itself; "last Friday" is strictly before R and "next Friday" strictly after.
 */
import type { Tense } from './tense.ts';
import { type CalendarDay, addCalendarDays, weekdayOf } from './calendarDay.ts';

/** Year of month (and day, when given) relative to the reference. */
export function yearOfBareMonth(month: number, day: number | null, tense: Tense, ref: CalendarDay): number {
  const after = month > ref.month || (month === ref.month && day !== null && day > ref.day);
  const before = month < ref.month || (month === ref.month && day !== null && day < ref.day);
  if (tense === 'future') return before ? ref.year + 1 : ref.year;
  if (tense === 'present') {
    const monthsAhead = (month - ref.month + 12) % 12;
    if (monthsAhead === 0) return ref.year;
    return monthsAhead < 6 ? (after ? ref.year : ref.year + 1) : after ? ref.year - 1 : ref.year;
  }
  return after ? ref.year - 1 : ref.year;
}

export type WeekdayModifier = 'last' | 'next' | 'this' | null;

/** The day a weekday (0 = Sunday) names relative to the reference. */
export function dayOfBareWeekday(
  weekday: number,
  modifier: WeekdayModifier,
  tense: Tense,
  ref: CalendarDay,
): CalendarDay {
  const refWeekday = weekdayOf(ref);
  const back = (refWeekday - weekday + 7) % 7;
  const forward = (weekday - refWeekday + 7) % 7;
  if (modifier === 'last') return addCalendarDays(ref, -(back || 7));
  if (modifier === 'next') return addCalendarDays(ref, forward || 7);
  return tense === 'future' ? addCalendarDays(ref, forward) : addCalendarDays(ref, -back);
}
