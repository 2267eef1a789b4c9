/**
 * The word right before a place, for the place rules' quick refusal. Each rule that reads the text before a place
 * (choosePlace.ts, placeHome.ts, placeVenue.ts) ends in a cue word, white space and at most one "the" ("fled from
 * the ", "near ", "said in "), and tries its whole pattern at every position of a window of up to 120 characters:
 * every place of every clause ran about ten of them, most of the place choice's time on a long article (issue 14).
 * A window can only match when the word before the place (or before its "the") ends with the rule's cue word, and
 * that word is read in a few steps from the end; a rule runs its pattern only when it does, so its answer is the same.
 */

const SPACE = /\s/;

/**
 * The run of non-space characters that ends before the white space before `at`, and before one more "the" and its
 * white space if that run is "the" (in any case); '' when no white space or no word stands there.
 */
export function cueWordBefore(text: string, at: number): string {
  const word = wordBefore(text, at);
  if (word === null) return '';
  if (word.text.toLowerCase() !== 'the') return word.text;
  return wordBefore(text, word.start)?.text ?? '';
}

function wordBefore(text: string, at: number): { readonly text: string; readonly start: number } | null {
  let end = at;
  while (end > 0 && SPACE.test(text[end - 1] as string)) end -= 1;
  if (end === at || end === 0) return null;
  let start = end;
  while (start > 0 && !SPACE.test(text[start - 1] as string)) start -= 1;
  return { text: text.slice(start, end), start };
}
