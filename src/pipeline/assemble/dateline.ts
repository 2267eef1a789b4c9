/**
 * The dateline that opens a news story ("BEIRUT, Dec 9 (Reuters) -", "ERBIL, Iraq —", "Sputnik/Moscow:") names
 * where the reporter filed from, not where the event happened: places inside it are never an event's place.
 */
import type { Sentence, Span } from '../types.ts';

// prettier-ignore
const DATELINE = new RegExp(
  '^(?:' +
    // An upper-case city (or two: "JERUSALEM/CAIRO"), optionally ", Country" / ", Dec 9" / "(Reuters)", then a dash.
    "\\p{Lu}[\\p{Lu}\\p{M} .'/-]{1,30}(?:,\\s*[\\p{L}\\p{M} .]{2,30})?(?:,\\s*(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,9}\\.?)(?:,?\\s*\\d{4})?)?(?:\\s*\\([^)]{1,40}\\))?\\s*[\\u2014\\u2013-]{1,2}\\s" +
    '|' +
    // "Agency/City:" as wire rewrites print it.
    '\\p{Lu}[\\p{L}.-]{1,30}\\/\\p{Lu}[\\p{L} .-]{1,30}:\\s' +
  ')',
  'u',
);

/** The span of the sentence's dateline, or null when it has none. */
export function datelineOf(sentence: Sentence): Span | null {
  const m = DATELINE.exec(sentence.text);
  if (m === null) return null;
  // A dateline's first word is written in capitals ("BEIRUT"); "The army —" is a sentence, not a dateline.
  const first = m[0].split(/[\s,/(]/)[0] ?? '';
  if (m[0].includes(':') ? false : first !== first.toUpperCase() || first.length < 3) return null;
  return { start: sentence.start, end: sentence.start + m[0].length };
}
