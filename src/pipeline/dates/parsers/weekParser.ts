/**
 * "this week", "last week", "next week", "earlier this week", and weekends ("over the weekend", "last
 * weekend"). chrono turns "last week" into the day seven days back and "this week" into nothing certain, which
 * claims a precision the text does not give. This parser only marks the expression; resolveCalendar.ts turns it
 * into a day range (see weeks.ts) because the right range depends on the clause's tense.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';

const PATTERN = /\b(?:(earlier|later)\s+)?(?:(this|last|next|past|the)\s+)(week|weekend)\b/i;
const PART_GROUP = 1;
const MODIFIER_GROUP = 2;
const PERIOD_GROUP = 3;

export function createWeekParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const modifier = match[MODIFIER_GROUP]!.toLowerCase();
      const period = match[PERIOD_GROUP]!.toLowerCase();
      // "the past week" and "the week" are spans of time, not a calendar week; "the weekend" is one.
      if (period === 'week' && (modifier === 'past' || modifier === 'the')) return null;
      const ref = context.reference.instant;
      const result = context.createParsingResult(match.index ?? 0, match[0], {
        year: ref.getUTCFullYear(),
        month: ref.getUTCMonth() + 1,
        day: ref.getUTCDate(),
      });
      if (match[PART_GROUP]) result.addTag(`dates/periodPart:${match[PART_GROUP].toLowerCase()}`);
      return result.addTag(`dates/${period}:${modifier === 'past' || modifier === 'the' ? 'last' : modifier}`);
    },
  };
}
