import type { DateMention, DateRole, Sentence } from '../../src/pipeline/types.ts';
import type { Precision } from '../../src/model/index.ts';

/** A sentence covering the whole text. */
export function whole(text: string): Sentence {
  return { start: 0, end: text.length, text };
}

/** A date mention for the first occurrence of `expr` in `text` (or the n-th, counting from 0). */
export function mentionAt(
  text: string,
  expr: string,
  start: string,
  precision: Precision,
  role: DateRole = 'point',
  nth = 0,
): DateMention {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) at = text.indexOf(expr, at + 1);
  if (at < 0) throw new Error(`"${expr}" not in text`);
  return {
    start: at,
    end: at + expr.length,
    text: expr,
    value: { start, precision },
    role,
    resolvedAgainst: 'test',
    tags: ['test'],
  };
}
