/**
 * A head of state or government the lexicon does not list, introduced by a title: "President Mahinda Rajapaksa
 * told parliament", "Prime Minister Shehbaz Sharif said". News names a country's leaders by their title; a reader
 * takes such a leader for the state the text is about, as the lexicon's rule for "the army" or "security forces"
 * does (the state the sentence, else the article, points to; nobody when that is not clear). A former or late
 * leader is no longer the state ("former President Joseph Kabila").
 *
 * The titles are English words, not data.
 */
import { wordKey } from './spellingKey.ts';
import type { Token } from './tokens.ts';

/** Titles of a head of state or government and of the ministers who speak for the state, by their spelling keys. */
const TITLES: readonly (readonly string[])[] = [
  ['president'],
  ['prime', 'minister'],
  ['premier'],
  ['chancellor'],
  ['defence', 'minister'],
  ['defense', 'minister'],
  ['foreign', 'minister'],
  ['interior', 'minister'],
  ['information', 'minister'],
  ['defence', 'secretary'],
  ['defense', 'secretary'],
].map((words) => words.map(wordKey));

/** Words before a title that make the leader no longer the state. */
const NO_LONGER = new Set(['former', 'late', 'ex', 'then', 'deposed', 'ousted', 'exiled'].map(wordKey));
/** How many capitalised words a name after the title may have: "Faustin-Archange Touadéra", "Mahinda Rajapaksa". */
const MAX_NAME_WORDS = 3;

/** The last token of "Title Firstname Lastname" starting at token `first`, or null when none starts there. */
export function titledLeaderAt(tokens: readonly Token[], first: number): number | null {
  const previous = tokens[first - 1];
  if (previous !== undefined && NO_LONGER.has(previous.key)) return null;
  for (const title of TITLES) {
    const words = title.length;
    const matches = title.every((key, j) => {
      const t = tokens[first + j];
      return t !== undefined && t.capitalized && t.key === key && (j === 0 || t.joinsPrevious);
    });
    if (!matches) continue;
    let last = first + words - 1;
    for (let k = first + words; k < first + words + MAX_NAME_WORDS; k++) {
      const t = tokens[k];
      if (t === undefined || !t.capitalized || !t.joinsPrevious || t.article) break;
      last = k;
    }
    return last > first + words - 1 ? last : null;
  }
  return null;
}
