import { describe, expect, it } from 'vitest';
import { bindLexiconStages } from '../../../src/pipeline/config.ts';
import { tokenize } from '../../../src/pipeline/lexicon/tokens.ts';
import { articleDocument, readDocument } from '../../../src/pipeline/text/articleDocument.ts';
import { BOILERPLATE_RULES } from '../../../src/pipeline/text/boilerplate.ts';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../src/pipeline/text/sentences.ts';
import { lexicon } from '../lexicon/lexicon.ts';

const TEXT = 'Rebels shelled Idlib on Monday. The army said it retook the town on Tuesday.';

describe('the article document, read once', () => {
  it('gives each span the tokens tokenize gives, one array per span', () => {
    const doc = articleDocument(TEXT, splitSentences(TEXT));
    for (const s of doc.sentences) {
      expect(doc.tokens(s)).toEqual(tokenize(TEXT, s));
      expect(doc.tokens(s)).toBe(doc.tokens({ start: s.start, end: s.end }));
    }
    expect(doc.tokens({ start: 0, end: 6 })).not.toBe(doc.tokens({ start: 0, end: 7 }));
  });

  it('reads sentences outside the furniture, and cuts run-on text into bounded sentences', () => {
    const plain = readDocument(TEXT, null, BOILERPLATE_RULES);
    expect(plain.document.sentences).toEqual(splitSentences(TEXT));
    expect(plain.cut).toBe(0);
    const runOn = Array.from({ length: 300 }, (_, i) => `rebels shelled village ${i} on Monday`).join(', and ');
    const read = readDocument(runOn, null, BOILERPLATE_RULES);
    expect(read.cut).toBe(1);
    expect(read.document.sentences.every((s) => s.end - s.start <= MAX_SENTENCE_CHARS)).toBe(true);
  });

  it('binds the lexicon stages to one article: another text is refused, not silently re-read', () => {
    const stages = bindLexiconStages(lexicon())(articleDocument(TEXT, splitSentences(TEXT)));
    expect(stages.lexicon.findPlaces(TEXT, { start: 0, end: 31 }).map((p) => p.text)).toEqual(['Idlib']);
    const other = 'Rebels shelled Raqqa on Monday.';
    expect(() => stages.lexicon.findPlaces(other, { start: 0, end: other.length })).toThrow(/other than/);
  });
});
