/**
 * Sentence splitting with exact offsets into the original text.
 *
 * Hand-written on purpose: the maintained JavaScript splitters (compromise, sbd, Intl.Segmenter) either return
 * strings without offsets, normalise the text first, or split "Dec. 27" and "U.S. officials"; we need spans that
 * slice the untouched article text, because the app highlights exactly those characters. The shape follows
 * compromise's tokenizer: a greedy split on terminal punctuation and line breaks, then merges that undo the
 * splits an abbreviation, an initial, a parenthesis or a quotation caused.
 */
import type { Sentence, Span } from '../types.ts';
import { SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './abbreviations.ts';

// prettier-ignore
/** Terminal punctuation, then any closing quotes or brackets, then whitespace or the end of the text. */
const TERMINAL = /[.!?\u2026]+["'\u2019\u201D)\]]*(?=\s|$)/g;

/** The word (letters, digits, dots, apostrophes) that ends just before `at`. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}.'\u2019-]/u.test(text[i - 1] ?? '')) i -= 1;
  return text.slice(i, at);
}

/** The next word after `at`, skipping spaces and opening quotes/brackets. */
function wordAfter(text: string, at: number, limit: number): string {
  let i = at;
  while (i < limit && /[\s"'\u2018\u201C([]/u.test(text[i] ?? '')) i += 1;
  let j = i;
  while (j < limit && /[\p{L}\p{N}'\u2019.-]/u.test(text[j] ?? '')) j += 1;
  return text.slice(i, j);
}

/**
 * Whether a greedy boundary after the punctuation ending at `punctEnd` (punctuation starting at `punctStart`)
 * should be undone. `line` bounds the look-ahead.
 */
function continuesAfter(text: string, punctStart: number, punctEnd: number, line: Span): boolean {
  const next = wordAfter(text, punctEnd, line.end);
  if (next === '') return false;
  const first = next[0] ?? '';
  // "Dec. 27", "No. 5", "… the city … in March": a digit or a lowercase word cannot open a sentence.
  if (/\p{Ll}|\p{N}/u.test(first)) return true;
  const punct = text.slice(punctStart, punctEnd);
  if (!punct.startsWith('.') || punct.length > 1) return false; // "?", "!", "...", '."' end a sentence
  const before = wordBefore(text, punctStart);
  const bare = before.replace(/^['\u2019]+/, '');
  if (TITLE_ABBREVIATIONS.has(bare.toLowerCase())) return true; // "Gen. Kurilla", "Sgt. Smith"
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "John F. Kennedy"
  // A dotted acronym ("U.S.", "a.m.") usually continues a name ("U.S. Central Command") unless a typical
  // sentence opener follows.
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return !SENTENCE_OPENERS.has(next.toLowerCase());
  return false;
}

/** Unclosed round brackets and curly double quotes, counted as a reader scans forward. */
interface Depth {
  paren: number;
  quote: number;
}

/** The depth after the character `c`: a closing mark with nothing open is ignored. */
function step(depth: Depth, c: string | undefined): void {
  if (c === '(') depth.paren += 1;
  else if (c === ')' && depth.paren > 0) depth.paren -= 1;
  else if (c === '\u201C') depth.quote += 1;
  else if (c === '\u201D' && depth.quote > 0) depth.quote -= 1;
}

/**
 * What the rest of a line does to the depths, for every offset of it: the net change and the lowest running
 * change, so that the depth at the line's end from depth d at offset i is net[i] + max(d, -low[i]). Built once per
 * line in one backward pass, and only for a line where a sentence end falls inside brackets or quotes: asking
 * "does this close later?" by scanning to the line's end at every such sentence end is quadratic in a long line.
 */
class LineRest {
  private readonly start: number;
  private readonly parenNet: Int32Array;
  private readonly parenLow: Int32Array;
  private readonly quoteNet: Int32Array;
  private readonly quoteLow: Int32Array;

  constructor(text: string, line: Span) {
    const n = line.end - line.start;
    this.start = line.start;
    this.parenNet = new Int32Array(n + 1);
    this.parenLow = new Int32Array(n + 1);
    this.quoteNet = new Int32Array(n + 1);
    this.quoteLow = new Int32Array(n + 1);
    for (let i = n - 1; i >= 0; i -= 1) {
      const c = text[line.start + i];
      const paren = c === '(' ? 1 : c === ')' ? -1 : 0;
      const quote = c === '\u201C' ? 1 : c === '\u201D' ? -1 : 0;
      this.parenNet[i] = paren + (this.parenNet[i + 1] as number);
      this.parenLow[i] = Math.min(0, paren + (this.parenLow[i + 1] as number));
      this.quoteNet[i] = quote + (this.quoteNet[i + 1] as number);
      this.quoteLow[i] = Math.min(0, quote + (this.quoteLow[i + 1] as number));
    }
  }

  /** The summed depth at the line's end, given the depth at text offset `at`. */
  depthAtEnd(at: number, depth: Depth): number {
    const i = at - this.start;
    const paren = (this.parenNet[i] as number) + Math.max(depth.paren, -(this.parenLow[i] as number));
    const quote = (this.quoteNet[i] as number) + Math.max(depth.quote, -(this.quoteLow[i] as number));
    return paren + quote;
  }
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  // A piece of bare punctuation or symbols is not a sentence.
  if (!/[\p{L}\p{N}]/u.test(body)) return;
  out.push({ start: start + lead, end: start + lead + body.length, text: body });
}

/** Splits one line (no line breaks inside) into sentences. */
function splitLine(text: string, line: Span, out: Sentence[]): void {
  let start = line.start;
  // The depth of text[start, scanned), carried forward: each character is counted once per sentence.
  const depth: Depth = { paren: 0, quote: 0 };
  let scanned = start;
  let rest: LineRest | null = null;
  TERMINAL.lastIndex = line.start;
  const slice = text.slice(0, line.end);
  for (let m = TERMINAL.exec(slice); m !== null; m = TERMINAL.exec(slice)) {
    const punctStart = m.index;
    const punctEnd = m.index + m[0].length;
    if (continuesAfter(text, punctStart, punctEnd, line)) continue;
    for (; scanned < punctEnd; scanned += 1) step(depth, text[scanned]);
    const open = depth.paren + depth.quote;
    // Inside a parenthesis or a quotation that closes later on this line: keep going.
    if (open > 0) {
      rest ??= new LineRest(text, line);
      if (rest.depthAtEnd(punctEnd, depth) < open) continue;
    }
    pushTrimmed(text, start, punctEnd, out);
    start = punctEnd;
    depth.paren = 0;
    depth.quote = 0;
  }
  pushTrimmed(text, start, line.end, out);
}

/**
 * The sentences of `text` inside the given regions (by default the whole text), in order. A line break always
 * ends a sentence: headlines, captions and list items stand on their own lines and rarely end with a period.
 * Every sentence satisfies text.slice(s.start, s.end) === s.text, with surrounding whitespace trimmed.
 */
export function splitSentences(text: string, regions: readonly Span[] = [{ start: 0, end: text.length }]): Sentence[] {
  const out: Sentence[] = [];
  const breaks = /\r\n|\r|\n/g;
  for (const region of regions) {
    let lineStart = region.start;
    breaks.lastIndex = region.start;
    const body = text.slice(0, region.end);
    for (let m = breaks.exec(body); m !== null; m = breaks.exec(body)) {
      splitLine(text, { start: lineStart, end: m.index }, out);
      lineStart = m.index + m[0].length;
    }
    splitLine(text, { start: lineStart, end: region.end }, out);
  }
  return out;
}

/**
 * Longest sentence handed to the later stages, in UTF-16 code units. Wire sentences run to 300–400 characters,
 * rarely beyond 800; text without sentence punctuation (a broken scrape, a transcript, a concatenated export)
 * can run to megabytes on one line, and several stages cost more than linear time in a sentence's length.
 */
export const MAX_SENTENCE_CHARS = 1000;

/** Where a long sentence may be cut, best first: after a clause mark, then at a space. */
const CLAUSE_BREAK = /[,;:\u2013\u2014)]\s+|\s+(?:and|but|while|after|as|when|then)\s/gu;

/** The end of the piece that starts at `start`: the last clause break in the second half of the window, else the last space. */
function pieceEnd(text: string, start: number, end: number, max: number): number {
  if (end - start <= max) return end;
  const limit = start + max;
  const window = text.slice(start, limit);
  let cut = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m !== null; m = CLAUSE_BREAK.exec(window)) {
    // After the mark (", "), or before the conjunction (" and "): the conjunction opens the next clause.
    const at = /^\s/u.test(m[0]) ? m.index : m.index + m[0].length;
    if (at > max / 2) cut = at;
  }
  if (cut === -1) cut = window.search(/\s\S*$/u);
  if (cut <= 0) {
    cut = max;
    // Never between the two halves of a surrogate pair.
    const c = text.charCodeAt(start + cut);
    if (c >= 0xdc00 && c <= 0xdfff) cut -= 1;
  }
  return start + cut;
}

export interface BoundedSentences {
  readonly sentences: readonly Sentence[];
  /** How many sentences were longer than the bound and were cut. */
  readonly cut: number;
}

/**
 * Cuts every sentence longer than `max` into pieces of at most `max` characters, at clause boundaries where
 * there are any, so that each later stage sees bounded input and an article's time stays proportional to its
 * length. Pieces keep exact offsets (text.slice(start, end) === text) and are trimmed like sentences.
 */
export function boundSentences(
  text: string,
  sentences: readonly Sentence[],
  max = MAX_SENTENCE_CHARS,
): BoundedSentences {
  let cut = 0;
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.end - s.start <= max) {
      out.push(s);
      continue;
    }
    cut += 1;
    let start = s.start;
    while (start < s.end) {
      const end = pieceEnd(text, start, s.end, max);
      pushTrimmed(text, start, end, out);
      start = end;
    }
  }
  return { sentences: out, cut };
}
