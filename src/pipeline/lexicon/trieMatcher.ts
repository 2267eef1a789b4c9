/**
 * One compiled matcher per lexicon kind: a word trie over the spelling keys of every alias (one edge per word
 * key). Scanning a text walks the trie from each word start with one map lookup per word, so its cost is (words ×
 * longest alias in words) whatever the number of aliases, and it cannot backtrack. The longest alias wins
 * ("US-led coalition" over "US"), matches never overlap.
 *
 * An alias's key is its words' spelling keys joined by a boundary mark (aliasShape), so names match word for
 * word; the trie stores the same words as edges. Word keys hold only [a-z0-9] (spellingKey.ts), never the mark.
 *
 * Hand-written because a regex alternation of thousands of aliases is tried alternative by alternative at every
 * position by V8's irregexp, and the fold (spellingKey.ts) is per word, which no regex flag expresses.
 */
import type { Alias } from './schema.ts';
import { tokenize, type Token } from './tokens.ts';

export interface MatchEntry {
  /** Index of the lexicon row the alias belongs to. */
  readonly target: number;
  readonly alias: string;
  /** Exact letters and case required ("IS" but not "is" or "Is"). */
  readonly matchCase: boolean;
  /** The alias is a proper name: its first word must be capitalized in the text too. */
  readonly capitalized: boolean;
  /** The alias letters as written (for matchCase). */
  readonly letters: string;
  /** Free-form tag the compiler attaches (e.g. 'qualifier' for actor adjectives). */
  readonly tag?: string;
}

export interface TrieNode {
  /** Children by the spelling key of the next word. */
  readonly next: Map<string, TrieNode>;
  readonly entries: MatchEntry[];
}

export interface TrieMatcher {
  readonly root: TrieNode;
  /** Number of aliases compiled in. */
  readonly aliasCount: number;
  /** The most tokens (articles included) a match may span. */
  readonly maxTokens: number;
}

export interface TrieMatch {
  /** Token indexes, inclusive. */
  readonly first: number;
  readonly last: number;
  /** Every entry accepted at that end (several for same-named places). */
  readonly entries: readonly MatchEntry[];
}

/**
 * Marks where one word of an alias ends and the next begins: "Is IS" must not match "ISIS", and the text's word
 * boundaries must be the alias's (articles apart, which both sides drop).
 */
export const WORD_BOUNDARY = '|';

export interface AliasInput {
  readonly target: number;
  readonly alias: Alias;
  readonly tag?: string;
}

/**
 * Acronyms of up to three letters match in capitals only, whatever the file says: folded, "SAA" would be "Sa", "ISF"
 * "Isf", "U.S." "us". (Longer ones stay case-insensitive: the Guardian writes "Isis" and "Centcom".)
 */
const SHORT_ACRONYM = /^(?=.*[A-Z])[A-Z0-9]{2,3}$/;

function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

/** The key, letters and capitalization of an alias, computed by the same tokenizer that reads texts. */
export function aliasShape(text: string): { key: string; letters: string; capitalized: boolean; tokens: number } {
  const tokens = tokenize(text, { start: 0, end: text.length });
  const words = tokens.filter((t) => !t.article);
  return {
    key: words.map((t) => t.key).join(WORD_BOUNDARY),
    letters: words.map((t) => t.letters).join(''),
    capitalized: words[0]?.capitalized ?? false,
    tokens: tokens.length,
  };
}

export type AliasShape = ReturnType<typeof aliasShape>;

/**
 * `shapeOf`: aliasShape, or a memo of it shared by the matchers of one lexicon (compileLexicon), which shapes many
 * of the same aliases more than once.
 */
export function buildTrieMatcher(
  inputs: readonly AliasInput[],
  shapeOf: (text: string) => AliasShape = aliasShape,
): TrieMatcher {
  const root = newNode();
  let aliasCount = 0;
  let maxTokens = 1;
  for (const input of inputs) {
    const text = typeof input.alias === 'string' ? input.alias : input.alias.text;
    const shape = shapeOf(text);
    const matchCase = typeof input.alias !== 'string' || SHORT_ACRONYM.test(shape.letters);
    if (shape.key === '') continue;
    let node = root;
    for (const word of shape.key.split(WORD_BOUNDARY)) {
      let child = node.next.get(word);
      if (child === undefined) {
        child = newNode();
        node.next.set(word, child);
      }
      node = child;
    }
    const duplicate = node.entries.some(
      (e) =>
        e.target === input.target && e.matchCase === matchCase && e.tag === input.tag && e.letters === shape.letters,
    );
    if (duplicate) continue;
    const entry: MatchEntry = {
      target: input.target,
      alias: text,
      matchCase,
      capitalized: shape.capitalized,
      letters: shape.letters,
      ...(input.tag === undefined ? {} : { tag: input.tag }),
    };
    node.entries.push(entry);
    aliasCount += 1;
    maxTokens = Math.max(maxTokens, shape.tokens);
  }
  // Slack for articles and hyphens the text writes and the alias does not ("Ain al-Arab" for "Ain Arab").
  return { root, aliasCount, maxTokens: maxTokens + 3 };
}

/** A word in capitals ("THIS SOFTWARE IS PROVIDED"): between two of them, capitals say nothing about an acronym. */
function shouted(t: Token | undefined): boolean {
  return t !== undefined && t.letters.length >= 2 && /^\p{Lu}+$/u.test(t.letters);
}

/** Whether an entry's case rules hold for tokens first..last. */
export function caseAccepts(entry: MatchEntry, tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[first];
  if (head === undefined) return false;
  if (entry.capitalized && !head.capitalized) return false;
  if (!entry.matchCase) return true;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if ((shouted(before) || before === undefined) && (shouted(after) || after === undefined) && before !== after)
    return false;
  // The words' letters, joined, must be the alias's: compared piece by piece in place, because joining them
  // allocated a string for every exact-case candidate of every scan.
  const want = entry.letters;
  let at = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t === undefined || t.article) continue;
    if (!want.startsWith(t.letters, at)) return false;
    at += t.letters.length;
  }
  return at === want.length;
}

export type EntryFilter = (entry: MatchEntry, first: number, last: number) => boolean;

/** The entries of `node` whose case rules and `accept` hold for tokens first..last; null when none does. */
function acceptedAt(
  node: TrieNode,
  tokens: readonly Token[],
  first: number,
  last: number,
  accept: EntryFilter,
): MatchEntry[] | null {
  let accepted: MatchEntry[] | null = null;
  for (const e of node.entries) {
    if (caseAccepts(e, tokens, first, last) && accept(e, first, last)) (accepted ??= []).push(e);
  }
  return accepted;
}

/** The longest match that starts at token `first` and passes `accept`, or null. */
export function matchAt(
  matcher: TrieMatcher,
  tokens: readonly Token[],
  first: number,
  accept: EntryFilter,
): TrieMatch | null {
  const start = tokens[first];
  if (start === undefined || start.key === '') return null;
  // Most words start no alias: one lookup settles them before any set-up.
  let node: TrieNode | undefined = matcher.root.next.get(start.key);
  if (node === undefined) return null;
  let best: TrieMatch | null = null;
  const limit = Math.min(tokens.length, first + matcher.maxTokens);
  for (let j = first; ;) {
    if (node.entries.length > 0) {
      const accepted = acceptedAt(node, tokens, first, j, accept);
      if (accepted !== null) best = { first, last: j, entries: accepted };
    }
    // The next word of the name: joined to this one, articles read through.
    let t: Token | undefined;
    do {
      j += 1;
      t = j < limit ? tokens[j] : undefined;
    } while (t !== undefined && t.joinsPrevious && t.key === '' && t.article);
    if (t === undefined || !t.joinsPrevious || t.key === '') break;
    node = node.next.get(t.key);
    if (node === undefined) break;
  }
  return best;
}

/** Greedy left-to-right scan: at each word the longest accepted match, then on after it. */
export function scanTokens(matcher: TrieMatcher, tokens: readonly Token[], accept: EntryFilter): TrieMatch[] {
  const out: TrieMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(matcher, tokens, i, accept);
    if (m !== null) {
      out.push(m);
      i = m.last;
    }
  }
  return out;
}

/**
 * The character range of a match: an article written before the first word belongs to the name ("al-Bab"), and
 * so does the dot of a closing one-letter abbreviation ("U.S."), when it lies before `limit` (the span end).
 */
export function matchRange(
  text: string,
  tokens: readonly Token[],
  m: TrieMatch,
  limit: number,
): { start: number; end: number } {
  const first = tokens[m.first];
  const last = tokens[m.last];
  if (first === undefined || last === undefined) throw new Error('match outside the tokens');
  const before = tokens[m.first - 1];
  const start = before !== undefined && before.article && first.joinsPrevious ? before.start : first.start;
  const end = last.end - last.start === 1 && last.end < limit && text[last.end] === '.' ? last.end + 1 : last.end;
  return { start, end };
}
