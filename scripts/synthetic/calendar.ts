/**
 * Calendar arithmetic on whole UTC days. Synthetic dates are calendar dates with no zone, so they are kept as day
 * numbers (days since 1970-01-01) and converted with Date.UTC only; date-fns works in the local zone, which the
 * tests pin to America/Los_Angeles, and would shift days.
 */
export interface CalendarDay {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

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
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;
}

export function calendarDay(dayNo: number): CalendarDay {
  const t = new Date(dayNo * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function weekdayOf(dayNo: number): (typeof WEEKDAY_NAMES)[number] {
  // 1970-01-01 was a Thursday.
  return WEEKDAY_NAMES[(((dayNo + 4) % 7) + 7) % 7] as (typeof WEEKDAY_NAMES)[number];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function isoDay(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** The month `count` months before (year, month), as [year, month]. */
export function monthsBefore(year: number, month: number, count: number): [number, number] {
  const index = year * 12 + (month - 1) - count;
  return [Math.floor(index / 12), (index % 12) + 1];
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] as string;
}

export function monthNameAp(month: number): string {
  return MONTH_NAMES_AP[month - 1] as string;
}
