/**
 * "In the early hours of New Year's Day", "on Christmas Eve": holidays on a fixed day of the Western calendar are
 * that day of the month. The year is left to the reader of a bare month and day (resolveCalendar.ts: the latest
 * one by the publication date, or the next one in a future clause), or taken as written ("New Year's Day 1994").
 * Movable and national holidays (Easter, Eid, Independence Day) differ by year or country and are left alone.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';

const PATTERN = /\b(new\s+year['’]s\s+(?:day|eve)|christmas\s+(?:day|eve)|boxing\s+day)(?:,?\s+((?:19|20)\d\d))?\b/i;

const DAYS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/^new\s+year['’]s\s+day$/i, 1, 1],
  [/^new\s+year['’]s\s+eve$/i, 12, 31],
  [/^christmas\s+eve$/i, 12, 24],
  [/^christmas\s+day$/i, 12, 25],
  [/^boxing\s+day$/i, 12, 26],
];

export function createHolidayParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const name = match[1] ?? '';
      const day = DAYS.find(([re]) => re.test(name));
      if (day === undefined) return null;
      const year = match[2] === undefined ? {} : { year: Number(match[2]) };
      return context
        .createParsingResult(match.index ?? 0, match[0], { month: day[1], day: day[2], ...year })
        .addTag('dates/holiday');
    },
  };
}
