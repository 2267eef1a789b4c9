/**
 * "earlier this year", "late last month", "last year", "later this month", "at the start of the year", "earlier
 * in the month": a year or month named relative to the publication date, with an optional part-of-period word
 * that belongs to the expression but does not make it finer ("late last month" is still the month). "the year"
 * counts only with a part word ("the end of the year"), since "in the year" alone is a span. chrono reads "last month" but leaves "late" out of the text and
 * reads "past year" (a duration) the same way; this parser covers the forms a news reader treats as dates.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { withImpliedStart } from './impliedStart.ts';

// prettier-ignore
const PATTERN = /\b(?:(earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+(?:in\s+)?)?(this|last|next|the)\s+(year|month)\b/i;
const PART_GROUP = 1;
const MODIFIER_GROUP = 2;
const PERIOD_GROUP = 3;

const SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

export function createRelativePeriodParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const modifier = match[MODIFIER_GROUP]!.toLowerCase();
      if (modifier === 'the' && !match[PART_GROUP]) return null;
      const shift = SHIFT[modifier] ?? 0;
      const ref = context.reference.instant;
      const result =
        match[PERIOD_GROUP]!.toLowerCase() === 'year'
          ? context.createParsingResult(match.index ?? 0, match[0], { year: ref.getUTCFullYear() + shift })
          : context.createParsingResult(match.index ?? 0, match[0], monthShifted(ref, shift));
      if (match[PART_GROUP]) result.addTag(`dates/periodPart:${match[PART_GROUP].toLowerCase().replace(/\s+/g, ' ')}`);
      return withImpliedStart(result).addTag('dates/relativePeriod');
    },
  };
}

function monthShifted(ref: Date, shift: number): { year: number; month: number } {
  const index = ref.getUTCFullYear() * 12 + ref.getUTCMonth() + shift;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
