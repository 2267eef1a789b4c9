/**
 * A calendar day with no time and no zone, and the little arithmetic the date rules need. All arithmetic goes
 * through date-fns on `UTCDate`, so the machine's zone (tests run in America/Los_Angeles) can never shift a day.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, getDay } from 'date-fns';

export interface CalendarDay {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

/** Parses `YYYY-MM-DD`; null when malformed or not a real day. */
export function parseCalendarDay(s: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = toUtcDate({ year, month, day });
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
    ? { year, month, day }
    : null;
}

function toUtcDate(d: CalendarDay): UTCDate {
  const out = new UTCDate(Date.UTC(2000, d.month - 1, d.day));
  out.setUTCFullYear(d.year); // Date.UTC maps years 0–99 to 1900–1999
  return out;
}

function fromUtcDate(d: Date): CalendarDay {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addCalendarDays(d: CalendarDay, n: number): CalendarDay {
  return fromUtcDate(addDays(toUtcDate(d), n));
}

/** Adds whole months; the day is clamped to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addCalendarMonths(d: CalendarDay, n: number): CalendarDay {
  return fromUtcDate(addMonths(toUtcDate(d), n));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: CalendarDay): number {
  return getDay(toUtcDate(d));
}

/** Negative when a is before b, 0 when equal, positive after. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whether (year, month, day) names a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const probe = toUtcDate({ year, month, day });
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
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
