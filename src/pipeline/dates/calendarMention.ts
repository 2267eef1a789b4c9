/**
 * A mention from one chrono result: tense and dateline decide how the missing parts are read
 * (resolveCalendar.ts), the words before it decide the role (roles.ts), and `resolvedAgainst` says what filled
 * in what the text left out.
 */
import type { ParsedResult } from 'chrono-node';
import type { DateMention } from '../types.ts';
import { isDateline } from './datelines.ts';
import { STATED_TAG, type SentenceYear, resolveCalendar } from './resolveCalendar.ts';
import { roleOf } from './roles.ts';
import { type FoundSpan, type SentenceContext, textBefore } from './sentenceContext.ts';

export interface CalendarFound extends FoundSpan {
  readonly kind: 'calendar';
  readonly result: ParsedResult;
}

/** A relative clause set off by a comma: "Fallujah, which ISIS seized in January 2014, …". */
const RELATIVE_ASIDE_OPENER = /,\s*(?:which|who|whom|whose|where|when)\b[^,]*$/i;

/**
 * Whether the date at `start..end` of the sentence stands in an aside that closes before `at`: a relative
 * clause between commas or a parenthesis. The aside is about another, usually older, event ("recaptured
 * Fallujah, which ISIS seized in January 2014, after an offensive that began on May 22"), so its year says
 * nothing about the dates of the main clause after it.
 */
export function inClosedAside(sentence: string, start: number, end: number, at: number): boolean {
  const before = sentence.slice(0, start);
  const between = sentence.slice(end, at);
  if (RELATIVE_ASIDE_OPENER.test(before) && between.includes(',')) return true;
  return before.lastIndexOf('(') > before.lastIndexOf(')') && between.includes(')');
}

/**
 * The latest mention earlier in the sentence whose year the text states, with its year and month; not one in
 * an aside closed before the date at `at` (sentence offset).
 */
function sentenceYearSource(
  earlierInSentence: readonly DateMention[],
  ctx: SentenceContext,
  at: number,
): { mention: DateMention; year: SentenceYear } | null {
  for (let i = earlierInSentence.length - 1; i >= 0; i--) {
    const m = earlierInSentence[i]!;
    if (!m.tags.includes(STATED_TAG) || m.value.end !== undefined) continue;
    if (inClosedAside(ctx.sentence, m.start - ctx.offset, m.end - ctx.offset, at)) continue;
    const [year, month] = m.value.start.split('-').map(Number) as [number, number?];
    return { mention: m, year: { year, month: month ?? null } };
  }
  return null;
}

export function calendarMention(f: CalendarFound, ctx: SentenceContext): DateMention | null {
  const dateline = isDateline(ctx.sentence, f.start, f.end);
  const tense = dateline ? 'past' : ctx.tense.at(f.start, f.end);
  const text = ctx.sentence.slice(f.start, f.end);
  const yearSource = sentenceYearSource(ctx.earlierInSentence, ctx, f.start);
  const resolution = resolveCalendar(f.result, { text, tense, ref: ctx.ref, sentenceYear: yearSource?.year ?? null });
  if (!resolution) return null;
  const role = roleOf(textBefore(ctx, f), resolution.value.end !== undefined);
  const resolvedAgainst =
    resolution.basis === 'stated'
      ? 'stated in full'
      : resolution.basis === 'sentence' && yearSource
        ? `${yearSource.mention.text}, earlier in the sentence`
        : ctx.referenceLabel;
  return {
    start: ctx.offset + f.start,
    end: ctx.offset + f.end,
    text,
    value: resolution.value,
    role,
    resolvedAgainst,
    tags: [
      'chrono',
      ...resolution.tags,
      ...(dateline ? ['dateline'] : []),
      ...(role === 'since' || role === 'by' ? [role] : []),
    ],
  };
}
