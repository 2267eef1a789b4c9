/**
 * A mention from a text-relative expression (textRelative.ts), resolved in text order against:
 * - a date written inside its anchor phrase ("two days after May 17");
 * - else, for a named anchor ("three days after Ramadi's capture"), the earlier mention anchorLookup.ts finds —
 *   or no mention at all when the text never dates the anchor (no date is better than a wrong one);
 * - else the previous point date of day precision (or month/year precision for month/year offsets): "a day
 *   earlier", "the next day", "earlier in the day" — or the publication day when nothing precedes.
 * The result is never finer than the anchor or the unit: "two months later" is a month, and a day offset
 * from a month-precise anchor keeps the anchor's month unshifted.
 */
import type { Precision } from '../../model/index.ts';
import type { DateMention, DateValue } from '../types.ts';
import { type AnchorCandidate, lookupAnchor } from './anchorLookup.ts';
import { type CalendarFound, calendarMention } from './calendarMention.ts';
import type { EarlierMentions } from './earlierMentions.ts';
import { type CalendarDay, addCalendarDays, addCalendarMonths, formatDay } from './calendarDay.ts';
import { coarser, formatAt, isAtLeast } from './precision.ts';
import { roleOf } from './roles.ts';
import { type FoundSpan, type SentenceContext, textBefore } from './sentenceContext.ts';
import type { OffsetUnit, TextRelativeExpression } from './textRelative.ts';
import { weekRange } from './weeks.ts';

export interface RelativeFound extends FoundSpan {
  readonly kind: 'relative';
  readonly expression: TextRelativeExpression;
  /** A calendar date inside the anchor phrase ("two days after May 17"), resolved as the anchor. */
  readonly explicitAnchor?: CalendarFound;
}

function unitPrecision(unit: OffsetUnit): Precision {
  return unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
}

function shift(day: CalendarDay, amount: number, unit: OffsetUnit): CalendarDay {
  if (unit === 'day') return addCalendarDays(day, amount);
  if (unit === 'week') return addCalendarDays(day, 7 * amount);
  return addCalendarMonths(day, unit === 'month' ? amount : 12 * amount);
}

function dayOf(value: DateValue): CalendarDay {
  const [y, m = 1, d = 1] = value.start.split('-').map(Number) as [number, number?, number?];
  return { year: y, month: m, day: d };
}

/** Applies the offset to the anchor's value, never finer than either the anchor or the unit. */
function offsetValue(anchor: DateValue, e: TextRelativeExpression): { value: DateValue; tags: string[] } {
  const precision = coarser(anchor.precision, unitPrecision(e.unit));
  const canShift = isAtLeast(anchor.precision, unitPrecision(e.unit));
  const base = dayOf(anchor);
  // "the following week": the Monday-to-Sunday week after the anchor's.
  if (e.unit === 'week' && e.amount !== 0 && e.rule.endsWith('-week') && canShift) {
    const range = weekRange(e.amount > 0 ? 'next' : 'last', 'unknown', base);
    return { value: { start: formatDay(range.start), end: formatDay(range.end), precision: 'day' }, tags: [] };
  }
  const day = canShift ? shift(base, e.amount, e.unit) : base;
  return { value: { start: formatAt(day, precision), precision }, tags: canShift ? [] : ['anchor-too-coarse'] };
}

function describeAnchor(m: DateMention): string {
  return `${m.text} (${m.value.start}), earlier in the text`;
}

interface Anchor {
  readonly value: DateValue;
  readonly against: string;
  readonly tag: string;
}

function findAnchor(f: RelativeFound, ctx: SentenceContext, earlier: EarlierMentions): Anchor | null {
  const e = f.expression;
  const required = unitPrecision(e.unit);
  if (f.explicitAnchor) {
    const m = calendarMention(f.explicitAnchor, ctx);
    return m && { value: m.value, against: `${m.text} (${m.value.start})`, tag: 'anchor:explicit-date' };
  }
  if (e.anchorPhrase) {
    const span = { start: ctx.offset + f.start, end: ctx.offset + f.end };
    // "on Saturday, a week after the bombardment began": the date in apposition is the event being dated, the
    // very thing the expression restates, never its anchor.
    const apposed = (c: AnchorCandidate): boolean =>
      c.mention.end <= span.start &&
      c.mention.start >= ctx.offset &&
      /^[\s,]*$/.test(ctx.sentence.slice(c.mention.end - ctx.offset, f.start));
    const m = lookupAnchor(
      e.anchorPhrase.text,
      earlier.recent().filter((c) => !apposed(c)),
      required,
      span,
    )?.mention;
    return m ? { value: m.value, against: `${e.anchorPhrase.text}: ${describeAnchor(m)}`, tag: 'anchor:named' } : null;
  }
  // The previous *event* date: a range, a start ("since Dec. 15") or a deadline ("by Dec. 12") does not date
  // a single event that "two days later" could count from.
  const previous = earlier.latestPoint(required)?.mention;
  return previous
    ? { value: previous.value, against: describeAnchor(previous), tag: 'anchor:previous-date' }
    : { value: { start: formatDay(ctx.ref), precision: 'day' }, against: ctx.referenceLabel, tag: 'anchor:reference' };
}

export function relativeMention(f: RelativeFound, ctx: SentenceContext, earlier: EarlierMentions): DateMention | null {
  const anchor = findAnchor(f, ctx, earlier);
  if (!anchor) return null;
  const { value, tags } = offsetValue(anchor.value, f.expression);
  const role = roleOf(textBefore(ctx, f), value.end !== undefined);
  return {
    start: ctx.offset + f.start,
    end: ctx.offset + f.end,
    text: ctx.sentence.slice(f.start, f.end),
    value,
    role,
    resolvedAgainst: anchor.against,
    tags: [`text-relative:${f.expression.rule}`, anchor.tag, ...tags],
  };
}
