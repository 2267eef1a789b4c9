/**
 * "Troops raided the creeks overnight", "in an overnight raid": in news copy, overnight is the night before the
 * story was filed, dated by the publication day (the convention of every dev gold file, and how wire desks date
 * it). Beside a date of its own ("overnight on Friday", "…overnight, the ministry said on Sunday", "after
 * overnight fighting") it is that date's night: findDateMentions.ts then drops it and reads the other date.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';

const PATTERN = /\bovernight\b/i;
/** Marks the result, for the date stage to drop it when the sentence has another date (findDateMentions.ts). */
export const OVERNIGHT_TAG = 'dates/relativeOvernight';

export function createOvernightParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
      const ref = context.reference.instant;
      const day = { year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1, day: ref.getUTCDate() };
      return context.createParsingResult(match.index ?? 0, match[0], day).addTag(OVERNIGHT_TAG);
    },
  };
}
