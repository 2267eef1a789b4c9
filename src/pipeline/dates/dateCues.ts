/**
 * Which sentences can hold a date chrono reads: most news sentences hold none, and chrono's parse costs about as
 * much on a sentence without a date (two dozen patterns tried over it, a context and the refiners set up) as on
 * one with. One cheap test decides whether a sentence goes to chrono at all.
 *
 * The test must never say no to a sentence on which chrono would find something: the output must be the same as
 * parsing every sentence. So it is not a list of the dates we like but a superset of what every pattern of the
 * parser list (ours and chrono's casual English ones, see chronoConfig.ts) can match; each part below names the
 * patterns it stands for and why it covers them. Every pattern of that list needs at least one of:
 * - a digit: years, numeric and ISO dates, slash dates, clock times, "3 days ago", "May 5" (digit part);
 * - a month name (or its abbreviation) standing as a word, with what chrono lets touch it: "in May", "Mayfirst",
 *   "firstof May", "5thMay";
 * - a weekday name, likewise ("onMonday", "lastFriday", "Monday of this week");
 * - a casual day or time word: now, today, tonight, tomorrow, yesterday, last night, overmorrow, tmr(w); morning,
 *   afternoon, evening, night, midnight, midday, noon;
 * - a season word (ours: "last summer", "summer of 2014");
 * - a fixed-day holiday (ours: "New Year's Day", "Christmas Eve");
 * - a time unit after a number word or a relative word (chrono's unit list includes one-letter abbreviations,
 *   so "lasts" is "last s", and "the" and "a" count as numbers): "a few weeks ago", "the next day", "last
 *   month", "this week", "end of month".
 * Hand-written because chrono has no "could anything match here" test; running its patterns is the cost saved.
 * tests/pipeline/dates/dateCues.test.ts checks that chrono's patterns still contain the word lists copied here
 * (so an upgrade that adds a word fails there) and that no sentence chrono reads is turned away.
 */

/**
 * chrono's NUMBER_PATTERN (en/constants.js) without what cannot change whether a match exists: the digits (a
 * digit alone already sends a sentence to chrono), the optional "a" before "couple" and " few" after "a". The
 * cue looks for a number right before a unit anywhere, so dropping an optional leading or trailing part only
 * widens it.
 */
const NUMBER = String.raw`(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half(?:\s{0,2}an?)?|an?\b|few|several|the|couple\s{0,2}(?:of)?)`;
/** chrono's TIME_UNIT_DICTIONARY keys, longest first as chrono tries them. */
const UNIT =
  'quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y';
/**
 * What chrono's time-unit patterns require after their last unit: a word end, or (the spaces being optional) the
 * word that ends them, itself ending a word ("3 days later", "the hour after", "2 weeks from now").
 */
const AFTER_UNIT = String.raw`(?=\W|$|(?:ago|before|earlier|later|after|from|henceforth|forward|out)(?![a-z]))`;

const MONTH =
  'september|february|november|december|january|october|august|march|april|sept|june|july|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec';
/** Ordinal words chrono reads as a day, which may touch a month name ("Mayfirst", "firstMay"). */
const ORDINAL =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';
/**
 * What may stand right before a month name in a chrono match: no letter, an ordinal's ending (st, nd, rd, th),
 * "of" ("first of May" with the spaces optional) or chrono's optional "in". (Written as a prefix, not a
 * lookbehind: V8 runs the prefix form about twice as fast here.)
 */
const BEFORE_MONTH = String.raw`(?:^|[^a-z]|st|nd|rd|th|of|in)`;

const WEEKDAY = String.raw`wednesday|thursday|saturday|tuesday|sunday|monday|thurs|friday|thur|sun|mon|tue|wed|thu|fri|sat`;
/** Before a weekday: no letter, or chrono's optional "on" / "this|last|past|next" with the space optional. */
const BEFORE_WEEKDAY = String.raw`(?:^|[^a-z]|on|this|last|past|next)`;
/** After a weekday: no letter, or chrono's optional "(of) this|last|past|next week" with the spaces optional. */
const AFTER_WEEKDAY = String.raw`(?:(?![a-z])|of|this|last|past|next)`;

/**
 * The kinds of cue, as bits. Each parser of the date stage needs one kind (chronoConfig.ts says which), so a
 * sentence is parsed only by the parsers whose cue it holds: a parser whose pattern cannot match adds nothing,
 * and chrono's own cost is running every pattern over the sentence.
 */
export const CALENDAR_CUE = {
  /** Years, numeric and ISO dates, slash dates, clock times. */
  digit: 1,
  /** Month names, with what may touch them. */
  month: 2,
  /** Weekday names, with what may touch them. */
  weekday: 4,
  /** Casual day and time words: today, yesterday, tonight, last night, morning, noon, … */
  casual: 8,
  season: 16,
  /** "week", "month", "year" (also inside "weekend", "weekday", "months"). */
  period: 32,
  /** A number (digits, a number word, "a", "the", "few", …) right before a time unit: "3 days ago", "them". */
  unitCount: 64,
  /** this / last / past / next / after right before a time unit: "last month", "lasts". */
  unitRelative: 128,
  /** A holiday on a fixed day (ours: "New Year's Day", "Christmas Eve", "Boxing Day"). */
  holiday: 256,
} as const;

const MONTH_CUE = String.raw`${BEFORE_MONTH}(?:${MONTH})(?:(?![a-z])|${ORDINAL})`;
const WEEKDAY_CUE = String.raw`${BEFORE_WEEKDAY}(?:${WEEKDAY})${AFTER_WEEKDAY}`;
const CASUAL_CUE = String.raw`(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|morning|afternoon|evening|night|midnight|midday|noon)(?![a-z])`;
const SEASON_CUE = 'spring|summer|autumn|fall|winter';
const PERIOD_CUE = 'week|month|year';
const UNIT_COUNT_CUE = String.raw`${NUMBER}\s{0,3}(?:${UNIT})${AFTER_UNIT}`;
const UNIT_RELATIVE_CUE = String.raw`(?:this|last|past|next|after)\s*(?:${UNIT})(?![a-z])`;
const HOLIDAY_CUE = String.raw`new\s+year|christmas|boxing\s+day`;

const DIGIT = /\d/;
/** Everything but the digits, which a first, simpler test finds faster. */
const WORD_CUE = new RegExp(
  [MONTH_CUE, WEEKDAY_CUE, CASUAL_CUE, SEASON_CUE, PERIOD_CUE, UNIT_COUNT_CUE, UNIT_RELATIVE_CUE, HOLIDAY_CUE].join(
    '|',
  ),
  'i',
);

/** False only when no pattern of the date stage's chrono can match anywhere in `sentence`. */
export function mayHoldCalendarDate(sentence: string): boolean {
  return DIGIT.test(sentence) || WORD_CUE.test(sentence);
}

const CUE_TESTS: ReadonlyArray<readonly [number, RegExp]> = [
  [CALENDAR_CUE.digit, DIGIT],
  [CALENDAR_CUE.month, new RegExp(MONTH_CUE, 'i')],
  [CALENDAR_CUE.weekday, new RegExp(WEEKDAY_CUE, 'i')],
  [CALENDAR_CUE.casual, new RegExp(CASUAL_CUE, 'i')],
  [CALENDAR_CUE.season, new RegExp(SEASON_CUE, 'i')],
  [CALENDAR_CUE.period, new RegExp(PERIOD_CUE, 'i')],
  // The digits count as a number here (chrono's NUMBER_PATTERN has them): "3 days", "24h".
  [CALENDAR_CUE.unitCount, new RegExp(String.raw`(?:\d|${NUMBER})\s{0,3}(?:${UNIT})${AFTER_UNIT}`, 'i')],
  [CALENDAR_CUE.unitRelative, new RegExp(UNIT_RELATIVE_CUE, 'i')],
  [CALENDAR_CUE.holiday, new RegExp(HOLIDAY_CUE, 'i')],
];

/**
 * The cue kinds `sentence` holds (CALENDAR_CUE bits; 0 when none). Tested one kind at a time, so only for
 * sentences that mayHoldCalendarDate lets through.
 */
export function calendarCues(sentence: string): number {
  let cues = 0;
  for (const [bit, re] of CUE_TESTS) if (re.test(sentence)) cues |= bit;
  return cues;
}

/** The word lists above, for the test that compares them with chrono's patterns. */
export const CUE_WORD_LISTS = { NUMBER, UNIT, MONTH, WEEKDAY, ORDINAL } as const;
