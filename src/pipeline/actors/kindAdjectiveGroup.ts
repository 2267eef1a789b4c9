/**
 * A known group named by its people and its kind, worded another way than the lexicon's alias: "South Ossetian
 * separatist fighters" for "South Ossetian separatists", "Chechen rebel fighters" for "Chechen rebels", "Karen guerrilla units" for
 * "Karen guerrillas". Wire copy varies the words after a name freely; a reader still sees the one group. The
 * adjective of kind says what the group is, and the noun after it only that they are its fighters, so the phrase is
 * tried against the lexicon as "<name> <kind noun>" and as "<name> <noun>".
 *
 * Only lexicon groups that are no state: "Syrian rebel forces" stay the generic rebels (no alias "Syrian
 * separatists" names a state), and a name the lexicon lacks is left to the form rules (namedGroups.ts).
 */
import type { CompiledActor, CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { plainLetters, wordKey } from '../lexicon/spellingKey.ts';
import type { Token } from '../lexicon/tokens.ts';
import { matchAt } from '../lexicon/trieMatcher.ts';

/** Adjectives of kind, with the plural noun a lexicon alias uses for the same people. */
// prettier-ignore
const KIND_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['separatist', 'separatists'], ['secessionist', 'separatists'], ['rebel', 'rebels'], ['guerrilla', 'guerrillas'],
  ['insurgent', 'insurgents'], ['militia', 'militias'], ['militant', 'militants'], ['jihadist', 'jihadists'],
  ['islamist', 'islamists'],
].map(([adjective, noun]) => [wordKey(adjective as string), noun as string]));

const ISLAMIST = wordKey('islamist');

/** Nouns for a group's fighters after the adjective of kind. */
// prettier-ignore
const FIGHTER_NOUNS: ReadonlySet<string> = new Set([
  'forces', 'force', 'fighters', 'troops', 'units', 'gunmen', 'militiamen', 'groups', 'group', 'movement',
  'commanders', 'leaders', 'positions', 'rebels', 'guerrillas', 'militants', 'insurgents',
].map(wordKey));

/** Most words of the name before the adjective: "Abkhaz", "South Ossetian", "Moro Islamic". */
const MAX_NAME_WORDS = 3;

export interface KindAdjectiveGroup {
  readonly last: number;
  readonly actor: CompiledActor;
}

/** A token standing for a word that is not in the text: only its key is read by the word trie. */
function wordToken(word: string): Token {
  return {
    start: 0,
    end: 0,
    key: wordKey(word),
    article: false,
    capitalized: false,
    letters: word,
    plain: plainLetters(word),
    joinsPrevious: true,
  };
}

/**
 * The lexicon group that "<name> <kind adjective> <fighters' noun>" starting at token `first` names, or null. The
 * name is one to three capitalised words; between the words only spaces or hyphens may stand.
 */
export function kindAdjectiveGroupAt(
  lex: CompiledLexicon,
  text: string,
  tokens: readonly Token[],
  first: number,
): KindAdjectiveGroup | null {
  if (tokens[first]?.capitalized !== true) return null;
  for (let k = first; k < first + MAX_NAME_WORDS; k++) {
    const word = tokens[k];
    const adjective = tokens[k + 1];
    const noun = tokens[k + 2];
    if (word === undefined || adjective === undefined || noun === undefined) return null;
    if (!word.capitalized || !adjective.joinsPrevious || !/^\s+$/u.test(text.slice(word.end, adjective.start)))
      return null;
    // A capitalised word after the name is more of the name ("Moro Islamic …"), except "Islamist", often capitalised.
    const plural = adjective.capitalized && adjective.key !== ISLAMIST ? undefined : KIND_ADJECTIVES.get(adjective.key);
    if (plural === undefined) continue;
    if (noun.capitalized || !/^\s+$/u.test(text.slice(adjective.end, noun.start)) || !FIGHTER_NOUNS.has(noun.key))
      return null;
    const name = tokens.slice(first, k + 1);
    for (const tail of [wordToken(plural), noun]) {
      const actor = wholeAlias(lex, [...name, tail]);
      if (actor !== null) return { last: k + 2, actor };
    }
    return null;
  }
  return null;
}

/** The non-state group whose plain alias (no qualifier, context alias or not-actor) is exactly these words, or null. */
function wholeAlias(lex: CompiledLexicon, words: readonly Token[]): CompiledActor | null {
  const m = matchAt(lex.actorMatcher, words, 0, (e) => e.tag === undefined && lex.actors[e.target]?.kind !== 'state');
  if (m === null || m.last !== words.length - 1) return null;
  return lex.actors[m.entries[0]?.target ?? -1] ?? null;
}
