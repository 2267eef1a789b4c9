/**
 * The chrono instance the date stage parses with: chrono's casual English configuration, cloned, with our
 * parsers put first and our refiners around chrono's. chrono finds expressions and says which components the
 * text states (known) versus fills in (implied); the year of a bare month and the direction of a bare weekday
 * are decided by resolveCalendar.ts, because chrono's forward/backward defaults are not a news reader's.
 *
 * Order matters:
 * - our parsers come first, so on an equal-length overlap ("last week") chrono's OverlapRemovalRefiner keeps ours;
 * - nonDateFilter runs before chrono's refiners, so a duration or a text-relative phrase is gone before chrono
 *   merges it with a neighbouring date ("three days after May 17" must leave "May 17" standing);
 * - "Sept. 30 last year" is joined after chrono's refiners (which never merge a date with "last year"), and the
 *   between-and range refiner runs last, after chrono's own range merging.
 *
 * Three of chrono's refiners are adapted. UnlikelyFormatFilter drops every all-digit result, which would drop the
 * years yearParser finds ("in 2019"), so it is kept but told to let those through; ENUnlikelyFormatFilter only
 * knows "May" after "in" and is dropped, because nonDateFilter judges month words with more context ("between
 * March and May", "since May"). ENEndOfPeriodRefiner is dropped because it makes "the end of December" the
 * 31st as a known day — a precision the text does not state ("end of December" stays the month). chrono does not
 * export these classes, so they are recognised by class name; tests/pipeline/dates/chronoConfig.test.ts fails if
 * a chrono upgrade renames them.
 */
import { Chrono, type Refiner, casual } from 'chrono-node';
import { createRelativeMonthNameParser } from './parsers/relativeMonthNameParser.ts';
import { createRelativePeriodParser } from './parsers/relativePeriodParser.ts';
import { createSeasonParser } from './parsers/seasonParser.ts';
import { createWeekParser } from './parsers/weekParser.ts';
import { createYearParser } from './parsers/yearParser.ts';
import { createBetweenAndRangeRefiner } from './refiners/betweenAndRangeRefiner.ts';
import { createNonDateFilter } from './refiners/nonDateFilter.ts';
import { createRelativeYearSuffixRefiner } from './refiners/relativeYearSuffixRefiner.ts';

export function createNewsChrono(): Chrono {
  const base = casual.clone();
  return new Chrono({
    parsers: [
      createRelativeMonthNameParser(),
      createRelativePeriodParser(),
      createWeekParser(),
      createSeasonParser(),
      createYearParser(),
      ...base.parsers,
    ],
    refiners: [
      createNonDateFilter(),
      ...adaptChronoRefiners(base.refiners),
      createRelativeYearSuffixRefiner(),
      createBetweenAndRangeRefiner(),
    ],
  });
}

/** Class names of chrono refiners this configuration adapts; exported for the upgrade test. */
export const ADAPTED_CHRONO_REFINERS = [
  'UnlikelyFormatFilter',
  'ENUnlikelyFormatFilter',
  'ENEndOfPeriodRefiner',
] as const;

function adaptChronoRefiners(refiners: readonly Refiner[]): Refiner[] {
  return refiners.flatMap((refiner): Refiner[] => {
    const name = refiner.constructor.name;
    if (name === 'ENUnlikelyFormatFilter' || name === 'ENEndOfPeriodRefiner') return [];
    if (name !== 'UnlikelyFormatFilter') return [refiner];
    return [
      {
        refine(context, results) {
          const kept = new Set(refiner.refine(context, results));
          return results.filter((r) => kept.has(r) || (r.tags().has('dates/year') && r.start.isValidDate()));
        },
      },
    ];
  });
}
