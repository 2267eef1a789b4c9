import { describe, expect, it } from 'vitest';
import { assembleArticle } from '../../../src/pipeline/assemble/assembleArticle.ts';
import type { EventCandidate } from '../../../src/pipeline/assemble/candidate.ts';
import { bindLexiconStages } from '../../../src/pipeline/config.ts';
import { articleDocument } from '../../../src/pipeline/text/articleDocument.ts';
import { splitSentences } from '../../../src/pipeline/text/sentences.ts';
import { mentionOf, summary } from '../dates/sentences.ts';
import { lexicon } from '../lexicon/lexicon.ts';

function events(text: string, published: string): EventCandidate[] {
  return assembleArticle(
    {
      article: { id: 't', title: null, publisher: null, url: null, published, text },
      reference: { date: published, basis: 'published' },
      sentences: splitSentences(text),
    },
    bindLexiconStages(lexicon())(articleDocument(text, splitSentences(text))),
  );
}

const OPENING = 'Turkish jets began an offensive on Afrin on Jan. 20. ';

describe('a date and an expression counted from another event, side by side', () => {
  it('"on Jan. 27, a week after the offensive began" is one event on the stated date', () => {
    const out = events(
      `${OPENING}Kurdish fighters pulled back on Jan. 27, a week after the offensive began.`,
      '2018-02-10',
    );
    expect(out.map((e) => e.date.start)).toEqual(['2018-01-20', '2018-01-27']);
    expect(out[1]?.mention.text).toBe('Jan. 27');
  });

  it('in either order', () => {
    const out = events(
      `${OPENING}A week after the offensive began, on Jan. 27, Kurdish fighters pulled back.`,
      '2018-02-10',
    );
    expect(out.map((e) => e.date.start)).toEqual(['2018-01-20', '2018-01-27']);
  });

  it('an event noun inside the expression names the anchor, not this event (no actors or place from it)', () => {
    const out = events(
      `${OPENING}Four days after the offensive, Kurdish fighters withdrew from Jandaris.`,
      '2018-02-10',
    );
    expect(out[1]?.date.start).toBe('2018-01-24');
    expect(out[1]?.actors).toEqual(['Kurdish forces']);
    expect(out[1]?.location?.name).toBe('Jindayris');
  });

  it('a sentence that restates an anchor is no anchor for it', () => {
    const text =
      `${OPENING}Kurdish fighters pulled back on Jan. 27, a week after the offensive began. ` +
      'Ten days after the offensive began, the jets struck Rajo.';
    expect(summary(mentionOf(text, '2018-02-10', 'Ten days after'))).toBe('2018-01-30 day point');
  });
});
