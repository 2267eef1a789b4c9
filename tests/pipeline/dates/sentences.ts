/**
 * Test helper: splits a test text into sentence spans the way the text stage would for simple prose
 * (a terminal . ! or ? followed by whitespace and a capital, digit or quote, or a line break), keeping offsets
 * into the text. A period after an abbreviation (a short capitalised word such as "Oct." or "Mr.", or a dotted
 * one such as "U.S.") does not end a sentence.
 */
import type { DateMention, ReferenceDate, Sentence } from '../../../src/pipeline/types.ts';
import { findDateMentions } from '../../../src/pipeline/dates/index.ts';

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?]["”’]?\s+(?=["“A-Z0-9])|\n+/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0);
    if (m[0].startsWith('.') && /(?:^|[\s(])(?:[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z])$/.test(before)) continue;
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out.filter((s) => s.text.trim() !== '');
}

export function published(date: string): ReferenceDate {
  return { date, basis: 'published' };
}

/** All mentions in `text` read against a published date. */
export function mentions(text: string, date: string): DateMention[] {
  return findDateMentions(text, splitSentences(text), published(date));
}

/** The single mention whose text is `expr` (throws when absent, so a test fails with a useful message). */
export function mentionOf(text: string, date: string, expr: string): DateMention {
  const all = mentions(text, date);
  const found = all.find((m) => m.text === expr || m.text.includes(expr));
  if (!found) throw new Error(`no mention "${expr}" in ${JSON.stringify(all.map((m) => m.text))}`);
  return found;
}

/** "2016-03 month" style summary: start[..end] precision role. */
export function summary(m: DateMention): string {
  return `${m.value.start}${m.value.end ? `..${m.value.end}` : ''} ${m.value.precision} ${m.role}`;
}
