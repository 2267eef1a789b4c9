/**
 * The event-type search of one sentence, asked once per question. Reading a sentence's dated clauses asks the
 * lexicon for the trigger of many overlapping spans: the clause and its innermost part, the comma-delimited
 * stretch around the date (mostly the clause without its closing comma), and both sides of every trigger found
 * (chooseTrigger.ts). The same question came back for each of them, each time tokenizing and scanning anew.
 *
 * A question is the words of the span and the actors inside it: the answer is a function of those alone (see
 * `LexiconStage.classifyEvent`), so spans that differ only by punctuation or spaces at their edges ("… in 2022,"
 * and "… in 2022") share one answer. The memo lives as long as one sentence, so it stays small.
 */
import type { ActorMention, EventTypeMatch, Span } from '../types.ts';
import type { LexiconStage } from './stages.ts';

/** A character that can be part of a word (the tokenizer's word characters: letters, digits, marks). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** `span` without the characters at its edges that no word holds. */
export function wordSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && !WORD_CHAR.test(text[start] as string)) start += 1;
  while (end > start && !WORD_CHAR.test(text[end - 1] as string)) end -= 1;
  return { start, end };
}

function questionKey(text: string, span: Span, actors: readonly ActorMention[]): string {
  const words = wordSpan(text, span);
  let key = `${words.start}:${words.end}`;
  // Only the actors inside the span count (classifyEvent reads no other): the same filter as there.
  for (const a of actors)
    if (a.start >= span.start && a.end <= span.end) key += `|${a.start}:${a.end}:${a.actor}:${a.kind ?? ''}`;
  return key;
}

/** `lexicon` whose classifyEvent answers each question once; for the clauses of one sentence. */
export function memoizeClassify(lexicon: LexiconStage): LexiconStage {
  const answers = new Map<string, EventTypeMatch | null>();
  return {
    ...lexicon,
    classifyEvent: (text, span, actors) => {
      const key = questionKey(text, span, actors);
      const known = answers.get(key);
      // A fresh object per call, as the lexicon gives: callers may tell two answers apart by identity.
      if (known !== undefined) return known === null ? null : { ...known };
      const answer = lexicon.classifyEvent(text, span, actors);
      answers.set(key, answer);
      return answer;
    },
  };
}
