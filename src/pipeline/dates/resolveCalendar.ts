/**
 * Turns one chrono result into a date value, using only what the text states (chrono's known components) plus
 * the news-reading rules for what it leaves out: bareDates.ts for a missing year or a bare weekday, weeks.ts for
 * weeks and weekends. chrono's implied values are never read, so chrono's forward/backward guesses never leak
 * into a result.
 *
 * A bare month written after a date with a stated year in the same sentence continues that date's story and
 * takes its year ("The war began on Feb. 24, 2022, and by March the front had stalled" → 2022-03; a month
 * before the stated one is the year after: "in November 2015 … by February" → 2016-02), unless that would put
 * the event after publication or the clause is in the future tense ("took the city in May 2015 and will leave in
 * December": the next December). Only the same sentence: a later sentence often returns to the present without
 * restating the year.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Precision } from '../../model/index.ts';
import type { DateValue } from '../types.ts';
import type { Tense } from './tense.ts';
import { type WeekdayModifier, dayOfBareWeekday, yearOfBareMonth } from './bareDates.ts';
import { type CalendarDay, addCalendarDays, compareDays, formatDay, isRealDay } from './calendarDay.ts';
import { formatAt, statedPrecision } from './precision.ts';
import { weekRange, weekendRange } from './weeks.ts';

/** Tag of a result whose year the text writes out ("May 2015", "in 2019", "Aug. 28, 2017"). */
export const STATED_TAG = 'stated';

/** What a resolution leaned on beyond the text of the expression itself. */
export type ResolutionBasis = 'stated' | 'reference' | 'sentence';

export interface CalendarResolution {
  readonly value: DateValue;
  readonly basis: ResolutionBasis;
  readonly tags: readonly string[];
}

/** A date with a stated year earlier in the same sentence. */
export interface SentenceYear {
  readonly year: number;
  readonly month: number | null;
}

export interface CalendarContext {
  /** The expression as it stands in the sentence (chrono's text, trimmed). */
  readonly text: string;
  readonly tense: Tense;
  readonly ref: CalendarDay;
  readonly sentenceYear: SentenceYear | null;
}

/** The context plus chrono's tags of the result (which parser found it). */
interface PointContext extends CalendarContext {
  readonly tags: ReadonlySet<string>;
}

interface Point {
  readonly day: CalendarDay;
  readonly precision: Precision;
  readonly basis: ResolutionBasis;
  readonly tag: string;
}

const known = (c: ParsedComponents, k: 'year' | 'month' | 'day' | 'weekday'): number | null =>
  c.isCertain(k) ? c.get(k) : null;

/** A four-digit year, or a two-digit span end ("2013-14"), written in the expression. */
const WRITTEN_YEAR = /\b\d{4}s?\b|\d{4}\s*[-–]\s*\d{2}\b|['’]\d{2}\b/;

function weekdayModifier(text: string): WeekdayModifier {
  const m = /^(?:on\s+)?(last|past|next|this)\s/i.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return word === 'past' ? 'last' : (word as WeekdayModifier);
}

function bareMonthYear(
  month: number,
  day: number | null,
  ctx: CalendarContext,
): { year: number; basis: ResolutionBasis } {
  const s = ctx.sentenceYear;
  if (s && ctx.tense !== 'future') {
    const year = s.month !== null && month < s.month ? s.year + 1 : s.year;
    if (compareDays({ year, month, day: day ?? 1 }, ctx.ref) <= 0) return { year, basis: 'sentence' };
  }
  return { year: yearOfBareMonth(month, day, ctx.tense, ctx.ref), basis: 'reference' };
}

/** Resolves one side of a result. `yearHint` is the other side's year, for ranges such as "March to May 2015". */
function resolvePoint(c: ParsedComponents, ctx: PointContext, yearHint: number | null): Point | null {
  const year = known(c, 'year');
  const month = known(c, 'month');
  const day = known(c, 'day');
  const weekday = known(c, 'weekday');
  if (year !== null) {
    const precision = statedPrecision({ year: true, month: month !== null, day: day !== null });
    if (!precision || (day !== null && month !== null && !isRealDay(year, month, day))) return null;
    // "yesterday", "3 days ago", "last month" have known components, but the reference supplied them.
    const relative = [...ctx.tags].some(
      (t) => t === 'result/relativeDate' || t.startsWith('casualReference/') || t.startsWith('dates/relative'),
    );
    const stated = !relative && WRITTEN_YEAR.test(ctx.text);
    return {
      day: { year, month: month ?? 1, day: day ?? 1 },
      precision,
      basis: stated ? 'stated' : 'reference',
      tag: stated ? STATED_TAG : 'relative-to-reference',
    };
  }
  if (month !== null) {
    const { year: y, basis } =
      yearHint !== null ? { year: yearHint, basis: 'stated' as const } : bareMonthYear(month, day, ctx);
    if (day !== null && !isRealDay(y, month, day)) return null;
    const tag =
      yearHint !== null
        ? 'year-from-range'
        : basis === 'sentence'
          ? 'year-from-sentence'
          : `bare-month:${ctx.tense === 'unknown' ? 'past' : ctx.tense}`;
    return { day: { year: y, month, day: day ?? 1 }, precision: day !== null ? 'day' : 'month', basis, tag };
  }
  if (weekday !== null) {
    const modifier = weekdayModifier(ctx.text);
    const tag = modifier ? `weekday:${modifier}` : ctx.tense === 'future' ? 'weekday:forward' : 'weekday:backward';
    return { day: dayOfBareWeekday(weekday, modifier, ctx.tense, ctx.ref), precision: 'day', basis: 'reference', tag };
  }
  if (/^this\s+(?:morning|afternoon|evening)$/i.test(ctx.text)) {
    return { day: ctx.ref, precision: 'day', basis: 'reference', tag: 'today' };
  }
  return null;
}

function weekTag(tags: ReadonlySet<string>): readonly ['week' | 'weekend', 'this' | 'last' | 'next'] | null {
  for (const t of tags) {
    const m = /^dates\/(week|weekend):(this|last|next)$/.exec(t);
    if (m) return [m[1] as 'week' | 'weekend', m[2] as 'this' | 'last' | 'next'];
  }
  return null;
}

/**
 * "from Friday to Sunday", "between Monday and Wednesday": a range of bare weekdays is read as one span of at
 * most a week. In a past (or tenseless) clause it ends on the latest such end day on or before publication; in
 * a future clause it starts on the first such start day on or after it.
 */
function weekdayRange(r: ParsedResult, ctx: PointContext): CalendarResolution | null {
  const onlyWeekday = (c: ParsedComponents): boolean =>
    c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month') && !c.isCertain('year');
  if (!r.end || !onlyWeekday(r.start) || !onlyWeekday(r.end)) return null;
  const from = r.start.get('weekday') ?? 0;
  const to = r.end.get('weekday') ?? 0;
  const length = (to - from + 7) % 7;
  const future = ctx.tense === 'future';
  const start = future
    ? dayOfBareWeekday(from, null, 'future', ctx.ref)
    : addCalendarDays(dayOfBareWeekday(to, null, 'past', ctx.ref), -length);
  const end = addCalendarDays(start, length);
  return {
    value: { start: formatDay(start), end: formatDay(end), precision: 'day' },
    basis: 'reference',
    tags: [future ? 'weekday:forward' : 'weekday:backward', 'range'],
  };
}

/** A slash date whose day and month could be swapped ("05/06/2016") is only certain to the year. */
function isAmbiguousSlashDate(r: ParsedResult): boolean {
  if (!r.tags().has('parser/SlashDateFormatParser')) return false;
  const m = r.start.get('month');
  const d = r.start.get('day');
  return m !== null && d !== null && m !== d && m <= 12 && d <= 12;
}

/** Years a date string can carry (YYYY); anything else is a misread number ("2013 years ago"). */
const isWritableYear = (year: number): boolean => year >= 1000 && year <= 9999;

export function resolveCalendar(r: ParsedResult, calendarContext: CalendarContext): CalendarResolution | null {
  const tags = r.tags();
  const ctx: PointContext = { ...calendarContext, tags };
  const week = weekTag(tags);
  if (week) {
    const [period, modifier] = week;
    const range =
      period === 'week' ? weekRange(modifier, ctx.tense, ctx.ref) : weekendRange(modifier, ctx.tense, ctx.ref);
    return {
      value: { start: formatDay(range.start), end: formatDay(range.end), precision: 'day' },
      basis: 'reference',
      tags: [`${period}:${modifier}`],
    };
  }
  const weekdays = weekdayRange(r, ctx);
  if (weekdays) return weekdays;
  const endYear = r.end?.isCertain('year') ? r.end.get('year') : null;
  const startMonth = known(r.start, 'month');
  const endMonth = r.end ? known(r.end, 'month') : null;
  // "November to February 2015": the start is in the year before the stated one.
  const startYearHint =
    endYear === null || r.start.isCertain('year')
      ? null
      : startMonth !== null && endMonth !== null && startMonth > endMonth
        ? endYear - 1
        : endYear;
  const start = resolvePoint(r.start, ctx, startYearHint);
  if (!start || !isWritableYear(start.day.year)) return null;
  const outTags = [start.tag];
  let precision = start.precision;
  if (isAmbiguousSlashDate(r)) {
    precision = 'year';
    outTags.push('ambiguous-day-month');
  }
  let end: string | undefined;
  if (r.end) {
    const endPoint = resolvePoint(r.end, ctx, r.end.isCertain('year') ? null : start.day.year);
    if (!endPoint) return null;
    let endDay = endPoint.day;
    // "November to February" without years: the end is in the year after the start.
    if (endYear === null && compareDays(endDay, start.day) < 0 && endDay.month < start.day.month) {
      endDay = { ...endDay, year: endDay.year + 1 };
    }
    if (!isWritableYear(endDay.year)) return null;
    end = formatAt(endDay, endPoint.precision);
    outTags.push('range');
  }
  for (const t of tags) {
    if (t.startsWith('dates/')) outTags.push(t.slice('dates/'.length));
  }
  const startText = formatAt(start.day, precision);
  if (end !== undefined && end < startText) return null;
  const value: DateValue = end === undefined ? { start: startText, precision } : { start: startText, end, precision };
  return { value, basis: start.basis, tags: outTags };
}
