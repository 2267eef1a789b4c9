/**
 * The date stage: finds temporal expressions sentence by sentence and resolves them the way a careful news
 * reader would. Calendar expressions come from chrono with our parsers and refiners (chronoConfig.ts) and are
 * resolved against the reference date (calendarMention.ts); expressions relative to something else in the text
 * ("three days after Ramadi's capture", "a day earlier") come from textRelative.ts and are resolved against the
 * mentions before them (relativeMention.ts). Sentences are read in text order so that every anchor is resolved
 * before the expressions that count from it.
 */
import { precisionOf } from '../../model/index.ts';
import type { DateMention, ReferenceDate, Sentence } from '../types.ts';
import { type CalendarFound, calendarMention } from './calendarMention.ts';
import { createCuedNewsChrono } from './chronoConfig.ts';
import { EarlierMentions } from './earlierMentions.ts';
import { calendarCues, mayHoldCalendarDate } from './dateCues.ts';
import { describeReference, referenceDay, toChronoReference } from './reference.ts';
import { type RelativeFound, relativeMention } from './relativeMention.ts';
import { OVERNIGHT_TAG } from './parsers/overnightParser.ts';
import { readTenses } from './tense.ts';
import { findTextRelativeExpressions } from './textRelative.ts';

/** The news chrono cut to the parsers a sentence's cues allow (chronoConfig.ts). */
const chronoFor = createCuedNewsChrono();

/** Trims what chrono includes around an expression but a reader would not quote: spaces, "on", a comma. */
function trimSpan(sentence: string, start: number, end: number): readonly [number, number] {
  let s = start;
  let e = end;
  const lead = /^(?:(?:on|at)\s+|\s+)/i.exec(sentence.slice(s, e));
  if (lead && lead[0].length < e - s) s += lead[0].length;
  while (e > s && /[\s,;:]/.test(sentence[e - 1]!)) e--;
  return [s, e];
}

/** Everything found in one sentence, text-relative expressions winning over calendar dates they contain. */
function findInSentence(
  sentence: string,
  chronoRef: ReturnType<typeof toChronoReference>,
): (CalendarFound | RelativeFound)[] {
  // Only a sentence with a date cue goes to chrono, and only to the parsers whose cue it holds: the cues are a
  // superset of what the patterns match (dateCues.ts).
  const cues = mayHoldCalendarDate(sentence) ? calendarCues(sentence) : 0;
  const parsed = cues === 0 ? [] : chronoFor(cues).parse(sentence, chronoRef);
  const calendar: CalendarFound[] = parsed.flatMap((result) => {
    const [start, end] = trimSpan(sentence, result.index, result.index + result.text.length);
    return end > start ? [{ kind: 'calendar' as const, start, end, result }] : [];
  });
  const relative: RelativeFound[] = findTextRelativeExpressions(sentence).map((expression) => {
    // A date written inside the anchor phrase is the anchor: "two days after May 17", "a day after the vote on
    // Sunday". The expression then runs to the end of that date.
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
  const found = [...calendar.filter((c) => !relative.some((r) => c.start < r.end && r.start < c.end)), ...relative];
  // "Overnight" dates a sentence by the publication day only when the sentence gives no date of its own: beside one
  // ("…overnight, the ministry said on Sunday", "after overnight fighting") it is that date's night.
  const overnight = (f: CalendarFound | RelativeFound): boolean =>
    f.kind === 'calendar' && f.result.tags().has(OVERNIGHT_TAG);
  const dated = found.some((f) => !overnight(f)) ? found.filter((f) => !overnight(f)) : found;
  return dated.sort((a, b) => a.start - b.start);
}

/** Never emit a value the events.json contract would refuse (a year past 9999 from "next year" in 9999…). */
function isWritable(m: DateMention): boolean {
  return (
    precisionOf(m.value.start) === m.value.precision && (m.value.end === undefined || precisionOf(m.value.end) !== null)
  );
}

export function findDateMentions(
  text: string,
  sentences: readonly Sentence[],
  reference: ReferenceDate,
): DateMention[] {
  const ref = referenceDay(reference);
  const chronoRef = toChronoReference(ref);
  const referenceLabel = describeReference(reference);
  const resolved = new EarlierMentions();

  for (const sentence of [...sentences].sort((a, b) => a.start - b.start)) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    // Grows as the sentence is read: a bare month may take the year of a date before it in the sentence.
    const earlierInSentence: DateMention[] = [];
    const tense = readTenses(sentenceText);
    const ctx = { sentence: sentenceText, offset: sentence.start, ref, referenceLabel, tense, earlierInSentence };
    for (const f of findInSentence(sentenceText, chronoRef)) {
      const mention = f.kind === 'calendar' ? calendarMention(f, ctx) : relativeMention(f, ctx, resolved);
      if (mention && isWritable(mention)) {
        resolved.add({ mention, sentence: sentenceText, sentenceStart: sentence.start });
        earlierInSentence.push(mention);
      }
    }
  }
  return resolved.all.map((r) => r.mention).sort((a, b) => a.start - b.start || a.end - b.end);
}
