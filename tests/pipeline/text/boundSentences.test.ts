import { describe, expect, it } from 'vitest';
import { boundSentences, MAX_SENTENCE_CHARS, splitSentences } from '../../../src/pipeline/text/sentences.ts';
import { extractArticle } from '../../../src/pipeline/index.ts';
import { fakeConfig, fakeStages } from '../fakes.ts';

const clause = (i: number): string => `Rebels shelled the town on March ${(i % 28) + 1}, 2016`;

describe('boundSentences', () => {
  it('cuts long run-on text into pieces of at most the bound, at clause boundaries, with exact offsets', () => {
    const text = `Intro sentence here. ${Array.from({ length: 400 }, (_, i) => clause(i)).join(', and ')}`;
    const { sentences, cut } = boundSentences(text, splitSentences(text));
    expect(cut).toBe(1);
    expect(sentences[0]?.text).toBe('Intro sentence here.');
    expect(sentences.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    // Cut after a comma, never inside a clause: every piece after the first ends on a whole date.
    for (const s of sentences.slice(1, -1)) expect(s.text).toMatch(/March \d+, 2016,?$/);
    // Nothing is lost: the pieces cover the run-on sentence up to the whitespace between them.
    expect(
      sentences
        .slice(1)
        .map((s) => s.text)
        .join(' '),
    ).toBe(text.slice(text.indexOf('Rebels')));
  });

  it('cuts at a space when there is no clause mark, and inside a word only when there is no space', () => {
    const words = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');
    for (const s of boundSentences(words, splitSentences(words), 100).sentences) {
      expect(s.text).toMatch(/^word\d+( word\d+)*$/);
    }
    const blob = 'x'.repeat(250);
    expect(boundSentences(blob, splitSentences(blob), 100).sentences.map((s) => s.text.length)).toEqual([100, 100, 50]);
    // A surrogate pair is never split.
    const emoji = '\u{1F600}'.repeat(60);
    for (const s of boundSentences(emoji, splitSentences(emoji), 25).sentences)
      expect(s.text).toMatch(/^(?:\u{1F600})+$/u);
  });

  it('leaves sentences within the bound untouched', () => {
    const text = 'One short sentence. Another one, with a clause.';
    const sentences = splitSentences(text);
    expect(boundSentences(text, sentences)).toEqual({ sentences, cut: 0 });
  });

  it('makes the pipeline warn about the cut and keep going', () => {
    const text = Array.from({ length: 200 }, (_, i) => clause(i)).join(', and ');
    const article = { id: 'runon', title: null, publisher: null, url: null, published: '2016-12-31', text };
    const { report } = extractArticle(article, () => fakeStages(), fakeConfig());
    expect(report.warnings).toContain(
      `1 run-on sentence longer than ${MAX_SENTENCE_CHARS} characters cut into pieces at clause boundaries`,
    );
    expect(report.sentences).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
  });
});
