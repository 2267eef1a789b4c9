/**
 * Listed places named like an everyday English word ("Hit" in Iraq): their rows are shown under that name but
 * not matched by it (`matchName: false`), so that "hit" and "Hit by shelling, …" name no town. A careful reader
 * still reads the capitalised word as the town where the story is about its country (rule 2 of
 * placeReading.ts): "Islamic State captured Hit", "air strikes near Hit" in a story about Iraq. Not at the start
 * of a sentence, where every word is capitalised, unless a strong cue says it ("Town of Hit").
 */
import type { CompiledLexicon, CompiledPlace } from './compileLexicon.ts';
import type { PlaceContext } from './placeContext.ts';
import { focusOf, type Cue } from './placeReading.ts';
import type { Token } from './tokens.ts';
import { aliasShape } from './trieMatcher.ts';

const WORD_NAMED = new WeakMap<CompiledLexicon, ReadonlyMap<string, readonly CompiledPlace[]>>();

/** One-word names that are everyday words, of listed places that the name itself does not match. */
function wordNamedPlaces(lex: CompiledLexicon): ReadonlyMap<string, readonly CompiledPlace[]> {
  let found = WORD_NAMED.get(lex);
  if (found !== undefined) return found;
  const byKey = new Map<string, CompiledPlace[]>();
  lex.places.forEach((p, t) => {
    const word = p.name.toLowerCase();
    if (!/^\p{L}+$/u.test(p.name) || !lex.gazetteer.commonWords.has(word)) return;
    const matched =
      lex.placeMatcher.root.next.get(aliasShape(p.name).key)?.entries.some((e) => e.target === t) ?? false;
    if (!matched) byKey.set(word, [...(byKey.get(word) ?? []), p]);
  });
  found = byKey;
  WORD_NAMED.set(lex, found);
  return found;
}

/** "Hit. Shelling…", "\n\nHit": the token opens a sentence. */
const SENTENCE_START_BEFORE = /(?:^|[.!?]["'\u201d\u2019)]?\s+|\n\s*)$/u;

/**
 * The listed place an everyday-word name at `token` stands for, or null: a capitalised word, not opening a
 * sentence unless strongly cued, of a place whose country or division the sentence or article names.
 */
export function wordNamedPlaceAt(
  lex: CompiledLexicon,
  text: string,
  token: Token,
  cue: () => Cue,
  clues: () => { sentence: PlaceContext; article: PlaceContext },
): CompiledPlace | null {
  if (!token.capitalized || token.letters.length < 2) return null;
  const places = wordNamedPlaces(lex).get(token.letters.toLowerCase());
  if (places === undefined) return null;
  if (cue() !== 'strong' && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start)))
    return null;
  const { sentence, article } = clues();
  return places.find((p) => focusOf(p, sentence, article) === 'here') ?? null;
}
