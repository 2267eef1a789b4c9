import type { Span } from '../types.ts';

/** One line of the article text: its span without the line break, and the text trimmed of surrounding spaces. */
export interface Line extends Span {
  /** Index of the line, 0-based. */
  readonly index: number;
  /** text.slice(start, end).trim(): what the line says, for rules that look at its shape. */
  readonly content: string;
  /** Offsets of `content` itself (the trimmed part) in the article text. */
  readonly contentStart: number;
  readonly contentEnd: number;
}

/** Splits a text into lines with offsets into it. `\r\n` and `\r` count as one break. */
export function linesOf(text: string): readonly Line[] {
  const out: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  let index = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim();
    out.push({ index, start, end, content, contentStart: start + lead, contentEnd: start + lead + content.length });
    index += 1;
  };
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** Folds whitespace (including no-break spaces), typographic quotes and case, for comparing lines. */
export function foldForComparison(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
