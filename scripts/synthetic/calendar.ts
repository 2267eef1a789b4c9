/**
 * Synthetic dates are calendar dates with no zone, kept as day numbers (days since 1970-01-01) so that a corpus
 * can step through them; every conversion goes through the project's one calendar module (src/model/calendar.ts),
 * which never lets the machine's zone shift a day. This file adds only the names the generated prose uses.
 */
import {
  addCalendarDays,
  addCalendarMonths,
  daysBetween,
  formatDay,
  formatMonth,
  weekdayOf as weekdayNumberOf,
  type CalendarDay,
} from '../../src/model/calendar.ts';

export type { CalendarDay };

const EPOCH: CalendarDay = { year: 1970, month: 1, day: 1 };

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** AP style: months of five letters or fewer are spelled out, the others abbreviated with a period. */
export const MONTH_NAMES_AP = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
] as const;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function dayNumber(d: CalendarDay): number {
  return daysBetween(EPOCH, d);
}

export function calendarDay(dayNo: number): CalendarDay {
  return addCalendarDays(EPOCH, dayNo);
}

export function weekdayOf(dayNo: number): (typeof WEEKDAY_NAMES)[number] {
  return WEEKDAY_NAMES[weekdayNumberOf(calendarDay(dayNo))] as (typeof WEEKDAY_NAMES)[number];
}

export const isoDay = formatDay;
export const isoMonth = formatMonth;

/** The month `count` months before (year, month), as [year, month]. */
export function monthsBefore(year: number, month: number, count: number): [number, number] {
  const d = addCalendarMonths({ year, month, day: 1 }, -count);
  return [d.year, d.month];
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] as string;
}

export function monthNameAp(month: number): string {
  return MONTH_NAMES_AP[month - 1] as string;
}
