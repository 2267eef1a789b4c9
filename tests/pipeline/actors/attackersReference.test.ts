/** "The attackers", "the assailants": the one armed group the article names. Sentences written for this rule. */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from '../lexicon/lexicon.ts';

const actorsOf = (text: string): string[] => findActors(lexicon(), text, whole(text)).map((m) => m.actor);

describe('"the attackers" refers to the one group in the article', () => {
  it('is that group, whatever its kind', () => {
    expect(actorsOf('Boko Haram raided the town. Soldiers killed ten of the attackers.')).toEqual([
      'Boko Haram',
      'Boko Haram',
    ]);
    expect(actorsOf('M23 fighters struck the camp. The assailants fled north.')).toEqual(['M23', 'M23']);
  });

  it('stays unnamed when the article names two groups, even of different kinds', () => {
    expect(actorsOf('Boko Haram and M23 were both blamed. Police hunted the attackers.')).toEqual([
      'Boko Haram',
      'M23',
    ]);
  });

  it('stays unnamed when the article names no group', () => {
    expect(actorsOf('The attackers fled on motorcycles.')).toEqual([]);
  });
});
