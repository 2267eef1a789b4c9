/**
 * Drops what chrono finds that a news reader would not call a date:
 * - month words that are other words: lower-case "may"/"march" (verbs), a bare "May" or "March" with no
 *   temporal word before it ("Theresa May", "March on Washington"), a bare abbreviation ("Jan", "Mar");
 * - weekday look-alikes: "Sun" (the newspaper), "Sat", "wed": only full, capitalised weekday names count;
 * - durations and spans: "for three days", "within two weeks", "the past month", "in two days" — and the
 *   relative expressions "three days after", "a day earlier", "the day before", which anchors.ts resolves
 *   against the text instead of the publication date;
 * - clock times with no date ("at 10 a.m.", "noon", "now"), and "Today"/"Tomorrow" capitalised inside a
 *   sentence, which are names ("USA Today", "Veterans Today");
 * - slash dates with no year ("9/11", "24/7"): day/month order is unknown and the year is not given.
 * Runs before chrono's own refiners so that merges ("three days after May 17") never swallow a real date.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isFullMonthName } from '../monthNames.ts';

const MONTH_WORD =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/gi;
const WEEKDAY_WORD = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|day)?\b/gi;
const FULL_WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const TIME_UNIT = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|fortnights?|decades?)\b/i;
/** chrono's relative periods we keep: "3 days ago", "last month" (relativePeriod/week parsers cover the rest). */
const KEPT_RELATIVE = /\bago\b|^(?:last|next|this)\s+(?:month|year)$/i;
/** Words that make a bare month name a date: "in May", "since March", "early June", "May and June". */
const TEMPORAL_BEFORE =
  /\b(?:in|since|by|until|till|from|to|through|throughout|during|of|early|mid|late|last|next|this|before|after|between|and|or|around|about|on|at|for|until|end|start|beginning|middle)[\s-]+$/i;
const NAME_LIKE_MONTHS = new Set(['may', 'march', 'june', 'august']);

function dropReason(context: ParsingContext, r: ParsingResult): string | null {
  const c = r.start;
  const text = r.text;
  const hasDate = c.isCertain('year') || c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday');
  const ownTag = [...r.tags()].some((t) => t.startsWith('dates/'));
  if (!hasDate && !/^this\s+(?:morning|afternoon|evening)$/i.test(text)) return 'no date component';
  if (r.tags().has('casualReference/now')) return 'now';
  // Sentence-initial, or right after a dateline ("BAGHDAD (AP) — Yesterday, …").
  const sentenceInitial = /(?:^|[.!?]["”’]?|[-–—:)])\s*$/.test(context.text.slice(0, r.index));
  if ([...r.tags()].some((t) => t.startsWith('casualReference/')) && /^[A-Z]/.test(text) && !sentenceInitial) {
    return 'capitalised mid-sentence: part of a name ("Veterans Today")';
  }
  if (!ownTag && TIME_UNIT.test(text) && !KEPT_RELATIVE.test(text.trim())) return 'duration or text-relative';
  for (const m of text.matchAll(MONTH_WORD)) {
    if (!/^[A-Z]/.test(m[1]!)) return 'lower-case month word';
  }
  if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year') && !ownTag) {
    const word = (/[A-Za-z]+/.exec(text.replace(/^(?:in|on|of)\s+/i, ''))?.[0] ?? '').toLowerCase();
    const before = context.text.slice(Math.max(0, r.index - 20), r.index);
    if (!isFullMonthName(word)) return 'bare month abbreviation';
    if (NAME_LIKE_MONTHS.has(word) && !TEMPORAL_BEFORE.test(before)) return 'month name without a temporal word';
  }
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    for (const m of text.matchAll(WEEKDAY_WORD)) {
      if (!FULL_WEEKDAY.test(m[0])) return 'weekday abbreviation or lower-case';
    }
  }
  if (/\bthe\s+second$/i.test(text)) return 'ordinal "the second"';
  if (r.tags().has('parser/SlashDateFormatParser') && !c.isCertain('year')) return 'slash date without year';
  return null;
}

export function createNonDateFilter(): Refiner {
  return {
    refine(context, results) {
      return results.filter((r) => {
        const reason = dropReason(context, r);
        if (reason) context.debug(() => console.log(`nonDateFilter drops "${r.text}": ${reason}`));
        return reason === null;
      });
    },
  };
}
