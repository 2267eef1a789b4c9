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

interface SentenceWord {
  readonly lower: string;
  readonly concept: string;
  /** Offset in the article text. */
  readonly at: number;
}

// Each candidate's words are read once, however many anchor phrases are looked up (memo only; no state leaks).
const wordsOfCandidate = new WeakMap<AnchorCandidate, readonly SentenceWord[]>();

function wordsOf(c: AnchorCandidate): readonly SentenceWord[] {
  let words = wordsOfCandidate.get(c);
  if (!words) {
    words = [...c.sentence.matchAll(WORD)].map((m) => {
      const lower = baseWord(m[0]).toLowerCase();
      return { lower, concept: conceptOf(lower), at: c.sentenceStart + (m.index ?? 0) };
    });
    wordsOfCandidate.set(c, words);
  }
  return words;
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

function scoreCandidate(
  terms: PhraseTerms,
  c: AnchorCandidate,
  order: number,
  exclude: readonly Span[],
): Scored | null {
  const positions: number[] = [];
  let names = 0;
  let concepts = 0;
  const seenNames = new Set<string>();
  const seenConcepts = new Set<string>();
  for (const { lower, concept, at } of wordsOf(c)) {
    // The anchor phrase does not name itself, and words counted from another event name that event.
    if (exclude.some((x) => at >= x.start && at < x.end)) continue;
    const isName = terms.names.includes(lower);
    const isConcept = terms.concepts.includes(concept);
    // Each term scores once, but every occurrence counts for the distance to the date.
    if (isName || isConcept) positions.push(at);
    if (isName && !seenNames.has(lower)) {
      seenNames.add(lower);
      names++;
    }
    if (isConcept && !seenConcepts.has(concept)) {
      seenConcepts.add(concept);
      concepts++;
    }
  }
  if (terms.names.length > 0 ? names === 0 : concepts === 0) return null;
  const distance = Math.min(...positions.map((p) => Math.abs(p - c.mention.start)));
  return { candidate: c, score: 2 * names + concepts, distance, order };
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
  const excluded = [
    exclude,
    ...candidates.filter((c) => c.mention.tags.some((t) => t.startsWith('text-relative:'))).map((c) => c.mention),
  ];
  const scored = candidates
    .map((c, i) => scoreCandidate(terms, c, i, excluded))
    .filter((s): s is Scored => s !== null && s.candidate.mention.role !== 'range');
  const rank = (list: Scored[]): Scored | undefined =>
    [...list].sort((a, b) => b.score - a.score || a.distance - b.distance || b.order - a.order)[0];
  const precise = scored.filter((s) => isAtLeast(s.candidate.mention.value.precision, required));
  return (rank(precise) ?? rank(scored))?.candidate ?? null;
}
