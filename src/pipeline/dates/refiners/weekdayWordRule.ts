/**
 * Weekday look-alikes: chrono reads "Sun" (the newspaper), "Sat" (the verb), "wed" and other abbreviations as
 * weekdays. A weekday with no date beside it counts only as a full, capitalised name ("Friday", "on Sunday"), and
 * not after "every" or "each": "protests are held every Friday" names a habit, not a day.
 */
import type { DropRule } from './nonDateFilter.ts';

const WEEKDAY_WORD = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b/gi;
const FULL_WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

const HABITUAL_BEFORE = /\b(?:every|each)\s+$/i;

export const weekdayWordRule: DropRule = (context, r) => {
  if (!r.start.isCertain('weekday') || r.start.isCertain('day')) return null;
  if (HABITUAL_BEFORE.test(context.text.slice(Math.max(0, r.index - 12), r.index))) return 'habitual ("every Friday")';
  for (const m of r.text.matchAll(WEEKDAY_WORD)) {
    if (!FULL_WEEKDAY.test(m[0])) return 'weekday abbreviation or lower-case';
  }
  return null;
};
