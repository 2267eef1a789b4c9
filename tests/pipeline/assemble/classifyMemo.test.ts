import { describe, expect, it } from 'vitest';
import { memoizeClassify, wordSpan } from '../../../src/pipeline/assemble/classifyMemo.ts';
import type { LexiconStage } from '../../../src/pipeline/assemble/stages.ts';
import { bindLexiconStages } from '../../../src/pipeline/config.ts';
import { classifyEvent, findActors } from '../../../src/pipeline/lexicon/index.ts';
import { readDocument } from '../../../src/pipeline/text/articleDocument.ts';
import { BOILERPLATE_RULES } from '../../../src/pipeline/text/boilerplate.ts';
import type { ActorMention, Span } from '../../../src/pipeline/types.ts';
import { lexicon } from '../lexicon/lexicon.ts';

/** A lexicon stage that types "seized" as a capture and counts the questions it is asked. */
function countingLexicon(): { lexicon: LexiconStage; asked: Span[] } {
  const asked: Span[] = [];
  const lexicon: LexiconStage = {
    findActors: () => [],
    findPlaces: () => [],
    classifyEvent: (text, span) => {
      asked.push(span);
      const at = text.slice(span.start, span.end).indexOf('seized');
      if (at < 0) return null;
      const start = span.start + at;
      return { start, end: start + 6, text: 'seized', type: 'capture', acled: { eventType: 'x', subEventType: 'y' } };
    },
  };
  return { lexicon, asked };
}

const REBELS: ActorMention = { start: 0, end: 6, text: 'Rebels', actor: 'rebels' };

describe('wordSpan', () => {
  it('drops what no word holds at the edges, and nothing inside', () => {
    const text = ' (Rebels seized Suruc, in 2022), ';
    expect(wordSpan(text, { start: 0, end: text.length })).toEqual({ start: 2, end: 30 });
    expect(wordSpan(text, { start: 2, end: 30 })).toEqual({ start: 2, end: 30 });
    expect(wordSpan(text, { start: 0, end: 2 })).toEqual({ start: 2, end: 2 });
  });
});

describe('memoizeClassify', () => {
  const text = 'Rebels seized Suruc in 2022, and the army shelled it';

  it('asks each question once: the same words with the same actors', () => {
    const { lexicon, asked } = countingLexicon();
    const memo = memoizeClassify(lexicon);
    const a = memo.classifyEvent(text, { start: 0, end: 28 }, [REBELS]); // "… in 2022,"
    const b = memo.classifyEvent(text, { start: 0, end: 27 }, [REBELS]); // "… in 2022"
    expect(asked).toHaveLength(1);
    expect(b).toEqual(a);
    // A fresh object per answer, as the lexicon gives.
    expect(b).not.toBe(a);
  });

  it('asks again for other words or other actors inside the span', () => {
    const { lexicon, asked } = countingLexicon();
    const memo = memoizeClassify(lexicon);
    memo.classifyEvent(text, { start: 0, end: 27 }, [REBELS]);
    memo.classifyEvent(text, { start: 0, end: 24 }, [REBELS]); // one word less
    memo.classifyEvent(text, { start: 0, end: 27 }, []); // no actor
    memo.classifyEvent(text, { start: 0, end: 27 }, [{ ...REBELS, kind: 'state' }]);
    // An actor outside the span changes nothing.
    memo.classifyEvent(text, { start: 7, end: 27 }, []);
    memo.classifyEvent(text, { start: 7, end: 27 }, [REBELS]);
    expect(asked).toHaveLength(5);
  });

  it('keeps "no trigger" answers too', () => {
    const { lexicon, asked } = countingLexicon();
    const memo = memoizeClassify(lexicon);
    expect(memo.classifyEvent(text, { start: 29, end: 52 }, [])).toBeNull();
    expect(memo.classifyEvent(text, { start: 28, end: 52 }, [])).toBeNull();
    expect(asked).toHaveLength(1);
  });
});

describe('the lexicon answers by the words of a span', () => {
  // The ground the memo stands on: the real classifyEvent gives the same answer for spans that differ only by
  // non-word characters at their edges, with and without the article context.
  const text =
    'On Monday, (Islamic State fighters captured the town of Hit), while the army, backed by U.S. jets, ' +
    'shelled it; "Kurdish forces retook Kobane by January 2015."';
  const lex = lexicon();
  const { document } = readDocument(text, null, BOILERPLATE_RULES);
  const stages = bindLexiconStages(lex)(document);
  const spans: Span[] = [];
  for (let s = 0; s < text.length; s += 7)
    for (let e = s + 1; e <= text.length; e += 11) spans.push({ start: s, end: e });

  it('gives spans with the same words one answer', () => {
    const actors = findActors(lex, text, { start: 0, end: text.length });
    let compared = 0;
    const inside = (span: Span): string =>
      JSON.stringify(actors.filter((a) => a.start >= span.start && a.end <= span.end));
    for (const span of spans) {
      const words = wordSpan(text, span);
      // The memo's question: the same words, and the same actors inside ("U.S." ends with a dot).
      if ((words.start === span.start && words.end === span.end) || inside(words) !== inside(span)) continue;
      compared += 1;
      expect(classifyEvent(lex, text, words, actors)).toEqual(classifyEvent(lex, text, span, actors));
      expect(stages.lexicon.classifyEvent(text, words, actors)).toEqual(
        stages.lexicon.classifyEvent(text, span, actors),
      );
    }
    expect(compared).toBeGreaterThan(50);
  });
});
