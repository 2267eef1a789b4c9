/**
 * The date stage: finds temporal expressions sentence by sentence and resolves them the way a careful news
 * reader would. Calendar expressions come from chrono (with our parsers and refiners, chronoConfig.ts) and are
 * resolved against the reference date (resolveCalendar.ts); expressions relative to something else in the text
 * ("three days after Ramadi's capture", "a day earlier") come from textRelative.ts and are resolved against the
 * mentions before them, in text order.
 */
import type { Precision } from '../../model/index.ts';
import type { DateMention, DateValue, ReferenceDate, Sentence } from '../types.ts';
import { type AnchorCandidate, lookupAnchor } from './anchorLookup.ts';
import { type CalendarDay, addCalendarDays, addCalendarMonths, formatDay } from './calendarDay.ts';
import { createNewsChrono } from './chronoConfig.ts';
import { isDateline } from './datelines.ts';
import { coarser, formatAt, isAtLeast } from './precision.ts';
import { describeReference, referenceDay, toChronoReference } from './reference.ts';
import { type SentenceYear, resolveCalendar } from './resolveCalendar.ts';
import { roleOf } from './roles.ts';
import { tenseAround } from './tense.ts';
import { type OffsetUnit, type TextRelativeExpression, findTextRelativeExpressions } from './textRelative.ts';
import { weekRange } from './weeks.ts';

const chrono = createNewsChrono();

/** Trims what chrono includes around an expression but a reader would not quote: spaces, "on", a comma. */
function trimSpan(sentence: string, start: number, end: number): readonly [number, number] {
  let s = start;
  let e = end;
  const lead = /^(?:(?:on|at)\s+|\s+)/i.exec(sentence.slice(s, e));
  if (lead && lead[0].length < e - s) s += lead[0].length;
  while (e > s && /[\s,;:]/.test(sentence[e - 1]!)) e--;
  return [s, e];
}

interface CalendarFound {
  readonly kind: 'calendar';
  readonly start: number;
  readonly end: number;
  readonly result: ReturnType<typeof chrono.parse>[number];
}

interface RelativeFound {
  readonly kind: 'relative';
  readonly start: number;
  readonly end: number;
  readonly expression: TextRelativeExpression;
  /** A calendar date inside the anchor phrase ("two days after May 17"), resolved as the anchor. */
  readonly explicitAnchor?: CalendarFound;
}

type Found = CalendarFound | RelativeFound;

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

/** Applies a text-relative offset to an anchor value, never finer than either the anchor or the unit. */
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

export function findDateMentions(
  text: string,
  sentences: readonly Sentence[],
  reference: ReferenceDate,
): DateMention[] {
  const ref = referenceDay(reference);
  const chronoRef = toChronoReference(ref);
  const referenceLabel = describeReference(reference);
  const resolved: AnchorCandidate[] = [];

  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  for (const sentence of ordered) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const calendar: CalendarFound[] = chrono.parse(sentenceText, chronoRef).flatMap((result) => {
      const [start, end] = trimSpan(sentenceText, result.index, result.index + result.text.length);
      return end > start ? [{ kind: 'calendar' as const, start, end, result }] : [];
    });
    const relative: RelativeFound[] = findTextRelativeExpressions(sentenceText).map((expression) => {
      // A date written inside the anchor phrase is the anchor: "two days after May 17", "a day after the
      // vote on Sunday". The expression then runs to the end of that date.
      const phrase = expression.anchorPhrase;
      const explicitAnchor = phrase && calendar.find((c) => c.start >= phrase.start && c.start < phrase.end);
      return {
        kind: 'relative',
        start: expression.start,
        end: explicitAnchor ? Math.max(expression.end, explicitAnchor.end) : expression.end,
        expression,
        ...(explicitAnchor ? { explicitAnchor } : {}),
      };
    });
    const found: Found[] = [
      ...calendar.filter((c) => !relative.some((r) => c.start < r.end && r.start < c.end)),
      ...relative,
    ].sort((a, b) => a.start - b.start);

    const inSentence: DateMention[] = [];
    for (const f of found) {
      const mention =
        f.kind === 'calendar'
          ? resolveCalendarFound(f, sentenceText, sentence.start, ref, referenceLabel, inSentence)
          : resolveRelativeFound(f, sentenceText, sentence.start, ref, referenceLabel, resolved, inSentence);
      if (mention) {
        resolved.push({ mention, sentence: sentenceText, sentenceStart: sentence.start });
        inSentence.push(mention);
      }
    }
  }
  return resolved.map((r) => r.mention).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The latest mention earlier in the sentence whose year the text states, with its year and month. */
function sentenceYearSource(
  earlierInSentence: readonly DateMention[],
): { mention: DateMention; year: SentenceYear } | null {
  for (let i = earlierInSentence.length - 1; i >= 0; i--) {
    const m = earlierInSentence[i]!;
    if (m.resolvedAgainst !== 'stated in full' || m.value.end !== undefined) continue;
    const [year, month] = m.value.start.split('-').map(Number) as [number, number?];
    return { mention: m, year: { year, month: month ?? null } };
  }
  return null;
}

function resolveCalendarFound(
  f: CalendarFound,
  sentence: string,
  offset: number,
  ref: CalendarDay,
  referenceLabel: string,
  earlierInSentence: readonly DateMention[],
): DateMention | null {
  const dateline = isDateline(sentence, f.start, f.end);
  const tense = dateline ? 'past' : tenseAround(sentence, f.start, f.end);
  const expressionText = sentence.slice(f.start, f.end);
  const yearSource = sentenceYearSource(earlierInSentence);
  const resolution = resolveCalendar(f.result, {
    text: expressionText,
    tense,
    ref,
    sentenceYear: yearSource ? yearSource.year : null,
  });
  if (!resolution) return null;
  const role = roleOf(sentence.slice(Math.max(0, f.start - 30), f.start), resolution.value.end !== undefined);
  const tags = [
    'chrono',
    ...resolution.tags,
    ...(dateline ? ['dateline'] : []),
    ...(role === 'point' || role === 'range' ? [] : [role]),
  ];
  return {
    start: offset + f.start,
    end: offset + f.end,
    text: expressionText,
    value: resolution.value,
    role,
    resolvedAgainst:
      resolution.basis === 'stated'
        ? 'stated in full'
        : resolution.basis === 'sentence' && yearSource
          ? `${yearSource.mention.text}, earlier in the sentence`
          : referenceLabel,
    tags,
  };
}

function resolveRelativeFound(
  f: RelativeFound,
  sentence: string,
  offset: number,
  ref: CalendarDay,
  referenceLabel: string,
  earlier: readonly AnchorCandidate[],
  earlierInSentence: readonly DateMention[],
): DateMention | null {
  const e = f.expression;
  const required = unitPrecision(e.unit);
  let anchor: DateMention | null = null;
  let against: string;
  const tags = [`text-relative:${e.rule}`];
  if (f.explicitAnchor) {
    anchor = resolveCalendarFound(f.explicitAnchor, sentence, offset, ref, referenceLabel, earlierInSentence);
    if (!anchor) return null;
    against = `${anchor.text} (${anchor.value.start})`;
    tags.push('anchor:explicit-date');
  } else if (e.anchorPhrase) {
    const found = lookupAnchor(e.anchorPhrase.text, earlier, required, {
      start: offset + f.start,
      end: offset + f.end,
    });
    if (!found) return null; // the anchor event is not dated in the text: no date rather than a wrong one
    anchor = found.mention;
    against = `${e.anchorPhrase.text}: ${describeAnchor(anchor)}`;
    tags.push('anchor:named');
  } else {
    // The previous *event* date: a range, a start ("since Dec. 15") or a deadline ("by Dec. 12") does not
    // date a single event that "two days later" could count from.
    const previous = [...earlier]
      .reverse()
      .find((c) => c.mention.role === 'point' && isAtLeast(c.mention.value.precision, required));
    anchor = previous?.mention ?? null;
    against = anchor ? describeAnchor(anchor) : referenceLabel;
    tags.push(anchor ? 'anchor:previous-date' : 'anchor:reference');
  }
  const anchorValue: DateValue = anchor?.value ?? { start: formatDay(ref), precision: 'day' };
  const { value, tags: offsetTags } = offsetValue(anchorValue, e);
  const role = roleOf(sentence.slice(Math.max(0, f.start - 30), f.start), value.end !== undefined);
  return {
    start: offset + f.start,
    end: offset + f.end,
    text: sentence.slice(f.start, f.end),
    value,
    role,
    resolvedAgainst: against,
    tags: [...tags, ...offsetTags],
  };
}
