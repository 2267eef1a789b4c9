/**
 * A name that is one of two coordinated subjects of a verb: "a truce that Bamako and the rebels signed",
 * "when Kinshasa and Kigali agreed". A capital stands for its state when it is the subject of a saying or deciding
 * verb ("Kyiv said"); coordinated with a second subject, the verb comes after that subject instead. Only where a
 * subject starts (the sentence's start, after a comma or a word that opens a clause): in "fighting reached Kyiv and
 * the army said" the capital is the object of "reached", and so the place.
 */
import { plainLetters } from '../lexicon/spellingKey.ts';
import type { Token } from '../lexicon/tokens.ts';

/** Words after which a clause, and so its subject, starts. */
// prettier-ignore
const CLAUSE_OPENERS = new Set([
  'that', 'which', 'when', 'while', 'after', 'before', 'as', 'since', 'until', 'because', 'but', 'and', 'if',
  'though', 'although', 'where', 'whereas', 'once',
]);
const CONJUNCTIONS = new Set(['and', 'or']);
/** Most words of the second subject: "the rebels", "the Free Aceh Movement", "Rwanda's government". */
const MAX_SECOND_SUBJECT = 4;

function word(text: string, t: Token | undefined): string {
  return t === undefined ? '' : plainLetters(text.slice(t.start, t.end));
}

/** Whether the name at tokens first..last opens a clause: nothing before it but the sentence, a comma or an opener. */
function opensClause(text: string, tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (prev === undefined) return true;
  const gap = text.slice(prev.end, (tokens[first] as Token).start);
  if (/[,;:.!?]/u.test(gap)) return true;
  return /^\s+$/u.test(gap) && CLAUSE_OPENERS.has(word(text, prev));
}

/**
 * Whether the name at tokens first..last opens a clause and is followed by "and"/"or", a second subject of a few
 * words and then one of `verbs`, with no punctuation between.
 */
export function coordinatedSubject(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  verbs: ReadonlySet<string>,
): boolean {
  const and = tokens[last + 1];
  if (and === undefined || !CONJUNCTIONS.has(word(text, and)) || !opensClause(text, tokens, first)) return false;
  for (let k = last + 2; k <= last + 2 + MAX_SECOND_SUBJECT; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1] as Token;
    if (t === undefined || !/^[\s'\u2019]*s?\s+$|^\s+$/u.test(text.slice(prev.end, t.start))) return false;
    if (k > last + 2 && verbs.has(word(text, t))) return true;
  }
  return false;
}
