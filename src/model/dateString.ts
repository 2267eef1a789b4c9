/**
 * Dates in events.json are strings at their precision: `2016`, `2016-12` or `2016-12-27`. They are calendar
 * dates with no time of day and no zone, so they are never serialized from `Date` objects.
 */
import { calendarDayOf, dateStringSpan, daysInMonth, formatDay, formatMonth, formatYear } from './calendar.ts';

export const PRECISIONS = ['year', 'month', 'day'] as const;
export type Precision = (typeof PRECISIONS)[number];

const PATTERN: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** The precision a date string is written at, or null when it is not one of the three forms (or no real day). */
export function precisionOf(date: string): Precision | null {
  // Dispatch on length so each string meets one pattern (this runs several times per event when events.json
  // is validated); only a day of 29–31 needs the calendar.
  switch (date.length) {
    case 4:
      return PATTERN.year.test(date) ? 'year' : null;
    case 7:
      return PATTERN.month.test(date) ? 'month' : null;
    case 10:
      if (!PATTERN.day.test(date)) return null;
      return isDayInMonth(date) ? 'day' : null;
    default:
      return null;
  }
}

function isDayInMonth(date: string): boolean {
  const day = Number(date.slice(8, 10));
  return day <= 28 || day <= daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

/** Formats the UTC calendar fields of `instant` at `precision`. */
export function formatDateAt(instant: Date, precision: Precision): string {
  const d = calendarDayOf(instant);
  if (precision === 'year') return formatYear(d.year);
  if (precision === 'month') return formatMonth(d.year, d.month);
  return formatDay(d);
}

/** The first instant (UTC midnight) covered by a date string; throws on a malformed one. */
export function startOfDateString(date: string): Date {
  if (precisionOf(date) === null) throw new Error(`not a date string: ${date}`);
  return new Date(dateStringSpan(date)[0]);
}

/** The instant just after the last one covered by a date string: the exclusive end of its span. */
export function endOfDateString(date: string): Date {
  if (precisionOf(date) === null) throw new Error(`not a date string: ${date}`);
  return new Date(dateStringSpan(date)[1]);
}
