/**
 * Who a force or a dealing names: "Comorian and African Union troops" (a state's adjective shares the noun a
 * named force holds), "African Union troops" (the AU, or its mission in a story about Somalia), "a peace deal with
 * Luanda" (a capital as the other party of a deal). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/pipeline/lexicon/index.ts';
import { lexicon, whole } from '../lexicon/lexicon.ts';

const actorsOf = (text: string): [string, string][] =>
  findActors(lexicon(), text, whole(text), text).map((m) => [m.text, m.actor]);

describe('a state adjective coordinated with a named force', () => {
  it('shares the force noun the name holds', () => {
    expect(actorsOf('Comorian and African Union troops landed on Anjouan.')).toEqual([
      ['Comorian', 'Comoros'],
      ['African Union troops', 'African Union'],
    ]);
    expect(actorsOf('Kenyan and AU forces retook the port.').map(([, a]) => a)).toEqual(['Kenya', 'African Union']);
  });

  it('names no state when the name holds no force noun', () => {
    expect(actorsOf('Comorian and African Union flags flew.')).toEqual([['African Union', 'African Union']]);
  });
});

describe('African Union troops', () => {
  it('are the AU mission in a story about Somalia and the AU elsewhere', () => {
    expect(actorsOf('Fighting raged in Kismayo, Somalia. African Union troops shelled positions.').slice(-1)).toEqual([
      ['African Union troops', 'African Union Mission in Somalia'],
    ]);
    expect(actorsOf('Fighting raged in Bujumbura, Burundi. African Union troops patrolled.').slice(-1)).toEqual([
      ['African Union troops', 'African Union'],
    ]);
  });
});

describe('a capital as the other party of a dealing', () => {
  it('reads the capital after "<deal> with" as its state', () => {
    expect(actorsOf('A faction signed a peace deal with Luanda in 2006.')).toEqual([['Luanda', 'Angola']]);
    expect(actorsOf('The rebels opened talks with Bamako.').slice(-1)).toEqual([['Bamako', 'Mali']]);
  });

  it('leaves the city where no dealing stands before "with"', () => {
    expect(actorsOf('Fighting reached Luanda.')).toEqual([]);
    expect(actorsOf('Buses filled with Luanda commuters.')).toEqual([]);
  });
});
