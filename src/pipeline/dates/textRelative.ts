/**
 * Finds expressions dated relative to something else in the text rather than to the publication date:
 * - anchored to a named event: "three days after Ramadi's capture", "a week before the vote", "two days after
 *   May 17" (the anchor phrase is kept for anchorLookup.ts);
 * - relative to the previous dated event: "a day earlier", "two days later", "the next day", "the day before",
 *   "the following week", "earlier in the day", "later that day", "the same day", "that night", "hours later" (the same
 *   day; 24 hours and more count as whole days).
 * Only the shape is recognised here; findDateMentions resolves them in text order.
 * Durations are left alone: "for three days after the attack" and "within two days" are spans, not dates.
 */
import type { Span } from '../types.ts';
import { DURATION_LEAD } from './durations.ts';

export type OffsetUnit = 'day' | 'week' | 'month' | 'year';

export interface TextRelativeExpression extends Span {
  /** Signed offset from the anchor: "three days after" → +3 day. */
  readonly amount: number;
  readonly unit: OffsetUnit;
  /** The words naming the anchor ("Ramadi's capture"), for a named anchor; absent when relative to the previous date. */
  readonly anchorPhrase?: Span & { readonly text: string };
  readonly rule: string;
}

// prettier-ignore
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
};
const COUNT = String.raw`(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)`;
const UNIT = String.raw`(day|week|month|year)s?`;

// "hours later", "a few hours after the blast", "36 hours later": the same day, or whole days for 24 hours and more.
const HOURS = new RegExp(
  String.raw`\b(?:(\d{1,3}|a\s+few|several|few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\s+)?(hours?|minutes?)\s+(after|before|later|earlier|afterwards?)\b`,
  'gi',
);

// "three days after Ramadi's capture" / "two weeks before the election" / "a day after".
const OFFSET = new RegExp(
  String.raw`\b${COUNT}\s+${UNIT}\s+(after|before|later|earlier|afterwards?|previously|prior\s+to|following)\b`,
  'gi',
);
// A named anchor starts with a determiner, a possessive or a capitalised word (or a date: "May 17"), or with
// a gerund or a pronoun that opens an event of its own ("a day after launching the offensive", "two days after
// they seized the town"): such an event is dated only if the text dates it elsewhere, never by the date before.
// A dot continues the phrase inside an abbreviation ("U.S.-led", "Dec. 12") but ends it at a sentence end.
const ANCHOR_PHRASE =
  /^\s+((?:the|a|an|its|his|her|their|this|that|[a-z]+ing|(?:he|she|it|they|we|I)(?=\s+[a-z])|[A-Z][\w'’.-]*|\d)(?:[^,;:.!?()]|\.(?=[\w-]|\s+\d))*)/;
const ANCHOR_MAX_WORDS = 8;
const ANCHOR_STOP = /\s+(?:when|as|while|and|but|which|who|where|that|,)\b/;

const THE_UNIT_AFTER = /\bthe\s+(day|night|week)\s+(after|before)\b(?=\s+(?:the|a|an|its|his|her|their|[A-Z]))/g;

// A unit closes with a word boundary: "in the following weeks" is a vague period, not "the following week".
// prettier-ignore
const NEIGHBOURS: ReadonlyArray<readonly [RegExp, number, OffsetUnit, string]> = [
  [/\bthe\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b/gi, 1, 'day', 'next-day'],
  [/\bthe\s+day\s+after\b(?!\s+(?:the|a|an|its|his|her|their|[A-Z]))/gi, 1, 'day', 'next-day'],
  [/\bthe\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b/gi, -1, 'day', 'previous-day'],
  [/\bthe\s+(?:day|night)\s+before\b(?!\s+(?:the|a|an|its|his|her|their|[A-Z]|yesterday|last))/gi, -1, 'day', 'previous-day'],
  [/\b(?:(?:earlier|later)\s+(?:in|on)\s+(?:the|that)\s+(?:same\s+)?(?:day|morning|afternoon|evening)|(?:earlier|later)\s+that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)|(?:on\s+)?the\s+same\s+day|(?:on\s+)?that\s+(?:same\s+)?(?:day|night|morning|afternoon|evening))\b/gi, 0, 'day', 'same-day'],
  [/\bthe\s+(?:(?:next|following)\s+week\b|week\s+after\b(?!\s+(?:the|a|an|its|his|her|their|[A-Z])))/gi, 1, 'week', 'next-week'],
  [/\bthe\s+(?:(?:previous|preceding)\s+week\b|week\s+before\b(?!\s+(?:the|a|an|its|his|her|their|[A-Z])))/gi, -1, 'week', 'previous-week'],
  [/\bthe\s+(?:(?:next|following)\s+month\b|month\s+after\b(?!\s+(?:the|a|an|its|his|her|their|[A-Z])))/gi, 1, 'month', 'next-month'],
  [/\bthe\s+(?:(?:previous|preceding)\s+month\b|month\s+before\b(?!\s+(?:the|a|an|its|his|her|their|[A-Z])))/gi, -1, 'month', 'previous-month'],
  [/\bthe\s+(?:(?:next|following)\s+year\b|year\s+after\b(?!\s+(?:the|a|an|its|his|her|their|[A-Z])))/gi, 1, 'year', 'next-year'],
  [/\bthe\s+(?:(?:previous|preceding)\s+year\b|year\s+before\b(?!\s+(?:the|a|an|its|his|her|their|[A-Z])))/gi, -1, 'year', 'previous-year'],
];

function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word.toLowerCase()] ?? 1);
}

function anchorPhraseAt(sentence: string, from: number): (Span & { text: string }) | undefined {
  const m = ANCHOR_PHRASE.exec(sentence.slice(from));
  if (!m) return undefined;
  let phrase = m[1]!;
  const stop = ANCHOR_STOP.exec(phrase);
  if (stop && stop.index > 0) phrase = phrase.slice(0, stop.index);
  phrase = phrase.split(/\s+/).slice(0, ANCHOR_MAX_WORDS).join(' ').replace(/\s+$/, '');
  const start = from + m[0].indexOf(m[1]!);
  // Keep the phrase as it stands in the sentence (whitespace may have been folded above).
  const raw = sentence.slice(start, start + phrase.length);
  return raw === phrase ? { start, end: start + phrase.length, text: phrase } : undefined;
}

/**
 * A word every pattern above needs (after, before, later, earlier, previously, prior to, following, next,
 * previous, preceding, same, that day): a sentence without one is not scanned a dozen times for nothing.
 */
const RELATIVE_CUE =
  /after|before|later|earlier|prior|following|next|previous|preceding|same|that\s+(?:day|night|morning|afternoon|evening)/i;

export function findTextRelativeExpressions(sentence: string): TextRelativeExpression[] {
  const out: TextRelativeExpression[] = [];
  if (!RELATIVE_CUE.test(sentence)) return out;
  for (const m of sentence.matchAll(OFFSET)) {
    const start = m.index ?? 0;
    if (DURATION_LEAD.test(sentence.slice(0, start))) continue;
    const amount = countOf(m[1]!);
    const unit = m[2]!.toLowerCase() as OffsetUnit;
    const direction = m[3]!.toLowerCase();
    const sign = /^(?:before|earlier|previously|prior)/.test(direction) ? -1 : 1;
    const end = start + m[0].length;
    const takesObject = /^(?:after|before|prior\s+to|following)$/.test(direction.replace(/\s+/g, ' '));
    const anchorPhrase = takesObject ? anchorPhraseAt(sentence, end) : undefined;
    if (takesObject && anchorPhrase) {
      out.push({ start, end: anchorPhrase.end, amount: sign * amount, unit, anchorPhrase, rule: 'anchored' });
    } else {
      out.push({ start, end, amount: sign * amount, unit, rule: sign > 0 ? 'later' : 'earlier' });
    }
  }
  for (const m of sentence.matchAll(HOURS)) {
    const start = m.index ?? 0;
    if (DURATION_LEAD.test(sentence.slice(0, start))) continue;
    const n = m[1] && /^\d+$/.test(m[1]) && /^hour/i.test(m[2]!) ? Number(m[1]) : 0;
    const sign = /^(?:before|earlier)/i.test(m[3]!) ? -1 : 1;
    const end = start + m[0].length;
    const takesObject = /^(?:after|before)$/i.test(m[3]!);
    const anchorPhrase = takesObject ? anchorPhraseAt(sentence, end) : undefined;
    const amount = sign * Math.floor(n / 24);
    if (out.some((o) => start < o.end && o.start < end)) continue;
    out.push(
      anchorPhrase
        ? { start, end: anchorPhrase.end, amount, unit: 'day', anchorPhrase, rule: 'anchored-hours' }
        : { start, end, amount, unit: 'day', rule: 'hours' },
    );
  }
  // "the day after the attack", "the week before the vote": a one-unit offset from a named anchor.
  for (const m of sentence.matchAll(THE_UNIT_AFTER)) {
    const start = m.index ?? 0;
    const anchorPhrase = anchorPhraseAt(sentence, start + m[0].length);
    if (!anchorPhrase || out.some((o) => start < o.end && o.start < anchorPhrase.end)) continue;
    const unit = m[1]!.toLowerCase() === 'week' ? 'week' : 'day';
    const amount = m[2]!.toLowerCase() === 'before' ? -1 : 1;
    out.push({ start, end: anchorPhrase.end, amount, unit, anchorPhrase, rule: 'anchored' });
  }
  for (const [pattern, amount, unit, rule] of NEIGHBOURS) {
    for (const m of sentence.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      out.push({ start, end, amount, unit, rule });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
