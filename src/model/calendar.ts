/**
 * All calendar arithmetic of the project, in one place and through date-fns on `UTCDate`, so that the machine's
 * zone (tests run in America/Los_Angeles) can never shift a day and no part keeps its own day counts. Calendar
 * days have no time and no zone; instants are UTC milliseconds. The pipeline resolves dates with it, the
 * contract checks date strings with it, and the app turns date strings into spans of time with it.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, addHours, addMonths, addYears, differenceInCalendarDays, getDaysInMonth, getDay } from 'date-fns';

export interface CalendarDay {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

/** Midnight UTC of a calendar day (any year, 0–99 included, which Date.UTC would map to 19xx). */
function toUtcDate(year: number, month: number, day: number): UTCDate {
  const out = new UTCDate(Date.UTC(2000, month - 1, day));
  out.setUTCFullYear(year, month - 1, day);
  return out;
}

function fromUtcDate(d: Date): CalendarDay {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Month lengths of a common year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Days in month `month` (1–12) of `year`, in the proleptic Gregorian calendar. The years and months a date
 * string can hold are counted here (the date stage asks for every date it reads, and a UTCDate per question was
 * most of resolving one); anything else goes through date-fns as before, with its answers (NaN for no month).
 */
export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && year >= 0 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
  }
  return getDaysInMonth(toUtcDate(year, month, 1));
}

/** Whether (year, month, day) names a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses `YYYY-MM-DD`; null when malformed or not a real day. */
export function parseCalendarDay(s: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

export function addCalendarDays(d: CalendarDay, n: number): CalendarDay {
  return fromUtcDate(addDays(toUtcDate(d.year, d.month, d.day), n));
}

/** Adds whole months; the day is clamped to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addCalendarMonths(d: CalendarDay, n: number): CalendarDay {
  return fromUtcDate(addMonths(toUtcDate(d.year, d.month, d.day), n));
}

/** Whole days from `a` to `b`: negative when `b` is before `a`. */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return differenceInCalendarDays(toUtcDate(b.year, b.month, b.day), toUtcDate(a.year, a.month, a.day));
}

/**
 * Noon UTC of a calendar day, as a plain Date: the instant that stays on that day in every zone from UTC−12 to
 * UTC+11, for parsers that read a reference instant (chrono).
 */
export function noonUtcOf(d: CalendarDay): Date {
  return new Date(addHours(toUtcDate(d.year, d.month, d.day), 12).getTime());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: CalendarDay): number {
  return getDay(toUtcDate(d.year, d.month, d.day));
}

/** Negative when a is before b, 0 when equal, positive after. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatDay(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** The UTC calendar day of an instant. */
export function calendarDayOf(instant: Date): CalendarDay {
  return fromUtcDate(instant);
}

/**
 * [first instant, instant just after the last) of a date string already known to be well formed (`2016`,
 * `2016-12`, `2016-12-27`): a year, a month or a day of time, in UTC milliseconds.
 */
export function dateStringSpan(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const start = toUtcDate(y, m ?? 1, d ?? 1);
  const end = m === undefined ? addYears(start, 1) : d === undefined ? addMonths(start, 1) : addDays(start, 1);
  return [start.getTime(), end.getTime()];
}
