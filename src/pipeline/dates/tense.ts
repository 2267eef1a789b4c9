/**
 * Tense of the clause around a date expression, which decides the year of a bare month ("had retaken … in
 * March") and the direction of a bare weekday ("will meet on Friday").
 *
 * Hand-written because no maintained JavaScript library fits: compromise/wink-nlp tag verbs but weigh
 * megabytes, and all we need is the nearest tense cue in a news sentence. The heuristic looks for cues —
 * future markers (will, would, 'll, must, should, may, is expected/set/due/scheduled to, plans/intends/aims
 * to, upcoming), past markers (had/has/have, was/were, did, -ed verbs, irregular past forms) and present
 * markers (is, are, remains) — and takes the one nearest to the expression, preferring cues in the same clause.
 */

export type Tense = 'past' | 'present' | 'future' | 'unknown';

interface Cue {
  readonly start: number;
  readonly end: number;
  readonly tense: Exclude<Tense, 'unknown'>;
}

// prettier-ignore
const FUTURE = new RegExp(
  String.raw`\b(?:will|won['’]t|shall|would|wouldn['’]t|\w+['’]ll|` +
  String.raw`(?:is|are|was|were|be|been)\s+(?:expected|set|due|scheduled|slated|poised|likely|going|about)\s+to|` +
  String.raw`(?:plans?|planning|intends?|intending|aims?|aiming|hopes?|hoping|vowed|vows?|threatens?|threatened|promised|promises?|pledged|pledges?)\s+to|` +
  String.raw`(?:scheduled|set|slated)\s+for|upcoming|forthcoming)\b`,
  'gi',
);

// Auxiliaries and irregular past forms common in conflict reporting. Forms that are also present tense or
// participles of other verbs ("hit", "put", "read", "spread", "cut", "set") are left out on purpose.
// prettier-ignore
const IRREGULAR_PAST = new Set([
  'took', 'taken', 'fell', 'fallen', 'began', 'begun', 'came', 'went', 'gone', 'said', 'told', 'made', 'fought',
  'lost', 'won', 'struck', 'held', 'led', 'left', 'met', 'saw', 'seen', 'sent', 'shot', 'broke', 'broken',
  'drove', 'driven', 'flew', 'flown', 'gave', 'given', 'got', 'gotten', 'kept', 'ran', 'rose', 'risen', 'sold',
  'spoke', 'spoken', 'stood', 'threw', 'thrown', 'withdrew', 'withdrawn', 'wrote', 'written', 'overran',
  'retook', 'retaken', 'brought', 'bought', 'caught', 'thought', 'felt', 'found', 'heard', 'knew', 'known',
  'paid', 'sat', 'slew', 'slain', 'sought', 'stole', 'stolen', 'swore', 'sworn', 'tore', 'torn', 'became',
  'chose', 'chosen', 'froze', 'hid', 'hidden', 'rode', 'shook', 'sank', 'sunk', 'stuck', 'swept', 'drew',
  'drawn', 'grew', 'grown', 'blew', 'blown', 'dealt', 'dug', 'fled', 'bled', 'fed', 'laid', 'lit', 'meant',
  'spun', 'undertook', 'overtook', 'overthrew', 'forbade', 'forgave', 'arose', 'awoke', 'bore', 'born',
  'beat', 'beaten', 'bit', 'bitten', 'wound', 'lent', 'spent', 'built', 'bent', 'sprang', 'stung', 'strove',
]);

/** Past auxiliaries are cues wherever they stand; other past forms only when finite ("will be held" is not). */
const AUXILIARY_PAST = new Set([
  'had',
  'has',
  'have',
  "hadn't",
  "hasn't",
  "haven't",
  'was',
  'were',
  "wasn't",
  "weren't",
  'did',
  "didn't",
]);

const PRESENT = new Set(['is', 'are', 'am', "isn't", "aren't", 'remains', 'remain', 'continues', 'says', 'say']);

// Words ending in -ed that are not past verbs (nouns, numerals, names).
// prettier-ignore
const NOT_PAST_ED = new Set([
  'need', 'needed', 'speed', 'seed', 'breed', 'feed', 'steed', 'shed', 'sled', 'bed', 'red', 'hundred',
  'embed', 'creed', 'greed', 'deed', 'weed', 'reed', 'bleed', 'proceed', 'succeed', 'exceed', 'indeed',
  'ahmed', 'mohammed', 'muhammed', 'hamed', 'saeed', 'united', 'limited', 'armed',
  'interested', 'supposed', 'alleged', 'so-called', 'advanced', 'detailed', 'based', 'sophisticated',
]);

/**
 * The words tense cues are read from: an ASCII letter, then letters, apostrophes (' and ’) and hyphens (the
 * pattern [A-Za-z][A-Za-z'’-]*, which findCues scans for by hand).
 */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** What may follow a word's first letter: letters, apostrophes (' and ’) and hyphens. */
function isWordTail(code: number): boolean {
  return isAsciiLetter(code) || code === 39 || code === 0x2019 || code === 45;
}

/** A passive or infinitive after these is not a past cue: "will be captured", "to be destroyed". */
// Case-sensitive on purpose: capitalised "May" before a verb is the month ("in May captured").
const NON_FINITE_BEFORE =
  /\b(?:be|been|being|to|will|would|can|could|may|might|must|should|is|are|am)\s+(?:\w+ly\s+)?$/;
// "that" opens a clause of its own: in "told French radio on Tuesday that he would form a government" the
// telling, not the reported intention, governs Tuesday.
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\b(?:while|but|whereas|although|though|that)\b/gi;

// Modals point forward ("must leave by June 1", "may attack in spring"). Case-sensitive: "May" is the month.
const MODAL = /\b(?:must|should|may|might|shall)\b/g;

/** The future cues of `pattern` in `sentence`, each also marked in `masked` (a flag per character). */
function futureCues(sentence: string, pattern: RegExp, cues: Cue[], masked: Uint8Array): void {
  for (const m of sentence.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    cues.push({ start, end, tense: 'future' });
    masked.fill(1, start, end);
  }
}

function findCues(sentence: string): Cue[] {
  const cues: Cue[] = [];
  // One flag per character, not a set of positions: the date stage reads every dated sentence, and run-on
  // pieces are a thousand characters long.
  const masked = new Uint8Array(sentence.length);
  futureCues(sentence, FUTURE, cues, masked);
  futureCues(sentence, MODAL, cues, masked);
  // The words (isAsciiLetter, isWordTail), scanned by hand: matching a regex made a match array and an iterator
  // result for every word of every dated sentence, among the largest allocations of the date stage on dense text.
  for (let i = 0; i < sentence.length;) {
    if (!isAsciiLetter(sentence.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    i += 1;
    while (i < sentence.length && isWordTail(sentence.charCodeAt(i))) i += 1;
    if (masked[start] === 1) continue;
    const original = sentence.slice(start, i);
    const lower = original.toLowerCase();
    const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    const end = start + word.length;
    if (PRESENT.has(word)) cues.push({ start, end, tense: 'present' });
    else if (AUXILIARY_PAST.has(word)) cues.push({ start, end, tense: 'past' });
    else if (IRREGULAR_PAST.has(word) && !nonFiniteBefore(sentence, start)) cues.push({ start, end, tense: 'past' });
    else if (isRegularPast(word, original, sentence, start)) cues.push({ start, end, tense: 'past' });
  }
  return cues.sort((a, b) => a.start - b.start);
}

const LOOK_BACK = 40;

/**
 * Whether the few words before `start` make the word there non-finite ("to be taken", "will have left"). Only
 * those words matter; a bounded look-back keeps long sentences linear. Called only for the words that need it
 * (most words are no cue at all), and a plain function rather than a closure per word: the date stage reads
 * every word of every dated sentence.
 */
function nonFiniteBefore(sentence: string, start: number): boolean {
  return NON_FINITE_BEFORE.test(sentence.slice(Math.max(0, start - LOOK_BACK), start));
}

function isRegularPast(lower: string, original: string, sentence: string, start: number): boolean {
  if (lower.length < 5 || !lower.endsWith('ed') || NOT_PAST_ED.has(lower)) return false;
  // Capitalised mid-sentence words ending in -ed are names ("United", "Mohammed") or titles.
  if (/^[A-Z]/.test(original) && start > 0) return false;
  if (lower.includes('-')) return false; // "US-backed", "Iran-allied": adjectives
  return !nonFiniteBefore(sentence, start);
}

function nearest(cues: readonly Cue[], from: number, to: number, within: readonly [number, number]): Cue | null {
  let best: Cue | null = null;
  let bestDistance = Infinity;
  for (const c of cues) {
    if (c.start < within[0] || c.end > within[1]) continue;
    if (c.end > from && c.start < to) continue; // inside the expression itself
    const distance = c.end <= from ? from - c.end : c.start - to;
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/** Reads the tense around any expression of one sentence; cues and clause breaks are found once. */
export interface TenseReader {
  /**
   * The tense governing the expression at [start, end): the nearest cue in the same clause, else the nearest in
   * the sentence, else 'unknown'. Cues inside the expression itself are ignored.
   */
  at(start: number, end: number): Tense;
}

/**
 * The tense cues of one sentence, read on first use: most sentences hold no date and need no tense. A class, not
 * closures: one is made for every sentence of every article.
 */
class SentenceTenses implements TenseReader {
  private readonly sentence: string;
  private cues: readonly Cue[] | null = null;
  private breaks: ReadonlyArray<readonly [number, number]> = [];

  constructor(sentence: string) {
    this.sentence = sentence;
  }

  private prepare(): readonly Cue[] {
    if (this.cues === null) {
      this.cues = findCues(this.sentence);
      this.breaks = [...this.sentence.matchAll(CLAUSE_BREAK)].map(
        (m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const,
      );
    }
    return this.cues;
  }

  private clauseAround(position: number): readonly [number, number] {
    let start = 0;
    for (const [at, after] of this.breaks) {
      if (at >= position) return [start, at];
      start = after;
    }
    return [start, this.sentence.length];
  }

  at(start: number, end: number): Tense {
    const all = this.prepare();
    const found =
      nearest(all, start, end, this.clauseAround(start)) ?? nearest(all, start, end, [0, this.sentence.length]);
    return found?.tense ?? 'unknown';
  }
}

export function readTenses(sentence: string): TenseReader {
  return new SentenceTenses(sentence);
}

/** The tense around one expression (see TenseReader.at). */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  return readTenses(sentence).at(start, end);
}
