import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyEvent, findActors, findPlaces } from '../../../src/pipeline/lexicon/index.ts';
import type { Span } from '../../../src/pipeline/types.ts';
import { lexicon } from './lexicon.ts';

/** Words that exercise the matchers: names in several spellings, articles, triggers, and plain words. */
const WORDS = [
  'Deir',
  'ez',
  'el',
  'Zour',
  'Zor',
  'Dayr',
  'az',
  'Zawr',
  'Kobanê',
  'Ain',
  'al',
  'Arab',
  'IS',
  'is',
  'ISIS',
  'Daesh',
  'U',
  'S',
  'US',
  'led',
  'coalition',
  'Syrian',
  'Iraqi',
  'and',
  'army',
  'forces',
  'Russian',
  'warplanes',
  'retook',
  'seized',
  'by',
  'to',
  'fell',
  'the',
  'Sinjar',
  'Iraq',
  'Syria',
  'Palmyra',
  'Ramadi',
  'province',
  'Idlib',
  'backed',
  'drove',
  'out',
  'of',
  'said',
  'Hezbollah',
  'Ma',
  'arrat',
  'Numan',
  'Tal',
  'Afar',
  'eastern',
  'airstrikes',
];
const GLUE = [' ', ' ', ' ', '-', '\u00a0', '’', "'", "'s ", '’s ', '. ', ', ', '\n', '\n\n', 'ʿ', '\u2011', '.'];

const texts = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { maxLength: 40 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

const spans = (text: string) =>
  fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
    .map(([a, b]): Span => ({ start: Math.min(a, b), end: Math.max(a, b) }));

function wellFormed(text: string, span: Span, ms: readonly { start: number; end: number; text: string }[]): void {
  let end = span.start;
  for (const m of ms) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(end);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(span.end);
    end = m.end;
  }
}

describe('matchers on random text', () => {
  it('never throw, and every mention slices its text, in order, without overlap, inside the span', () => {
    const lex = lexicon();
    fc.assert(
      fc.property(
        texts.chain((t) => fc.tuple(fc.constant(t), spans(t))),
        ([text, span]) => {
          const actors = findActors(lex, text, span);
          wellFormed(text, span, actors);
          wellFormed(text, span, findPlaces(lex, text, span, text));
          const e = classifyEvent(lex, text, span, actors);
          if (e !== null) wellFormed(text, span, [e]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
