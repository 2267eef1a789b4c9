/**
 * Words of a text span with their spelling keys and their exact offsets in the original text. Matching works on
 * these tokens, so every match starts and ends on a word boundary and maps back to the characters it came from,
 * whatever apostrophes, no-break spaces or diacritics stand in between.
 */
import type { Span } from '../types.ts';
import { FREE_ARTICLES, HYPHEN_ARTICLES, plainLetters, wordKey } from './spellingKey.ts';

export interface Token extends Span {
  /** Spelling key; '' for articles and for words without Latin letters. */
  readonly key: string;
  /** An Arabic article (al-, el-, ez-, …): it adds nothing to a key and may open a match. */
  readonly article: boolean;
  /** The first letter is upper case. */
  readonly capitalized: boolean;
  /** Letters as written, case kept, diacritics and apostrophes removed: for exact-case aliases ("IS"). */
  readonly letters: string;
  /**
   * plainLetters of the word (spellingKey.ts), read once per distinct word: the rules that test a word against a
   * list ("by", "warplanes", "and") ask it of every token, and slicing and folding the text each time was the
   * largest thing event typing allocated.
   */
  readonly plain: string;
  /** The characters between the previous token and this one may sit inside a name ("Deir ez-Zor", "U.S.-led"). */
  readonly joinsPrevious: boolean;
}

/** A word: letters, digits and marks, with apostrophes inside it ("Ma'arrat", "Qa’im"). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ`ʿʾ‘][\p{L}\p{N}\p{M}]+)*/gu;
/** The apostrophes of a trailing possessive: "Ramadi’s", "IS's" (checked by hand: it runs on every word). */
const POSSESSIVE_APOSTROPHES = new Set(["'", '’', 'ʼ']);

function endsInPossessive(word: string): boolean {
  return word.endsWith('s') && POSSESSIVE_APOSTROPHES.has(word[word.length - 2] ?? '');
}
/** Spaces (no-break and thin included), hyphens and dashes, apostrophes: what may stand between words of a name. */
const NAME_GAP = /^[\s\u00a0\u2009\u202f\-\u2010\u2011\u2012\u2013'’ʼ`ʿʾ‘]{1,3}$/u;
/** A dot after a one-letter word is an abbreviation ("U.S.-led", "U.N. envoy"), not the end of a sentence. */
const ABBREVIATION_GAP = /^\.[\s\u00a0\-\u2010\u2011]?$/u;
const HYPHEN = /^[-\u2010\u2011]$/u;

function lettersOf(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

interface WordInfo {
  readonly key: string;
  readonly plain: string;
  readonly letters: string;
  readonly capitalized: boolean;
  /** Lower case, or capitalised like a sentence start: "as-", "As-", not "AS". */
  readonly casual: boolean;
}

/**
 * What a word contributes, memoised: a news text repeats its words, and the folds (NFKD and a dozen regex passes)
 * dominate tokenizing. The cache holds a pure function of the word, so it cannot change a result; it is emptied
 * when it grows past a bound.
 */
const WORD_CACHE = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 50_000;

function wordInfo(word: string): WordInfo {
  const cached = WORD_CACHE.get(word);
  if (cached !== undefined) return cached;
  const info: WordInfo = {
    key: wordKey(word),
    plain: plainLetters(word),
    letters: lettersOf(word),
    capitalized: /^\p{Lu}/u.test(word),
    casual: word === word.toLowerCase() || word.slice(1) === word.slice(1).toLowerCase(),
  };
  if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
  WORD_CACHE.set(word, info);
  return info;
}

/** A word as the WORD regex found it, before its token properties are read. */
interface RawWord {
  readonly start: number;
  readonly end: number;
  /** Where the regex match ended (past a possessive the word drops). */
  readonly matchEnd: number;
  readonly word: string;
}

function rawWords(text: string, span: Span): RawWord[] {
  const raw: RawWord[] = [];
  const re = new RegExp(WORD.source, WORD.flags); // own lastIndex: no state shared between calls
  re.lastIndex = span.start;
  for (let m = re.exec(text); m !== null && m.index < span.end; m = re.exec(text)) {
    let word = m[0];
    if (m.index + word.length > span.end) word = word.slice(0, span.end - m.index);
    const matchEnd = m.index + word.length;
    if (word.length > 3 && endsInPossessive(word)) word = word.slice(0, -2);
    raw.push({ start: m.index, end: m.index + word.length, matchEnd, word });
  }
  return raw;
}

/** What the characters between two words allow (bit flags): the tokenizer asks this of every gap, twice. */
const GAP_NAME = 1; // NAME_GAP: may sit inside a name
const GAP_BLANK_LINE = 2; // holds an empty line: a name never runs across it
const GAP_ABBREVIATION = 4; // ABBREVIATION_GAP
const GAP_HYPHEN = 8; // HYPHEN

function gapFlagsOf(gap: string): number {
  return (
    (NAME_GAP.test(gap) ? GAP_NAME : 0) |
    (/\n\s*\n/.test(gap) ? GAP_BLANK_LINE : 0) |
    (ABBREVIATION_GAP.test(gap) ? GAP_ABBREVIATION : 0) |
    (HYPHEN.test(gap) ? GAP_HYPHEN : 0)
  );
}

/**
 * The flags of text[from, to), memoised: most gaps are one space or a comma and a space, and slicing and testing
 * four regexes per gap was a fifth of tokenizing. One-character gaps are looked up by code unit, without a slice.
 */
const SINGLE_GAP_FLAGS = new Map<number, number>();
const GAP_CACHE = new Map<string, number>();
const GAP_CACHE_LIMIT = 10_000;

function gapFlags(text: string, from: number, to: number): number {
  if (to - from === 1) {
    const code = text.charCodeAt(from);
    let flags = SINGLE_GAP_FLAGS.get(code);
    if (flags === undefined) {
      flags = gapFlagsOf(text[from] as string);
      SINGLE_GAP_FLAGS.set(code, flags);
    }
    return flags;
  }
  const gap = text.slice(from, to);
  let flags = GAP_CACHE.get(gap);
  if (flags === undefined) {
    flags = gapFlagsOf(gap);
    if (GAP_CACHE.size >= GAP_CACHE_LIMIT) GAP_CACHE.clear();
    GAP_CACHE.set(gap, flags);
  }
  return flags;
}

function tokensOf(text: string, raw: readonly RawWord[]): Token[] {
  const tokens: Token[] = [];
  // gapBefore of word i is gapAfter of word i - 1: each gap is read once.
  let before = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawWord;
    const prev = raw[i - 1];
    const next = raw[i + 1];
    // A dropped possessive belongs to the word, not to the gap: "People's Protection Units", "Lord's Resistance
    // Army" are names whose words run on past the "'s".
    const after = next === undefined ? 0 : gapFlags(text, r.matchEnd, next.start);
    const joinsPrevious =
      prev !== undefined &&
      ((before & GAP_NAME) !== 0 && (before & GAP_BLANK_LINE) === 0
        ? true
        : prev.word.length === 1 && (before & GAP_ABBREVIATION) !== 0);
    const info = wordInfo(r.word);
    const article =
      next !== undefined &&
      (after & GAP_NAME) !== 0 &&
      (FREE_ARTICLES.has(info.plain) || (info.casual && HYPHEN_ARTICLES.has(info.plain) && (after & GAP_HYPHEN) !== 0));
    tokens.push({
      start: r.start,
      end: r.end,
      key: article ? '' : info.key,
      article,
      capitalized: info.capitalized,
      letters: info.letters,
      plain: info.plain,
      joinsPrevious,
    });
    before = after;
  }
  return tokens;
}

/** The tokens of text inside span, in order. Linear in the span length: the one regex cannot backtrack. */
export function tokenize(text: string, span: Span): Token[] {
  return tokensOf(text, rawWords(text, span));
}

/**
 * A text tokenized once, from which the tokens of any span are cut (tokensIn): the actor, place and event-type
 * stages all read the same sentences and clauses, and tokenizing each span anew was most of their cost.
 */
export interface TextTokens {
  readonly text: string;
  /** The tokens of the whole text (tokenize over all of it). */
  readonly all: readonly Token[];
  readonly raw: readonly RawWord[];
}

export function tokenizeText(text: string): TextTokens {
  const raw = rawWords(text, { start: 0, end: text.length });
  return { text, all: tokensOf(text, raw), raw };
}

/** Index of the first raw word whose `key` is at least `at` (raw words are in text order). */
function firstAtOrAfter(raw: readonly RawWord[], at: number, key: 'start' | 'matchEnd'): number {
  let lo = 0;
  let hi = raw.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((raw[mid] as RawWord)[key] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Exactly tokenize(tt.text, span), cut from the whole-text tokens. A span's words are the text's words inside it,
 * with what the span's edges change: its first word joins no previous word, and its last word opens no name (no
 * next word). A span that cuts a word (rare: sentences and clauses end on word boundaries) is tokenized anew.
 */
export function tokensIn(tt: TextTokens, span: Span): Token[] {
  const { raw, all } = tt;
  const first = firstAtOrAfter(raw, span.start + 1, 'matchEnd'); // the first word ending after the span start
  const end = firstAtOrAfter(raw, span.end, 'start'); // the first word starting at or after the span end
  if (first >= end) return [];
  const head = raw[first] as RawWord;
  const tail = raw[end - 1] as RawWord;
  if (head.start < span.start || tail.matchEnd > span.end) return tokenize(tt.text, span);
  const tokens = all.slice(first, end);
  const firstToken = tokens[0] as Token;
  if (firstToken.joinsPrevious) tokens[0] = { ...firstToken, joinsPrevious: false };
  const lastToken = tokens[tokens.length - 1] as Token;
  if (lastToken.article) tokens[tokens.length - 1] = { ...lastToken, article: false, key: wordInfo(tail.word).key };
  return tokens;
}
