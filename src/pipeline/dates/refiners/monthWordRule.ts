/**
 * Month words that are other words: lower-case "may" and "march" are verbs (news copy capitalises months); a
 * bare "May", "March", "June" or "August" with no temporal word before it is a name or a verb in a headline
 * ("Theresa May", "Thousands March Against War", "Russia May Retaliate"); a bare abbreviation ("Jan", "Mar") is
 * a name. With a day or a year beside it ("May 17", "March 2015") a month word is always a date.
 */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { isFullMonthName } from '../monthNames.ts';
import type { DropRule } from './nonDateFilter.ts';
import { hasTagPrefix } from './tagPrefix.ts';

const MONTH_WORD =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/gi;
/** Words that make a bare month name a date: "in May", "since March", "early June", "May and June". */
const TEMPORAL_BEFORE =
  /\b(?:in|since|by|until|till|from|to|through|throughout|during|of|early|mid|late|last|next|this|before|after|between|and|or|around|about|on|at|for|end|start|beginning|middle)[\s-]+$/i;
const NAME_LIKE_MONTHS = new Set(['may', 'march', 'june', 'august']);

/**
 * chrono may read "the March 14 alliance" as March 2014 (a two-digit year). In news a month name followed by
 * one or two digits is a day: this reading is dropped so that chrono's month-day reading of the same words
 * stands (this filter runs before chrono's overlap removal). "Sept. '14" keeps its apostrophe year.
 */
function isTwoDigitYearReading(r: ParsingResult, tags: ReadonlySet<string>): boolean {
  return tags.has('parser/ENMonthNameParser') && r.start.isCertain('year') && /(?<!['’])\b\d{1,2}$/.test(r.text.trim());
}

/**
 * "In April, 4th Division retook …": chrono joins the month and an ordinal after a comma into April 4. News copy
 * never puts a comma between a month and its day, so that reading is dropped and the month stands alone.
 */
function isDayAfterComma(r: ParsingResult, tags: ReadonlySet<string>): boolean {
  return tags.has('parser/ENMonthNameMiddleEndianParser') && /^[A-Za-z]+\.?\s*,\s*\w+$/.test(r.text.trim());
}

export const monthWordRule: DropRule = (context: ParsingContext, r: ParsingResult, tags) => {
  if (isTwoDigitYearReading(r, tags)) return 'month and two-digit year: a day in news copy';
  if (isDayAfterComma(r, tags)) return 'a number after "Month," belongs to what follows';
  for (const m of r.text.matchAll(MONTH_WORD)) {
    if (!/^[A-Z]/.test(m[1]!)) return 'lower-case month word';
  }
  const c = r.start;
  const ownResult = hasTagPrefix(tags, 'dates/');
  if (!c.isCertain('month') || c.isCertain('day') || c.isCertain('year') || ownResult) return null;
  const word = (/[A-Za-z]+/.exec(r.text.replace(/^(?:in|on|of)\s+/i, ''))?.[0] ?? '').toLowerCase();
  if (!isFullMonthName(word)) return 'bare month abbreviation';
  const before = context.text.slice(Math.max(0, r.index - 20), r.index);
  if (NAME_LIKE_MONTHS.has(word) && !TEMPORAL_BEFORE.test(before)) return 'month name without a temporal word';
  return null;
};
