/**
 * Seasons, as month ranges (northern hemisphere, meteorological: spring March–May, summer June–August, autumn
 * September–November, winter December–February):
 * - "last summer": the latest summer that had ended before the publication month (written July 2015 → June–
 *   August 2014; written October 2015 → June–August 2015);
 * - "this summer": the publication year's ("this winter": the one under way or, from July, the coming one);
 * - "next summer": the first one that starts after the publication month;
 * - "the summer of 2014", "summer 2014": that year's; "the winter of 2015" only the year 2015, since writers
 *   differ on which December it starts in.
 * chrono reads none of these; a bare "in the summer" is left alone because its year is a guess.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { withImpliedStart } from './impliedStart.ts';

const PATTERN =
  /\b(?:(last|this|next|past)\s+(spring|summer|autumn|fall|winter)|(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d\d))\b/i;
const MODIFIER_GROUP = 1;
const RELATIVE_SEASON_GROUP = 2;
const STATED_SEASON_GROUP = 3;
const YEAR_GROUP = 4;

/** First month of each season; every season lasts three months. */
const FIRST_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** The year in which the season named by `modifier` starts, read from the publication year and month. */
export function seasonStartYear(
  modifier: 'last' | 'this' | 'next',
  first: number,
  refYear: number,
  refMonth: number,
): number {
  // Month indexes counted from year 0, so that winter can run into the next year.
  const ref = refYear * 12 + (refMonth - 1);
  const startIn = (year: number): number => year * 12 + (first - 1);
  if (modifier === 'last') {
    let year = refYear;
    while (startIn(year) + 2 >= ref) year--; // its last month must be before the publication month
    return year;
  }
  if (modifier === 'next') {
    let year = refYear - 1;
    while (startIn(year) <= ref) year++; // it must start after the publication month
    return year;
  }
  // "this winter": the one under way (from January to June, the one that began last December), else the coming one.
  return first === 12 && refMonth <= 6 ? refYear - 1 : refYear;
}

export function createSeasonParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const season = (match[RELATIVE_SEASON_GROUP] ?? match[STATED_SEASON_GROUP] ?? '').toLowerCase();
      const first = FIRST_MONTH[season];
      if (first === undefined) return null;
      const ref = context.reference.instant;
      const modifier = match[MODIFIER_GROUP]?.toLowerCase();
      const year = match[YEAR_GROUP]
        ? Number(match[YEAR_GROUP])
        : seasonStartYear(
            modifier === 'past' ? 'last' : (modifier as 'last' | 'this' | 'next'),
            first,
            ref.getUTCFullYear(),
            ref.getUTCMonth() + 1,
          );
      // "winter 2015" is Dec. 2014–Feb. 2015 to some writers and Dec. 2015–Feb. 2016 to others: only the year is sure.
      if (match[YEAR_GROUP] && season === 'winter') {
        return withImpliedStart(context.createParsingResult(match.index ?? 0, match[0], { year })).addTag(
          'dates/season',
        );
      }
      const endIndex = year * 12 + (first - 1) + 2;
      const result = context.createParsingResult(
        match.index ?? 0,
        match[0],
        { year, month: first },
        { year: Math.floor(endIndex / 12), month: (endIndex % 12) + 1 },
      );
      return withImpliedStart(result).addTag(match[YEAR_GROUP] ? 'dates/season' : 'dates/relativeSeason');
    },
  };
}
