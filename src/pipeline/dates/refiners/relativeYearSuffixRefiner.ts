/**
 * "on Sept. 30 last year", "in March this year", "Jan. 4 next year": a month (and day) followed by a year
 * named relative to publication. chrono reads two results; the year belongs to the date before it, so they become
 * one result whose year is the one "last year" names. (Precision stays the date's: "March this year" is a month.)
 */
import type { ParsingResult, Refiner } from 'chrono-node';

const RELATIVE_YEAR = /^(?:last|this|next)\s+year$/i;

export function createRelativeYearSuffixRefiner(): Refiner {
  return {
    refine(context, results) {
      const out: ParsingResult[] = [];
      for (let i = 0; i < results.length; i++) {
        const date = results[i]!;
        const year = results[i + 1];
        const between = year ? context.text.slice(date.index + date.text.length, year.index) : '';
        if (
          year &&
          !date.end &&
          date.start.isCertain('month') &&
          !date.start.isCertain('year') &&
          RELATIVE_YEAR.test(year.text) &&
          /^,?\s*$/.test(between)
        ) {
          const merged = context.createParsingResult(
            date.index,
            context.text.slice(date.index, year.index + year.text.length),
            date.start.clone().assign('year', year.start.get('year') ?? 0),
          );
          out.push(merged.addTags(date.tags()).addTags(year.tags()).addTag('dates/relativeYearSuffix'));
          i++;
          continue;
        }
        out.push(date);
      }
      return out;
    },
  };
}
