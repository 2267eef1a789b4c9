/** A known group worded as "<name> <kind adjective> <fighters' noun>": sentences written for this rule. */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from '../lexicon/lexicon.ts';

const actorsOf = (text: string): [string, string][] =>
  findActors(lexicon(), text, whole(text)).map((m) => [m.text, m.actor]);

describe('a known group worded with its kind', () => {
  it('reads "<name> separatist forces" as the group the lexicon knows as "<name> separatists"', () => {
    expect(actorsOf('South Ossetian separatist fighters shelled the village.')).toEqual([
      ['South Ossetian separatist fighters', 'South Ossetian separatists'],
    ]);
  });

  it('reads the fighters noun itself when the lexicon knows "<name> <noun>"', () => {
    expect(actorsOf('Abkhaz rebel fighters moved north.')).toEqual([['Abkhaz rebel fighters', 'Abkhaz separatists']]);
  });

  it('leaves a state adjective to the generic reading: "Syrian rebel forces" name no state', () => {
    const read = actorsOf('Syrian rebel forces advanced.').map(([, a]) => a);
    expect(read).not.toContain('Syria');
  });

  it('needs a fighters noun after the adjective, and a name the lexicon knows', () => {
    expect(actorsOf('Abkhaz separatist leaders met.').map(([, a]) => a)).toEqual(['Abkhaz separatists']);
    expect(actorsOf('The Abkhaz separatist cause was lost.')).toEqual([]);
    expect(actorsOf('Zorgan separatist forces attacked.')).toEqual([]);
  });
});
