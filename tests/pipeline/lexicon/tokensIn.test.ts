import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleContext, classifyEvent, findActors, findPlaces } from '../../../src/pipeline/lexicon/index.ts';
import { tokenize, tokenizeText, tokensIn } from '../../../src/pipeline/lexicon/tokens.ts';
import type { Span } from '../../../src/pipeline/types.ts';
import { lexicon } from './lexicon.ts';

/** Words whose tokens depend on their neighbours: articles, one-letter abbreviations, possessives, apostrophes. */
// prettier-ignore
const WORDS = [
  'al', 'Al', 'as', 'As', 'AS', 'ez', 'an', 'Bab', 'Suwayda', 'U', 'S', 'N', 'IS', 'Ma', 'arrat', 'Numan',
  'Qa', 'im', 'Kobanê', 'Zawr', 'Dayr', 'forces', 'retook', 'Hama', 'ISIS', 'the', 'Sunday', '2017',
];
const GLUE = [' ', ' ', '-', '\u00a0', '’', "'", "'s ", '’s ', '. ', ', ', '\n', '\n\n', 'ʿ', '\u2011', '.', '.-'];

const texts = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { maxLength: 30 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

const spans = (text: string) =>
  fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
    .map(([a, b]): Span => ({ start: Math.min(a, b), end: Math.max(a, b) }));

describe('tokensIn: the tokens of a span, cut from the tokens of the whole text', () => {
  it('equal tokenize over the span, for any span (word edges, mid-word cuts, articles, possessives)', () => {
    fc.assert(
      fc.property(
        texts.chain((t) => fc.tuple(fc.constant(t), spans(t))),
        ([text, span]) => {
          expect(tokensIn(tokenizeText(text), span)).toEqual(tokenize(text, span));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('drop what lies outside the span: a hyphened article at the span end, a join at its start', () => {
    const text = 'Fighters entered as-Suwayda. U.S.-led jets struck al-Bab';
    const tt = tokenizeText(text);
    const asAt = text.indexOf('as-');
    // Whole text: "as" is an article joined to "Suwayda"; cut after "as", it is the English word.
    expect(tt.all.find((t) => t.start === asAt)?.article).toBe(true);
    const cut = tokensIn(tt, { start: 0, end: asAt + 2 });
    expect(cut.at(-1)).toMatchObject({ start: asAt, article: false, key: 'as' });
    // "S" joins "U." in the whole text, not when the span starts on it.
    const sAt = text.indexOf('S.-led');
    expect(tt.all.find((t) => t.start === sAt)?.joinsPrevious).toBe(true);
    expect(tokensIn(tt, { start: sAt, end: text.length })[0]).toMatchObject({ start: sAt, joinsPrevious: false });
    expect(tokensIn(tt, { start: sAt, end: text.length })).toEqual(tokenize(text, { start: sAt, end: text.length }));
  });
});

describe('article context: tokens and scans shared by the stages', () => {
  it('hands out one tokens array per span, so the stages share their scans', () => {
    const text = 'Kurdish forces retook Manbij from ISIS. The U.S.-led coalition struck Raqqa on Sunday.';
    const ctx = articleContext(lexicon(), text);
    const span = { start: 0, end: text.indexOf('.') + 1 };
    expect(ctx.tokens(span)).toBe(ctx.tokens({ ...span }));
    expect(ctx.tokens(span)).toEqual(tokenize(text, span));
    expect(ctx.scans(ctx.tokens(span))).toBe(ctx.scans(ctx.tokens({ ...span })));
    expect(ctx.scans(ctx.tokens(span)).places).toBe(ctx.scans(ctx.tokens(span)).places);
    expect(ctx.scans(ctx.tokens(span)).places.length).toBeGreaterThan(0);
    let computed = 0;
    const slot = { what: 'a count of computations', compute: (): number => ++computed };
    expect(ctx.once(slot)).toBe(1);
    expect(ctx.once(slot)).toBe(1);
    expect(ctx.once({ ...slot })).toBe(2);
  });

  it('gives the same actors, places and event types with or without it, on any span', () => {
    const lex = lexicon();
    const text =
      'Backed by U.S.-led coalition airstrikes, Kurdish-led fighters retook Tal Abyad from Islamic State ' +
      'militants on Monday. Government forces shelled Sinjar, the Iraqi army said. Iraq’s army seized ' +
      'al-Qaim, which fell to ISIS in 2014.';
    const ctx = articleContext(lex, text);
    fc.assert(
      fc.property(spans(text), (span) => {
        const actors = findActors(lex, text, span, text);
        expect(findActors(lex, text, span, ctx)).toEqual(actors);
        expect(findPlaces(lex, text, span, ctx)).toEqual(findPlaces(lex, text, span, text));
        expect(classifyEvent(lex, text, span, actors, ctx)).toEqual(classifyEvent(lex, text, span, actors));
      }),
      { numRuns: 300 },
    );
  });

  it('reads the article for a state agent abroad with or without it (the article is the text, not the context)', () => {
    const lex = lexicon();
    // "ISI" (Pakistan's intelligence service) cut from "ISIS": the clause names no place, so whether Pakistan
    // took ground at home is read from the article, which names Syrian and Iraqi places only.
    const text = 'Kurdish fighters retook Tal Abyad. Iraq’s army seized al-Qaim, which fell to ISIS in 2014.';
    const span = { start: text.indexOf(', which'), end: text.indexOf('ISIS') + 3 };
    const actors = findActors(lex, text, span, text);
    expect(actors.map((a) => a.actor)).toEqual(['Pakistan']);
    const withContext = classifyEvent(lex, text, span, actors, articleContext(lex, text));
    expect(withContext?.type).toBe('capture');
    expect(classifyEvent(lex, text, span, actors)).toEqual(withContext);
  });
});
