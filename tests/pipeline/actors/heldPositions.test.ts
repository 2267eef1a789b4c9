/** "Rebel bases", "militant hideouts": the group of that kind in focus as the side hit. Sentences written for it. */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from '../lexicon/lexicon.ts';

const actorsOf = (text: string): [string, string][] =>
  findActors(lexicon(), text, whole(text)).map((m) => [m.text, m.actor]);

describe('what a kind of group holds names that group', () => {
  it('reads "rebel bases" and "militant hideouts" as the one group of the kind named before', () => {
    expect(actorsOf('M23 took the hill. Army jets bombed rebel bases nearby.').slice(-1)).toEqual([
      ['rebel bases', 'M23'],
    ]);
    expect(actorsOf('Boko Haram struck Maiduguri. Troops raided militant hideouts.').slice(-1)).toEqual([
      ['militant hideouts', 'Boko Haram'],
    ]);
  });

  it('stays unnamed with two groups of the kind, or none', () => {
    expect(actorsOf('The SPLM-N and JEM fought on. Jets bombed rebel positions.').map(([, a]) => a)).toEqual([
      "Sudan People's Liberation Movement-North",
      'Justice and Equality Movement',
    ]);
    expect(actorsOf('Jets bombed rebel positions.')).toEqual([]);
  });
});
