/**
 * Weekday look-alikes: chrono reads "Sun" (the newspaper), "Sat" (the verb), "wed" and other abbreviations as
 * weekdays. A weekday with no date beside it counts only as a full, capitalised name ("Friday", "on Sunday").
 */
import type { DropRule } from './nonDateFilter.ts';

const WEEKDAY_WORD = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b/gi;
const FULL_WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export const weekdayWordRule: DropRule = (_context, r) => {
  if (!r.start.isCertain('weekday') || r.start.isCertain('day')) return null;
  for (const m of r.text.matchAll(WEEKDAY_WORD)) {
    if (!FULL_WEEKDAY.test(m[0])) return 'weekday abbreviation or lower-case';
  }
  return null;
};
