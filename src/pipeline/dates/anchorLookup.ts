/**
 * Finds the earlier dated mention an anchor phrase refers to: for "three days after Ramadi's capture", the
 * sentence "IS took control of Ramadi … on May 17". The phrase is reduced to its names (capitalised words:
 * "Ramadi") and its content words ("capture"), each content word folded to an event concept (capture, fall,
 * seizure, took and seized are one concept) or else to a crude stem. A dated mention is a candidate when its
 * sentence contains at least one of the phrase's names — or, for a phrase without names, one of its content
 * words. Candidates are ranked by score (a name counts double), then by the distance between the date and the
 * matched words in its sentence, then by recency. A day offset needs an anchor dated to the day: coarser
 * anchors are used only when no day-precise one matches. Nothing here knows any particular place or event.
 */
import type { Precision } from '../../model/index.ts';
import type { DateMention, Span } from '../types.ts';
import { isAtLeast } from './precision.ts';

export interface AnchorCandidate {
  readonly mention: DateMention;
  /** The sentence the mention stands in, and where it starts in the text. */
  readonly sentence: string;
  readonly sentenceStart: number;
}

// prettier-ignore
const CONCEPTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['capture', ['capture', 'captured', 'capturing', 'seize', 'seized', 'seizure', 'seizing', 'take', 'took', 'taken', 'takeover', 'control', 'fall', 'fell', 'fallen', 'overrun', 'overran', 'occupation', 'occupied', 'occupy', 'conquest', 'conquered']],
  ['recapture', ['recapture', 'recaptured', 'retake', 'retook', 'retaken', 'liberation', 'liberated', 'liberate', 'recovery', 'recovered', 'regained']],
  ['attack', ['attack', 'attacked', 'assault', 'assaulted', 'offensive', 'raid', 'raided', 'strike', 'struck', 'airstrike', 'airstrikes', 'bombing', 'bombed', 'shelling', 'shelled', 'bombard', 'bombarded', 'bombarding', 'bombardment', 'ambush', 'ambushed']],
  ['withdrawal', ['withdrawal', 'withdrew', 'withdrawn', 'withdraw', 'retreat', 'retreated', 'pullout', 'evacuation', 'evacuated']],
  ['agreement', ['agreement', 'agreed', 'deal', 'accord', 'ceasefire', 'truce', 'signed', 'signing', 'pact']],
  ['vote', ['vote', 'voted', 'voters', 'voting', 'polls', 'poll', 'election', 'elections', 'elected', 'referendum', 'ballot']],
  ['death', ['death', 'died', 'killing', 'killed', 'assassination', 'assassinated', 'execution', 'executed']],
  ['announcement', ['announcement', 'announced', 'statement', 'declaration', 'declared', 'speech']],
  ['arrival', ['arrival', 'arrived', 'visit', 'visited']],
  ['siege', ['siege', 'besieged', 'encirclement', 'encircled', 'blockade']],
];

// prettier-ignore
const STOPWORDS = new Set([
  'the', 'a', 'an', 'of', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'to',
  'by', 'from', 'with', 'and', 'or', 'for', 'into', 'over', 'after', 'before', 'city', 'town', 'village', 'area',
  'first', 'second', 'last', 'latest', 'recent', 'initial', 'group', 'government', 'forces',
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const CONCEPT_OF_WORD: ReadonlyMap<string, string> = new Map(
  CONCEPTS.flatMap(([concept, words]) => words.map((w) => [w, `#${concept}`] as const)),
);

function conceptOf(lower: string): string {
  return CONCEPT_OF_WORD.get(lower) ?? lower.replace(/(?:ings?|ed|es|e|s)$/, '');
}

/** Where each word and each event concept stands in a candidate's sentence (article offsets). */
interface SentenceTerms {
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  readonly byConcept: ReadonlyMap<string, readonly number[]>;
}

// A sentence's terms are read once, however many anchor phrases are looked up and however many dates it holds
// (memo only; no state leaks): candidates of one sentence share them.
const termsOfCandidate = new WeakMap<AnchorCandidate, SentenceTerms>();

function sameSentence(a: AnchorCandidate, b: AnchorCandidate): boolean {
  return a.sentenceStart === b.sentenceStart && a.sentence === b.sentence;
}

function push(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [at]);
  else list.push(at);
}

function readSentenceTerms(c: AnchorCandidate): SentenceTerms {
  const byWord = new Map<string, number[]>();
  const byConcept = new Map<string, number[]>();
  for (const m of c.sentence.matchAll(WORD)) {
    const lower = baseWord(m[0]).toLowerCase();
    const at = c.sentenceStart + (m.index ?? 0);
    push(byWord, lower, at);
    push(byConcept, conceptOf(lower), at);
  }
  return { byWord, byConcept };
}

/** The terms of the sentence of candidates[i], shared with the candidates of the same sentence before it. */
function sentenceTermsOf(candidates: readonly AnchorCandidate[], i: number): SentenceTerms {
  const c = candidates[i] as AnchorCandidate;
  let terms = termsOfCandidate.get(c);
  if (terms === undefined) {
    const before = candidates[i - 1];
    terms = (before !== undefined && sameSentence(before, c) && termsOfCandidate.get(before)) || readSentenceTerms(c);
    termsOfCandidate.set(c, terms);
  }
  return terms;
}

function baseWord(word: string): string {
  return word.replace(/['’]s$/i, '').replace(/['’]$/, '');
}

interface PhraseTerms {
  readonly names: readonly string[];
  readonly concepts: readonly string[];
}

export function termsOfAnchorPhrase(phrase: string): PhraseTerms {
  const names: string[] = [];
  const concepts: string[] = [];
  for (const m of phrase.matchAll(WORD)) {
    const word = baseWord(m[0]);
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower) || /^\d+$/.test(word)) continue;
    if (/^\p{Lu}/u.test(word)) names.push(lower);
    else concepts.push(conceptOf(lower));
  }
  return { names, concepts };
}

interface Scored {
  readonly candidate: AnchorCandidate;
  readonly score: number;
  readonly distance: number;
  readonly order: number;
}

/**
 * Spans whose words are no evidence, for "is this offset inside one" in logarithmic time: sorted by start, with
 * the largest end so far, so that a look-up walks back only over spans that can still hold the offset.
 */
class ExcludedSpans {
  private readonly spans: readonly Span[];
  private readonly maxEnd: readonly number[];

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let max = -Infinity;
    this.maxEnd = this.spans.map((x) => (max = Math.max(max, x.end)));
  }

  has(at: number): boolean {
    // The last span starting at or before `at`.
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as Span).start <= at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && (this.maxEnd[i] as number) > at; i--) {
      if ((this.spans[i] as Span).end > at) return true;
    }
    return false;
  }
}

/** How a sentence matches the phrase's terms: distinct names and concepts found, and where (for the distance). */
interface SentenceMatch {
  readonly names: number;
  readonly concepts: number;
  readonly positions: readonly number[];
}

function matchSentence(terms: PhraseTerms, sentence: SentenceTerms, exclude: ExcludedSpans): SentenceMatch {
  const positions: number[] = [];
  // Each term scores once, but every occurrence counts for the distance to the date.
  const count = (wanted: readonly string[], where: ReadonlyMap<string, readonly number[]>): number => {
    let found = 0;
    for (const term of new Set(wanted)) {
      let any = false;
      for (const at of where.get(term) ?? []) {
        // The anchor phrase does not name itself, and words counted from another event name that event.
        if (exclude.has(at)) continue;
        positions.push(at);
        any = true;
      }
      if (any) found++;
    }
    return found;
  };
  const names = count(terms.names, sentence.byWord);
  const concepts = count(terms.concepts, sentence.byConcept);
  return { names, concepts, positions };
}

function scoreCandidate(terms: PhraseTerms, c: AnchorCandidate, order: number, match: SentenceMatch): Scored | null {
  if (terms.names.length > 0 ? match.names === 0 : match.concepts === 0) return null;
  let distance = Infinity;
  for (const p of match.positions) distance = Math.min(distance, Math.abs(p - c.mention.start));
  return { candidate: c, score: 2 * match.names + match.concepts, distance, order };
}

/**
 * The mention an anchor phrase refers to among `candidates` (earlier mentions, in text order), or null when no
 * sentence with a date names the anchor.
 */
export function lookupAnchor(
  phrase: string,
  candidates: readonly AnchorCandidate[],
  required: Precision,
  /** The expression itself (text offsets): its words are not evidence when the candidate shares its sentence. */
  exclude: Span,
): AnchorCandidate | null {
  const terms = termsOfAnchorPhrase(phrase);
  if (terms.names.length === 0 && terms.concepts.length === 0) return null;
  // "…pulled back on Jan. 27, a week after the offensive began": "offensive" there names the earlier event,
  // so that sentence is no candidate for "the offensive" on the strength of it.
  const excluded = new ExcludedSpans([
    exclude,
    ...candidates.filter((c) => c.mention.tags.some((t) => t.startsWith('text-relative:'))).map((c) => c.mention),
  ]);
  // Candidates of one sentence share its match (the same words, the same excluded spans); only the distance to
  // each one's date differs. So a sentence holding many dates is matched once.
  const scored: Scored[] = [];
  let match: SentenceMatch | null = null;
  candidates.forEach((c, i) => {
    const before = candidates[i - 1];
    if (match === null || before === undefined || !sameSentence(before, c))
      match = matchSentence(terms, sentenceTermsOf(candidates, i), excluded);
    const s = scoreCandidate(terms, c, i, match);
    if (s !== null && c.mention.role !== 'range') scored.push(s);
  });
  const rank = (list: Scored[]): Scored | undefined =>
    [...list].sort((a, b) => b.score - a.score || a.distance - b.distance || b.order - a.order)[0];
  const precise = scored.filter((s) => isAtLeast(s.candidate.mention.value.precision, required));
  return (rank(precise) ?? rank(scored))?.candidate ?? null;
}
