/**
 * Where a statement is placed (statementPlace.ts, assembleArticle.ts): only by its own words, never by the place
 * of the attack a group claims, of the fighting in the clause before, or of the speaker ("Nairobi said"). Sentences
 * written for these rules, in several countries; negatives keep a place the statement names itself.
 */
import { describe, expect, it } from 'vitest';
import { placesOf } from './places.ts';

describe('a statement takes no place that is not its own', () => {
  it('leaves a claim of responsibility unplaced, though the attack it claims was placed', () => {
    const text =
      'Gunmen killed 14 villagers in Goma on Sunday. The militant group claimed responsibility for the attack on Monday.';
    expect(placesOf(text, '2023-05-09')).toEqual(['Goma', null]);
  });

  it('does not lend the fighting of the clause before to an ultimatum after it', () => {
    const text =
      'Rebels shelled police posts in Kindia on Thursday, and the government said on Friday that it had given them 24 hours to surrender.';
    expect(placesOf(text, '2021-06-12')).toEqual(['Kindia', null]);
  });

  it('keeps the place a declaration names itself', () => {
    const text = 'The government declared a state of emergency in Mopti on Tuesday.';
    expect(placesOf(text, '2019-03-28')).toEqual(['Mopti']);
  });

  it('does not place a saying at the capital that speaks ("Nairobi said")', () => {
    const text = 'Nairobi said on Monday that the truce with the rebels would hold.';
    expect(placesOf(text, '2015-07-21')).toEqual([null]);
  });

  it('keeps a place the saying names beside its speaker', () => {
    const text = 'Nairobi said on Monday that the truce in Garissa would hold.';
    expect(placesOf(text, '2015-07-21')).toEqual(['Garissa']);
  });

  it('does not place a statement in the relative clause that describes its speaker', () => {
    const text =
      'The African Union, which has its headquarters in Addis Ababa, said on Sunday that the truce would hold.';
    expect(placesOf(text, '2001-03-12')).toEqual([null]);
  });

  it('keeps a place in a relative clause that holds the date', () => {
    const text = 'The government, which declared a curfew in Bouaké on Sunday, ordered schools shut.';
    expect(placesOf(text, '2004-11-09')).toEqual(['Bouaké']);
  });
});
