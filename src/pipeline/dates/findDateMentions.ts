/**
 * The date stage: finds temporal expressions in each sentence and resolves them against the article's
 * reference date the way a careful news reader would.
 */
import type { ParsedResult } from 'chrono-node';
import type { DateMention, ReferenceDate, Sentence } from '../types.ts';
import { formatDay, formatMonth, formatYear } from './calendarDay.ts';
import { createNewsChrono } from './chronoConfig.ts';
import { describeReference, referenceDay, toChronoReference } from './reference.ts';

const chrono = createNewsChrono();

export function findDateMentions(
  text: string,
  sentences: readonly Sentence[],
  reference: ReferenceDate,
): DateMention[] {
  const ref = toChronoReference(referenceDay(reference));
  const against = describeReference(reference);
  const mentions: DateMention[] = [];
  for (const sentence of sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    for (const result of chrono.parse(sentenceText, ref)) {
      const mention = toMention(result, sentence.start, against);
      if (mention) mentions.push(mention);
    }
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

function toMention(result: ParsedResult, offset: number, against: string): DateMention | null {
  const c = result.start;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const certainDay = c.isCertain('day') || c.isCertain('weekday');
  let value: DateMention['value'];
  if (certainDay) value = { start: formatDay({ year, month, day }), precision: 'day' };
  else if (c.isCertain('month')) value = { start: formatMonth(year, month), precision: 'month' };
  else if (c.isCertain('year')) value = { start: formatYear(year), precision: 'year' };
  else return null;
  const start = offset + result.index;
  return {
    start,
    end: start + result.text.length,
    text: result.text,
    value,
    role: 'point',
    resolvedAgainst: against,
    tags: ['chrono', ...result.tags()],
  };
}
