/** A capital as one of two coordinated subjects of a saying or deciding verb: sentences written for this rule. */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from '../lexicon/lexicon.ts';

const actorsOf = (text: string): string[] => findActors(lexicon(), text, whole(text)).map((m) => m.actor);

describe('a capital coordinated with a second subject', () => {
  it('stands for its state when the pair opens a clause and a verb follows', () => {
    expect(actorsOf('The truce that Bamako and the rebels signed did not hold.')).toEqual(['Mali']);
    expect(actorsOf('Talks broke down, and Kampala and the insurgents agreed to meet again.')).toEqual(['Uganda']);
    expect(actorsOf('Dakar or its allies would respond.')).toEqual(['Senegal']);
  });

  it('stays the place when the capital is the object of a verb before it', () => {
    expect(actorsOf('Fighting reached Bamako and the army said it held the airport.')).toEqual(['Mali']);
    expect(actorsOf('Fighting reached Bamako and the army said it held the airport.')).toHaveLength(1);
  });

  it('stays the place after a locative, and without a verb after the second subject', () => {
    expect(actorsOf('Protests in Kampala and the north spread.')).toEqual([]);
    expect(actorsOf('Bamako and the river towns were calm.')).toEqual([]);
  });

  it('reads a capital before "declared" as its state', () => {
    expect(actorsOf('In March, Bamako declared a state of emergency.')).toEqual(['Mali']);
  });
});
