/**
 * "last June", "this March", "next September": a month named relative to the publication month. chrono reads
 * only the month name and would put "last June" in the coming June. A careful reader takes
 * - last M: the most recent M strictly before the publication month (written January 2015 → June 2014; written
 *   July 2016 → June 2016; written June 2016 → June 2015);
 * - next M: the first M strictly after the publication month;
 * - this M: M of the publication year.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { withImpliedStart } from './impliedStart.ts';
import { CAPITALISED_MONTH, isFullMonthName, monthNumber } from '../monthNames.ts';

const PATTERN = new RegExp(String.raw`\b(last|this|next)\s+(${CAPITALISED_MONTH})\b\.?`, 'i');
const MODIFIER_GROUP = 1;
const MONTH_GROUP = 2;

export function yearOfRelativeMonth(
  modifier: 'last' | 'this' | 'next',
  month: number,
  refYear: number,
  refMonth: number,
): number {
  if (modifier === 'last') return month < refMonth ? refYear : refYear - 1;
  if (modifier === 'next') return month > refMonth ? refYear : refYear + 1;
  return refYear;
}

export function createRelativeMonthNameParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const monthWord = match[MONTH_GROUP]!;
      // Month names are capitalised in news copy: "last march" is not a month.
      if (!/^[A-Z]/.test(monthWord)) return null;
      const month = monthNumber(monthWord);
      if (month === null) return null;
      const modifier = match[MODIFIER_GROUP]!.toLowerCase() as 'last' | 'this' | 'next';
      const ref = context.reference.instant;
      const year = yearOfRelativeMonth(modifier, month, ref.getUTCFullYear(), ref.getUTCMonth() + 1);
      // The trailing dot belongs to an abbreviation ("last Sept.") but ends the sentence after a full name.
      const text = match[0].endsWith('.') && isFullMonthName(monthWord) ? match[0].slice(0, -1) : match[0];
      return withImpliedStart(context.createParsingResult(match.index ?? 0, text, { year, month })).addTag(
        `dates/relativeMonthName:${modifier}`,
      );
    },
  };
}
