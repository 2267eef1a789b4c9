import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../../scripts/lib/readLexicon.ts';
import { compileLexicon, findActors, findPlaces, classifyEvent } from '../../../src/pipeline/lexicon/index.ts';
import {
  aliasShape,
  WORD_BOUNDARY,
  type TrieMatcher,
  type TrieNode,
} from '../../../src/pipeline/lexicon/trieMatcher.ts';
import { lexicon, whole } from './lexicon.ts';

function lookup(m: TrieMatcher, key: string): TrieNode | undefined {
  let node: TrieNode | undefined = m.root;
  for (const word of key.split(WORD_BOUNDARY)) node = node?.next.get(word);
  return node;
}

describe('compileLexicon', () => {
  it('compiles every actor alias into the one actor trie', () => {
    const raw = readLexicon('data/lexicon');
    const lex = lexicon();
    for (const [i, a] of raw.actors.actors.entries()) {
      for (const alias of [a.name, ...a.aliases]) {
        const text = typeof alias === 'string' ? alias : alias.text;
        const node = lookup(lex.actorMatcher, aliasShape(text).key);
        expect(
          node?.entries.some((e) => e.target === i),
          `${a.name}: ${text}`,
        ).toBe(true);
      }
    }
  });

  it('compiles every place alias into the one place trie', () => {
    const raw = readLexicon('data/lexicon');
    const lex = lexicon();
    let checked = 0;
    for (const [i, p] of raw.places.places.entries()) {
      for (const alias of p.matchName === false ? p.aliases : [p.name, ...p.aliases]) {
        const text = typeof alias === 'string' ? alias : alias.text;
        expect(
          lookup(lex.placeMatcher, aliasShape(text).key)?.entries.some((e) => e.target === i),
          text,
        ).toBe(true);
        checked += 1;
      }
    }
    expect(lex.placeMatcher.aliasCount).toBeLessThanOrEqual(checked);
    expect(lex.placeMatcher.aliasCount).toBeGreaterThan(1000);
  });

  it('is pure: compiling twice gives matchers that agree', () => {
    const a = compileLexicon(readLexicon('data/lexicon'));
    const b = compileLexicon(readLexicon('data/lexicon'));
    expect(a.actorMatcher.aliasCount).toBe(b.actorMatcher.aliasCount);
    const text = 'Daesh fighters seized Kobane from Kurdish forces.';
    expect(findActors(a, text, whole(text))).toEqual(findActors(b, text, whole(text)));
  });

  it('gives the ACLED default of the final type when taking ground changes the type', () => {
    const lex = lexicon();
    const text = 'Iraqi troops captured the town.';
    const m = classifyEvent(lex, text, whole(text), findActors(lex, text, whole(text)));
    expect(m?.acled).toEqual({ eventType: 'Battles', subEventType: 'Government regains territory' });
  });
});

describe('adversarial input', () => {
  // Not timed: a regex that backtracked catastrophically, or a scan that looped, would not finish at all.
  const inputs: [string, string][] = [
    ['articles', 'al-'.repeat(33_334)],
    ['spaces', ' '.repeat(100_000)],
    ['no-break spaces and hyphens', '\u00a0-'.repeat(50_000)],
    ['one long word', 'a'.repeat(100_000)],
    ['apostrophes', "a'".repeat(50_000)],
    ['repeated names', 'Deir ez-'.repeat(12_500)],
    ['repeated IS', 'IS '.repeat(33_334)],
    ['newlines and spaces', '\n    '.repeat(20_000)],
    ['context phrases', 'government forces '.repeat(5_556)],
  ];
  for (const [name, text] of inputs) {
    it(`finishes on 100,000 characters of ${name}`, () => {
      const lex = lexicon();
      const span = whole(text);
      const actors = findActors(lex, text, span, text);
      expect(actors.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
      expect(findPlaces(lex, text, span, text).every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
      classifyEvent(lex, text, span, actors);
    });
  }
});
