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
import { Chrono, type Parser, type Refiner, casual } from 'chrono-node';
import { CALENDAR_CUE } from './dateCues.ts';
import { createHolidayParser } from './parsers/holidayParser.ts';
import { createOvernightParser } from './parsers/overnightParser.ts';
import { createRelativeMonthNameParser } from './parsers/relativeMonthNameParser.ts';
import { createRelativePeriodParser } from './parsers/relativePeriodParser.ts';
import { createSeasonParser } from './parsers/seasonParser.ts';
import { createWeekParser } from './parsers/weekParser.ts';
import { createYearParser } from './parsers/yearParser.ts';
import { createBetweenAndRangeRefiner } from './refiners/betweenAndRangeRefiner.ts';
import { createWeekdayPairRangeRefiner } from './refiners/weekdayPairRangeRefiner.ts';
import { createNonDateFilter } from './refiners/nonDateFilter.ts';
import { createRelativeYearSuffixRefiner } from './refiners/relativeYearSuffixRefiner.ts';

export function createNewsChrono(): Chrono {
  const { parsers, refiners } = newsConfiguration();
  return new Chrono({ parsers: parsers.map((p) => p.parser), refiners });
}

/** A parser with the cue kinds (dateCues.ts CALENDAR_CUE bits) of which a sentence must hold one to match it. */
interface CuedParser {
  readonly parser: Parser;
  readonly cues: number;
}

const ALL_CUES = Object.values(CALENDAR_CUE).reduce((a, b) => a | b, 0);

/**
 * Which cue each of chrono's casual English parsers needs, by class name (chrono does not export the classes);
 * each needs that kind of word somewhere in its pattern. A parser not listed (a chrono upgrade) runs on every
 * sentence with a cue, and tests/pipeline/dates/chronoParsersByCue.test.ts fails so that it gets listed.
 */
export const CHRONO_PARSER_CUES: Readonly<Record<string, number>> = {
  ENYearMonthDayParser: CALENDAR_CUE.digit,
  ISOFormatParser: CALENDAR_CUE.digit,
  SlashDateFormatParser: CALENDAR_CUE.digit,
  ENSlashMonthFormatParser: CALENDAR_CUE.digit,
  ENTimeExpressionParser: CALENDAR_CUE.digit,
  ENTimeUnitWithinFormatParser: CALENDAR_CUE.unitCount,
  ENTimeUnitAgoFormatParser: CALENDAR_CUE.unitCount,
  ENTimeUnitLaterFormatParser: CALENDAR_CUE.unitCount,
  ENTimeUnitCasualRelativeFormatParser: CALENDAR_CUE.unitCount,
  ENMonthNameLittleEndianParser: CALENDAR_CUE.month,
  ENMonthNameMiddleEndianParser: CALENDAR_CUE.month,
  ENMonthNameParser: CALENDAR_CUE.month,
  ENYearMonthNameParser: CALENDAR_CUE.month,
  // Weekday names, or "weekend" / "weekday" (which hold "week").
  ENWeekdayParser: CALENDAR_CUE.weekday | CALENDAR_CUE.period,
  ENCasualDateParser: CALENDAR_CUE.casual,
  ENCasualTimeParser: CALENDAR_CUE.casual,
  ENEndOfCurrentMonthParser: CALENDAR_CUE.period,
  ENRelativeDateFormatParser: CALENDAR_CUE.unitRelative,
};

function newsConfiguration(): { parsers: CuedParser[]; refiners: Refiner[] } {
  const base = casual.clone();
  return {
    parsers: [
      { parser: createRelativeMonthNameParser(), cues: CALENDAR_CUE.month },
      { parser: createRelativePeriodParser(), cues: CALENDAR_CUE.period },
      { parser: createWeekParser(), cues: CALENDAR_CUE.period },
      { parser: createSeasonParser(), cues: CALENDAR_CUE.season },
      // "overnight" holds "night", a casual cue.
      { parser: createOvernightParser(), cues: CALENDAR_CUE.casual },
      { parser: createHolidayParser(), cues: CALENDAR_CUE.holiday },
      { parser: createYearParser(), cues: CALENDAR_CUE.digit },
      ...base.parsers.map((parser) => ({ parser, cues: CHRONO_PARSER_CUES[parser.constructor.name] ?? ALL_CUES })),
    ],
    refiners: [
      createNonDateFilter(),
      ...adaptChronoRefiners(base.refiners),
      createRelativeYearSuffixRefiner(),
      createBetweenAndRangeRefiner(),
      // After chrono's refiners, like "between … and": two weekday results become one range.
      createWeekdayPairRangeRefiner(),
    ],
  };
}

/**
 * The news chrono cut to the parsers whose cue a sentence holds (dateCues.ts calendarCues), one instance per
 * set of cues, made on first use. It finds what the full instance finds: a parser left out could not have
 * matched, chrono runs parsers independently and sorts their results stably by position (the kept parsers keep
 * their order), and the refiners are the same.
 */
export function createCuedNewsChrono(): (cues: number) => Chrono {
  const { parsers, refiners } = newsConfiguration();
  const byCues = new Map<number, Chrono>();
  return (cues) => {
    let chrono = byCues.get(cues);
    if (chrono === undefined) {
      chrono = new Chrono({ parsers: parsers.filter((p) => (p.cues & cues) !== 0).map((p) => p.parser), refiners });
      byCues.set(cues, chrono);
    }
    return chrono;
  };
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
