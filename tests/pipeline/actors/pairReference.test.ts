/** "the two groups", "both militias": the two groups the story has named, when it has named exactly two. */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from '../lexicon/lexicon.ts';

const names = (text: string): string[] => findActors(lexicon(), text, whole(text), text).map((m) => m.actor);

describe('a reference to two groups', () => {
  it('names both groups named before, in the order they were named', () => {
    expect(names('The Arakan Army and the Kachin Independence Army met. Fighters of both groups fled.')).toEqual([
      'Arakan Army',
      'Kachin Independence Army',
      'Arakan Army',
      'Kachin Independence Army',
    ]);
    expect(names('Boko Haram fought ISWAP near Lake Chad. The two factions lost dozens.').slice(-2)).toEqual([
      'Boko Haram',
      'Islamic State West Africa Province',
    ]);
  });

  it('names nobody with one group or three named, or when the groups are not armed ones', () => {
    expect(names('M23 fought. The two groups clashed.')).toEqual(['M23']);
    expect(names('M23, the ADF and CODECO fought. The two groups clashed.')).toHaveLength(3);
    expect(names('Two groups of tourists arrived.')).toEqual([]);
  });

  it('keeps every mention apart: the words of the phrase are shared out, never overlapping', () => {
    const text = 'The Arakan Army and the Kachin Independence Army met. Both groups fled.';
    const spans = findActors(lexicon(), text, whole(text), text).map((m) => text.slice(m.start, m.end));
    expect(spans.slice(-2)).toEqual(['Both', 'groups']);
  });
});
