import { describe, expect, it } from 'vitest';
import { type AnchorCandidate, lookupAnchor, termsOfAnchorPhrase } from '../../../src/pipeline/dates/anchorLookup.ts';
import type { DateMention } from '../../../src/pipeline/types.ts';

function candidate(
  sentence: string,
  sentenceStart: number,
  dateText: string,
  start: string,
  precision: DateMention['value']['precision'],
): AnchorCandidate {
  const at = sentenceStart + sentence.indexOf(dateText);
  return {
    sentence,
    sentenceStart,
    mention: {
      start: at,
      end: at + dateText.length,
      text: dateText,
      value: { start, precision },
      role: 'point',
      resolvedAgainst: 'published 2020-01-01',
      tags: [],
    },
  };
}

const nowhere = { start: 10_000, end: 10_001 };

describe('termsOfAnchorPhrase', () => {
  it('splits names from content words, folding possessives and event synonyms', () => {
    expect(termsOfAnchorPhrase('Ramadi’s capture')).toEqual({ names: ['ramadi'], concepts: ['#capture'] });
    expect(termsOfAnchorPhrase('the fall of the city')).toEqual({ names: [], concepts: ['#capture'] });
    expect(termsOfAnchorPhrase('the Aleppo ceasefire')).toEqual({ names: ['aleppo'], concepts: ['#agreement'] });
  });
});

describe('lookupAnchor', () => {
  const a = candidate('Rebels seized Idlib on March 3.', 0, 'March 3', '2019-03-03', 'day');
  const b = candidate('Rebels seized Hama in 2014.', 40, '2014', '2014', 'year');
  const c = candidate('Jets bombed the market on March 9.', 80, 'March 9', '2019-03-09', 'day');

  it('matches the name, whatever the event word', () => {
    expect(lookupAnchor('the fall of Idlib', [a, b, c], 'day', nowhere)).toBe(a);
  });

  it('needs one of the names when the phrase has names', () => {
    expect(lookupAnchor('the fall of Homs', [a, b, c], 'day', nowhere)).toBeNull();
  });

  it('matches an event concept when the phrase has no names, preferring day precision for day offsets', () => {
    expect(lookupAnchor('the capture', [a, b], 'day', nowhere)).toBe(a);
    expect(lookupAnchor('the bombing', [a, b, c], 'day', nowhere)).toBe(c);
  });

  it('falls back to a coarser anchor when no day-precise one matches', () => {
    expect(lookupAnchor('the capture of Hama', [a, b, c], 'day', nowhere)).toBe(b);
  });

  it('ignores words inside the excluded span (the expression itself)', () => {
    expect(lookupAnchor('the fall of Idlib', [a], 'day', { start: 0, end: 40 })).toBeNull();
  });

  it('shares the words of a sentence between its dates, each scored by its own distance', () => {
    const sentence = 'Rebels seized Idlib on March 3 and held Idlib on March 9.';
    const first = candidate(sentence, 200, 'March 3', '2019-03-03', 'day');
    const second = candidate(sentence, 200, 'March 9', '2019-03-09', 'day');
    // Both dates are as near to an "Idlib"; the later one wins the tie.
    expect(lookupAnchor('the fall of Idlib', [first, second], 'day', nowhere)).toBe(second);
    // With the second "Idlib" excluded, the first date is nearer to what is left.
    const secondIdlib = 200 + sentence.lastIndexOf('Idlib');
    expect(
      lookupAnchor('the fall of Idlib', [first, second], 'day', { start: secondIdlib, end: secondIdlib + 5 }),
    ).toBe(first);
  });

  it('ignores words inside another text-relative expression of the candidates', () => {
    const relative: AnchorCandidate = {
      ...candidate(
        'Two days after the fall of Idlib, on March 5, talks began.',
        300,
        'Two days after the fall of Idlib',
        '2019-03-05',
        'day',
      ),
    };
    const tagged = { ...relative, mention: { ...relative.mention, tags: ['text-relative:offset'] } };
    expect(lookupAnchor('the fall of Idlib', [tagged], 'day', nowhere)).toBeNull();
    expect(lookupAnchor('the fall of Idlib', [relative], 'day', nowhere)).toBe(relative);
  });
});
