/** A state's adjective, unit words and its force noun: sentences written for this rule. */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from '../lexicon/lexicon.ts';

const actorsOf = (text: string): [string, string][] =>
  findActors(lexicon(), text, whole(text)).map((m) => [m.text, m.actor]);

describe('unit words between a state adjective and its force noun', () => {
  it('reads a hyphened unit word and a one-word unit word as the state', () => {
    expect(actorsOf('Kenyan anti-terrorism police raided the house.')).toEqual([
      ['Kenyan anti-terrorism police', 'Kenya'],
    ]);
    expect(actorsOf('Chadian elite troops crossed the river.')).toEqual([['Chadian elite troops', 'Chad']]);
    expect(actorsOf('Malian riot police fired tear gas.')).toEqual([['Malian riot police', 'Mali']]);
    expect(actorsOf('Gunmen seized a Kyrgyz interior ministry general.').slice(-1)).toEqual([
      ['Kyrgyz interior ministry', 'Kyrgyzstan'],
    ]);
  });

  it('reads an aircraft maker, with or without a model number, as the state', () => {
    expect(actorsOf('Sudanese Antonov bombers hit the market.')).toEqual([['Sudanese Antonov bombers', 'Sudan']]);
    expect(actorsOf('Libyan Sukhoi Su-22 jets struck the port.')).toEqual([['Libyan Sukhoi Su-22 jets', 'Libya']]);
  });

  it('leaves words that name another side out: no state is read', () => {
    expect(actorsOf('Sudanese rebel fighters crossed the river.').map(([, a]) => a)).not.toContain('Sudan');
    expect(actorsOf('Chadian opposition fighters crossed the river.').map(([, a]) => a)).not.toContain('Chad');
  });

  it('needs the force noun: unit words before anything else name no one', () => {
    expect(actorsOf('Kenyan anti-terrorism laws were passed.')).toEqual([]);
    expect(actorsOf('Syrian interior regions suffered.')).toEqual([]);
    expect(actorsOf('a Malian riot broke out')).toEqual([]);
  });

  it('does not read a maker in lower case or a unit word in capitals as a modifier', () => {
    expect(actorsOf('Ugandan mirage jets')).toEqual([]);
  });
});
