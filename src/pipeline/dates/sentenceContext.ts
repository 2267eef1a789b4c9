/** What resolving an expression needs to know about the sentence it stands in and the article around it. */
import type { DateMention } from '../types.ts';
import type { CalendarDay } from './calendarDay.ts';
import type { TenseReader } from './tense.ts';

export interface SentenceContext {
  /** The sentence text; expression offsets are relative to it. */
  readonly sentence: string;
  /** Where the sentence starts in the article text. */
  readonly offset: number;
  readonly ref: CalendarDay;
  /** How the reference is named in `resolvedAgainst`: "published 2016-12-28". */
  readonly referenceLabel: string;
  /** The sentence's tense cues, read once. */
  readonly tense: TenseReader;
  /** Mentions already resolved earlier in this sentence, in order. */
  readonly earlierInSentence: readonly DateMention[];
}

/** A span of the sentence found by chrono or by textRelative.ts, before resolution. */
export interface FoundSpan {
  readonly start: number;
  readonly end: number;
}

/** The words right before an expression, where "since" or "by" would stand. */
export function textBefore(ctx: SentenceContext, found: FoundSpan): string {
  return ctx.sentence.slice(Math.max(0, found.start - 30), found.start);
}
