/**
 * Turns one chrono result into a date value, using only what the text states (chrono's known components) plus
 * the news-reading rules for what it leaves out: bareDates.ts for a missing year or a bare weekday, weeks.ts for
 * weeks and weekends. chrono's implied values are never read, so chrono's forward/backward guesses never leak
 * into a result.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Precision } from '../../model/index.ts';
import type { DateValue } from '../types.ts';
import type { Tense } from './tense.ts';
import { type WeekdayModifier, dayOfBareWeekday, yearOfBareMonth } from './bareDates.ts';
import { type CalendarDay, formatDay, isRealDay } from './calendarDay.ts';
import { formatAt, statedPrecision } from './precision.ts';
import { weekRange, weekendRange } from './weeks.ts';

export interface CalendarResolution {
  readonly value: DateValue;
  /** True when the reference date supplied something the text left out (a year, a weekday's date, "yesterday"). */
  readonly usedReference: boolean;
  readonly tags: readonly string[];
}

interface Point {
  readonly day: CalendarDay;
  readonly precision: Precision;
  readonly usedReference: boolean;
  readonly tag: string;
}

const known = (c: ParsedComponents, k: 'year' | 'month' | 'day' | 'weekday'): number | null =>
  c.isCertain(k) ? c.get(k) : null;

function weekdayModifier(text: string): WeekdayModifier {
  const m = /^(?:on\s+)?(last|past|next|this)\s/i.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return word === 'past' ? 'last' : (word as WeekdayModifier);
}

/** Resolves one side of a result. `yearHint` is the other side's year, for ranges such as "March to May 2015". */
function resolvePoint(
  c: ParsedComponents,
  text: string,
  tags: ReadonlySet<string>,
  tense: Tense,
  ref: CalendarDay,
  yearHint: number | null,
): Point | null {
  const year = known(c, 'year');
  const month = known(c, 'month');
  const day = known(c, 'day');
  const weekday = known(c, 'weekday');
  // Relative expressions chrono computes from the reference ("yesterday", "3 days ago", "last month") have
  // known components, but the reference supplied them.
  const relative =
    tags.has('result/relativeDate') ||
    [...tags].some((t) => t.startsWith('casualReference/') || t.startsWith('dates/relative'));
  if (year !== null) {
    const precision = statedPrecision({ year: true, month: month !== null, day: day !== null });
    if (!precision || (day !== null && month !== null && !isRealDay(year, month, day))) return null;
    return {
      day: { year, month: month ?? 1, day: day ?? 1 },
      precision,
      usedReference: relative,
      tag: relative ? 'relative-to-reference' : 'stated',
    };
  }
  if (month !== null) {
    const y = yearHint ?? yearOfBareMonth(month, day, tense, ref);
    if (day !== null && !isRealDay(y, month, day)) return null;
    return {
      day: { year: y, month, day: day ?? 1 },
      precision: day !== null ? 'day' : 'month',
      usedReference: yearHint === null,
      tag: yearHint === null ? `bare-month:${tense === 'unknown' ? 'past' : tense}` : 'year-from-range',
    };
  }
  if (weekday !== null) {
    const modifier = weekdayModifier(text);
    const tag = modifier ? `weekday:${modifier}` : tense === 'future' ? 'weekday:forward' : 'weekday:backward';
    return { day: dayOfBareWeekday(weekday, modifier, tense, ref), precision: 'day', usedReference: true, tag };
  }
  if (/^this\s+(?:morning|afternoon|evening)$/i.test(text)) {
    return { day: ref, precision: 'day', usedReference: true, tag: 'today' };
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

/** A slash date whose day and month could be swapped ("05/06/2016") is only certain to the year. */
function isAmbiguousSlashDate(r: ParsedResult): boolean {
  if (!r.tags().has('parser/SlashDateFormatParser')) return false;
  const m = r.start.get('month');
  const d = r.start.get('day');
  return m !== null && d !== null && m !== d && m <= 12 && d <= 12;
}

export function resolveCalendar(
  r: ParsedResult,
  text: string,
  tense: Tense,
  ref: CalendarDay,
): CalendarResolution | null {
  const tags = r.tags();
  const week = weekTag(tags);
  if (week) {
    const [period, modifier] = week;
    const range = period === 'week' ? weekRange(modifier, tense, ref) : weekendRange(modifier, tense, ref);
    return {
      value: { start: formatDay(range.start), end: formatDay(range.end), precision: 'day' },
      usedReference: true,
      tags: [`${period}:${modifier}`],
    };
  }
  const endYear = r.end?.isCertain('year') ? r.end.get('year') : null;
  const startMonth = r.start.isCertain('month') ? r.start.get('month') : null;
  const endMonth = r.end?.isCertain('month') ? r.end.get('month') : null;
  // "November to February 2015": the start is in the year before the stated one.
  const startYearHint =
    endYear === null || r.start.isCertain('year')
      ? null
      : startMonth !== null && endMonth !== null && startMonth > endMonth
        ? endYear - 1
        : endYear;
  const start = resolvePoint(r.start, text, tags, tense, ref, startYearHint);
  if (!start) return null;
  const outTags = [start.tag];
  let precision = start.precision;
  if (isAmbiguousSlashDate(r)) {
    precision = 'year';
    outTags.push('ambiguous-day-month');
  }
  let end: string | undefined;
  if (r.end) {
    const endPoint = resolvePoint(r.end, text, tags, tense, ref, r.end.isCertain('year') ? null : start.day.year);
    if (!endPoint) return null;
    let endDay = endPoint.day;
    // "November to February" without years: the end is in the year after the start.
    if (
      endYear === null &&
      (endDay.month < start.day.month || (endDay.month === start.day.month && endDay.day < start.day.day))
    ) {
      endDay = { ...endDay, year: endDay.year + 1 };
    }
    end = formatAt(endDay, endPoint.precision);
    outTags.push('range');
  }
  for (const t of tags) {
    if (t.startsWith('dates/')) outTags.push(t.slice('dates/'.length));
  }
  const value: DateValue =
    end === undefined
      ? { start: formatAt(start.day, precision), precision }
      : { start: formatAt(start.day, precision), end, precision };
  if (value.end !== undefined && value.end < value.start) return null;
  return { value, usedReference: start.usedReference, tags: outTags };
}
