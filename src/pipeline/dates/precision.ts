/**
 * Precision is the finest unit the text states, never finer: "in March" is a month even though the year comes
 * from the reference; "Dec. 12" is a day; "in 2019" a year. These helpers order and format at a precision.
 */
import type { Precision } from '../../model/index.ts';
import { type CalendarDay, formatDay, formatMonth, formatYear } from './calendarDay.ts';

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** The coarser of two precisions. */
export function coarser(a: Precision, b: Precision): Precision {
  return RANK[a] <= RANK[b] ? a : b;
}

export function isAtLeast(p: Precision, required: Precision): boolean {
  return RANK[p] >= RANK[required];
}

export function formatAt(day: CalendarDay, precision: Precision): string {
  if (precision === 'year') return formatYear(day.year);
  if (precision === 'month') return formatMonth(day.year, day.month);
  return formatDay(day);
}

/** The finest stated precision given which components the text states. */
export function statedPrecision(stated: { year: boolean; month: boolean; day: boolean }): Precision | null {
  if (stated.day && stated.month) return 'day';
  if (stated.month) return 'month';
  if (stated.year) return 'year';
  return null;
}
