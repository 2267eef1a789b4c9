/** "the gang", "the cartel": the one criminal group the story names, as "the group" is. Sentences written for it. */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from '../lexicon/lexicon.ts';

const actorsOf = (text: string): [string, string][] =>
  findActors(lexicon(), text, whole(text)).map((m) => [m.text, m.actor]);

describe('"the gang" refers to the gang in focus', () => {
  it('names the one gang or cartel named before', () => {
    expect(actorsOf('The Red Command held the hill. Troops moved against the gang.').slice(-1)).toEqual([
      ['gang', 'Red Command'],
    ]);
    expect(actorsOf('The Sinaloa Cartel fought on. The cartel denied it.').slice(-1)).toEqual([
      ['cartel', 'Sinaloa Cartel'],
    ]);
  });

  it('adds no second mention after the name itself, and names nobody with none or two', () => {
    expect(actorsOf('The Red Command drug gang fought.')).toEqual([['Red Command', 'Red Command']]);
    expect(actorsOf('A gang of thieves stole cars.')).toEqual([]);
    expect(actorsOf('The Red Command and the PCC clashed; the gang fled.').map(([, a]) => a)).toEqual([
      'Red Command',
      'First Capital Command',
    ]);
  });
});
